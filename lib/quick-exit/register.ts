// Background wiring for the quick exit and the side-panel command. The background calls
// registerQuickExit() once from its main(); nothing here runs at import time.
import { browser } from 'wxt/browser';
import {
  applyQuickExitPolicy,
  DEFAULT_QUICK_EXIT_SETTINGS,
  defineQuickExitSettingsItem,
  parseQuickExitSettings,
  readQuickExitSettings,
  type QuickExitPolicy,
  type QuickExitSettings,
} from '../settings/quick-exit';
import { definePolicyCacheItem, followPolicy, type ManagedArea } from '../settings/policy-cache';
import { quickExit, type QuickExitEnv } from './close-tab';
import { defineQuickExitRunItem, type QuickExitRun } from './last-run';
import { type QuickExitResult } from './messages';
import { parseQuickExitMessage } from './messages-schema';
import { OPEN_SIDE_PANEL_COMMAND, QUICK_EXIT_COMMAND } from './shortcuts';

const COMMAND_REPEAT_GUARD_MS = 500;

// Firefox's sidebarAction and Chrome's newer sidePanel.close are missing from the shared types.
interface PanelApis {
  sidePanel?: {
    open?: (options: { windowId: number }) => Promise<void>;
    close?: (options: { windowId: number }) => Promise<void>;
  };
  sidebarAction?: { close?: () => Promise<void> };
}

/** The parts of `browser` the wiring touches (tests pass fakeBrowser). */
export interface QuickExitBrowser {
  tabs: QuickExitEnv['tabs'];
  runtime: QuickExitEnv['runtime'] & {
    onMessage: {
      addListener(listener: (message: unknown, sender: { tab?: { id?: number; windowId?: number } }) => unknown): void;
    };
  };
  permissions: NonNullable<QuickExitEnv['permissions']>;
  commands: {
    onCommand: { addListener(listener: (command: string, tab?: { windowId?: number }) => void): void };
  };
}

export interface RegisterQuickExitOptions {
  /** storage.managed and its change events; absent in tests that need no policy. */
  managed?: ManagedArea;
  onManagedChanged?(listener: () => void): void;
  /** How long history removal waits for a slow first policy read before using the last known one. */
  livePolicyWaitMs?: number;
}

/** The policy fields the quick exit needs, picked without zod (applyQuickExitPolicy checks them). */
export function pickQuickExitPolicy(raw: unknown): QuickExitPolicy {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    ...(typeof r.neutralPageUrl === 'string' ? { neutralPageUrl: r.neutralPageUrl } : {}),
    // Only a ban changes anything (applyQuickExitPolicy): allowed and unset both leave the user's choice.
    ...(r.allowHistoryRemoval === false ? { allowHistoryRemoval: false } : {}),
  };
}

const LIVE_POLICY_WAIT_MS = 20_000;

export function registerQuickExit(api: QuickExitBrowser = browser, options: RegisterQuickExitOptions = {}): void {
  const panels = api as unknown as PanelApis;
  const settingsItem = defineQuickExitSettingsItem();
  const runItem = defineQuickExitRunItem();

  // Everything the exit reads is held in memory and kept current, so a key press never waits on
  // storage: Chromium's first storage.managed read after start takes seconds.
  let user: QuickExitSettings = DEFAULT_QUICK_EXIT_SETTINGS;
  void readQuickExitSettings(settingsItem).then((value) => (user = value), () => undefined);
  settingsItem.watch((value) => {
    user = parseQuickExitSettings(value);
  });
  let managed: QuickExitPolicy = {};
  let liveArrived: () => void = () => undefined;
  const live = new Promise<void>((resolve) => (liveArrived = resolve));
  followPolicy(
    {
      managed: options.managed,
      onManagedChanged: options.onManagedChanged,
      cache: definePolicyCacheItem(),
      parse: pickQuickExitPolicy,
    },
    (policy, isLive) => {
      managed = policy;
      if (isLive) liveArrived();
    },
  );
  const settingsNow = () => applyQuickExitPolicy(user, managed);
  const settingsAfterExit = () =>
    Promise.race([live, new Promise((resolve) => setTimeout(resolve, options.livePolicyWaitMs ?? LIVE_POLICY_WAIT_MS))]).then(
      settingsNow,
    );

  // One exit at a time: a double press or a held key closes one tab, not a row of them.
  let inFlight: Promise<QuickExitResult> | null = null;
  let lastCommandDoneAt = -Infinity;

  const run = (trigger: QuickExitRun['trigger'], windowId?: number, tabId?: number): Promise<QuickExitResult> | null => {
    if (inFlight) return inFlight;
    if (trigger === 'command' && performance.now() - lastCommandDoneAt < COMMAND_REPEAT_GUARD_MS) return null;
    inFlight = runOnce(trigger, windowId, tabId).finally(() => {
      inFlight = null;
      if (trigger === 'command') lastCommandDoneAt = performance.now();
    });
    return inFlight;
  };

  const runOnce = async (trigger: QuickExitRun['trigger'], windowId?: number, tabId?: number): Promise<QuickExitResult> => {
    const at = Date.now();
    const env: QuickExitEnv = {
      tabs: api.tabs,
      runtime: api.runtime,
      permissions: api.permissions,
      // Read at use: the namespace appears only once the optional permission is granted.
      get history() {
        return (api as { history?: QuickExitEnv['history'] }).history;
      },
      sidePanel: panels.sidePanel,
      sidebarAction: panels.sidebarAction,
      settings: settingsNow,
      settingsAfterExit,
      windowId,
      tabId,
    };
    const result = await quickExit(env);
    void runItem.setValue({ ...result, at, trigger }).catch(() => undefined);
    return result;
  };

  api.commands.onCommand.addListener((command, tab) => {
    if (command === QUICK_EXIT_COMMAND) {
      void run('command')?.catch((error) => console.error('Quick exit failed', error));
    } else if (command === OPEN_SIDE_PANEL_COMMAND) {
      openSidePanel(panels, tab?.windowId);
    }
  });

  api.runtime.onMessage.addListener((message, sender) => {
    const parsed = parseQuickExitMessage(message);
    if (parsed?.type !== 'quick-exit-request') return undefined;
    // A page in a tab (options) closes its own tab; popup and side panel send their window.
    const ownTab = parsed.ownTab ? sender.tab : undefined;
    return run('page', ownTab?.windowId ?? parsed.windowId ?? sender.tab?.windowId, ownTab?.id) ?? undefined;
  });
}

/** A command is a user gesture, so sidePanel.open must be called synchronously here. */
function openSidePanel(panels: PanelApis, windowId: number | undefined): void {
  if (windowId === undefined || typeof panels.sidePanel?.open !== 'function') return;
  void panels.sidePanel.open({ windowId }).catch((error) => console.error('Side panel did not open', error));
}
