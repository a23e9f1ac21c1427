// The quick exit itself, run in the background for the command and for the pages' requests.
// Speed first: one tabs.query, then tabs.remove; everything else is fire-and-forget or after.
import { DEFAULT_QUICK_EXIT_SETTINGS, type QuickExitSettings } from '../settings/quick-exit';
import { broadcastQuickExit, type QuickExitBroadcast, type QuickExitResult } from './messages';
import { HISTORY_PERMISSION, type PermissionsApi } from './history';

export interface QuickExitTab {
  id?: number;
  windowId?: number;
  active?: boolean;
  /** Only present when the optional `tabs` permission is granted (see history.ts). */
  url?: string;
}

/** The browser pieces a quick exit uses; the background passes `browser.*`, tests fakeBrowser. */
export interface QuickExitEnv {
  tabs: {
    query(query: { lastFocusedWindow?: boolean; windowId?: number }): Promise<QuickExitTab[]>;
    create(properties: { windowId?: number; url: string; active: boolean }): Promise<unknown>;
    remove(tabId: number): Promise<void>;
  };
  runtime: { sendMessage(message: QuickExitBroadcast): Promise<unknown> };
  permissions?: Pick<PermissionsApi, 'contains'>;
  /** Undefined until the optional `history` permission is granted. */
  history?: { deleteUrl(details: { url: string }): Promise<void> };
  /** Chrome ≥ 141 has sidePanel.close; older ones rely on the page closing itself. */
  sidePanel?: { close?: (options: { windowId: number }) => Promise<void> };
  /** Firefox only. Must be called synchronously inside a user-input handler (a command counts). */
  sidebarAction?: { close?: () => Promise<void> };
  /**
   * The settings known at this moment (the last known policy applied), read without waiting:
   * nothing but finding the tab may stand between the key and the tab closing.
   */
  settings: () => QuickExitSettings;
  /**
   * The settings once the live policy has answered, for what happens after the tab is gone
   * (history removal), so an organisation's ban still wins. Defaults to `settings`.
   */
  settingsAfterExit?: () => Promise<QuickExitSettings>;
  /** Defaults to performance.now. */
  now?: () => number;
  /** Which window's active tab to close; defaults to the last-focused window. */
  windowId?: number;
  /** Close this tab (a page that is a tab of its own) rather than the window's active one. */
  tabId?: number;
}

const RETRY_DELAY_MS = 100;
const REMOVE_ATTEMPTS = 3;

const ignore = () => undefined;

function startQuietly(call: () => Promise<unknown> | undefined): void {
  try {
    // Stryker disable next-line OptionalChaining: when call() gives undefined (no such API), `.catch` on it throws a TypeError that the catch below swallows, as the optional call does nothing
    void call()?.catch(ignore);
  } catch {
    // A missing or refusing API must never stop the tab closing.
  }
}

// Chrome refuses tab edits while the user drags a tab ("Tabs cannot be edited right now").
async function removeWithRetry(env: QuickExitEnv, tabId: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await env.tabs.remove(tabId);
      return;
    } catch (error) {
      if (attempt >= REMOVE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

export async function quickExit(env: QuickExitEnv): Promise<QuickExitResult> {
  const now = env.now ?? (() => performance.now());
  const start = now();

  // Before the first await: Firefox drops the user-input status across awaits.
  // Stryker disable next-line OptionalChaining: without a sidebar (Chrome) the TypeError is thrown inside startQuietly, whose catch swallows it: the same nothing as the optional call
  startQuietly(() => env.sidebarAction?.close?.());
  broadcastQuickExit(env.runtime);

  const tabs = await env.tabs.query(
    env.windowId === undefined ? { lastFocusedWindow: true } : { windowId: env.windowId },
  );
  // A page in its own tab may have closed itself already: then there is nothing left to close,
  // and the tab that became active must not be taken in its place.
  const target = env.tabId !== undefined ? tabs.find((tab) => tab.id === env.tabId) : tabs.find((tab) => tab.active);
  if (target?.id === undefined) {
    return { removedTabId: null, ms: now() - start, neutralPageOpened: false, historyRemoved: false };
  }
  // Browsers always give a tab's windowId; were one missing, close() refuses it and startQuietly swallows that.
  const windowId = target.windowId!;
  // Stryker disable next-line OptionalChaining: without sidePanel.close (Firefox, Chrome < 141) the TypeError is thrown inside startQuietly, whose catch swallows it: the same nothing as the optional call
  startQuietly(() => env.sidePanel?.close?.({ windowId }));
  const settings = settingsNow(env);

  // Closing a window's last tab closes the window: open the neutral page first so it stays.
  let neutralPageOpened = false;
  if (tabs.length === 1) {
    try {
      await env.tabs.create({ windowId: target.windowId, url: settings.neutralPageUrl, active: true });
      neutralPageOpened = true;
    } catch {
      // Better the window closes than the page stays on screen.
    }
  }

  await removeWithRetry(env, target.id);
  const ms = now() - start;

  let historyRemoved = false;
  if (target.url) {
    try {
      const after = env.settingsAfterExit ? await env.settingsAfterExit() : settings;
      if (after.removeFromHistory) historyRemoved = await removeFromHistory(env, target.url);
    } catch {
      // The tab is already gone; a history failure must not turn the exit into an error.
    }
  }

  return { removedTabId: target.id, ms, neutralPageOpened, historyRemoved };
}

/** Unreadable settings must not stop the exit: fall back to the defaults. */
function settingsNow(env: QuickExitEnv): QuickExitSettings {
  try {
    return env.settings();
  } catch {
    return DEFAULT_QUICK_EXIT_SETTINGS;
  }
}

/** Runs inside quickExit's try: a missing or refusing API there means historyRemoved false. */
async function removeFromHistory(env: QuickExitEnv, url: string): Promise<boolean> {
  // Stryker disable next-line OptionalChaining: without a permissions API the TypeError lands in quickExit's catch: nothing deleted, historyRemoved false, as when the call gives undefined
  if (!(await env.permissions?.contains({ permissions: [HISTORY_PERMISSION] }))) return false;
  // The namespace appears with its permission; were it missing, the TypeError lands in quickExit's catch.
  await env.history!.deleteUrl({ url });
  return true;
}
