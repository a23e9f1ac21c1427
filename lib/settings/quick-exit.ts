// The quick-exit options: where a closed last tab leaves the window, and whether the closed page
// is also removed from history (opt-in, needs the optional permissions in history.ts).
import { signal, type ReadonlySignal } from '@preact/signals';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { DEFAULT_NEUTRAL_PAGE, isNeutralPageUrl, NEUTRAL_PAGE_ERRORS } from '../quick-exit/neutral-page';

export const QuickExitSettingsSchema = z.object({
  neutralPageUrl: z.string().check(z.refine(isNeutralPageUrl, NEUTRAL_PAGE_ERRORS.notHttps)),
  removeFromHistory: z.boolean(),
});
export type QuickExitSettings = z.infer<typeof QuickExitSettingsSchema>;

export const DEFAULT_QUICK_EXIT_SETTINGS: QuickExitSettings = {
  neutralPageUrl: DEFAULT_NEUTRAL_PAGE,
  removeFromHistory: false,
};

export type QuickExitSettingsItem = WxtStorageItem<QuickExitSettings, {}>;

/** Call from a page's or the background's start-up, not at module scope: defining reads storage. */
export function defineQuickExitSettingsItem(): QuickExitSettingsItem {
  return storage.defineItem<QuickExitSettings>('local:quickExitSettings', {
    fallback: DEFAULT_QUICK_EXIT_SETTINGS,
    version: 1,
  });
}

/**
 * A stored value that fails the schema must never stop a quick exit: each bad field falls back to
 * its default (an unreadable neutral page becomes BBC Weather, history removal stays off).
 */
export function parseQuickExitSettings(value: unknown): QuickExitSettings {
  const whole = QuickExitSettingsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    neutralPageUrl:
      typeof raw.neutralPageUrl === 'string' && isNeutralPageUrl(raw.neutralPageUrl)
        ? raw.neutralPageUrl
        : DEFAULT_QUICK_EXIT_SETTINGS.neutralPageUrl,
    removeFromHistory: raw.removeFromHistory === true,
  };
}

export async function readQuickExitSettings(item: QuickExitSettingsItem): Promise<QuickExitSettings> {
  return parseQuickExitSettings(await item.getValue());
}

export interface QuickExitSettingsStore {
  settings: ReadonlySignal<QuickExitSettings>;
  loaded: ReadonlySignal<boolean>;
  update(patch: Partial<QuickExitSettings>): Promise<void>;
  dispose(): void;
}

/** A signal mirror of the stored settings, kept in step across popup, side panel and options. */
export function createQuickExitSettingsStore(item: QuickExitSettingsItem): QuickExitSettingsStore {
  const settings = signal<QuickExitSettings>(DEFAULT_QUICK_EXIT_SETTINGS);
  const loaded = signal(false);
  void readQuickExitSettings(item).then((value) => {
    settings.value = value;
    loaded.value = true;
  });
  const unwatch = item.watch((value) => {
    settings.value = parseQuickExitSettings(value);
  });
  return {
    settings,
    loaded,
    async update(patch) {
      const next = QuickExitSettingsSchema.parse({ ...settings.value, ...patch });
      settings.value = next;
      await item.setValue(next);
    },
    dispose: unwatch,
  };
}

/** The managed-policy fields that bear on the quick exit (see policy.ts). */
export interface QuickExitPolicy {
  neutralPageUrl?: string;
  allowHistoryRemoval?: boolean;
}

/** What the quick exit actually uses: the organisation's neutral page wins; a ban on history removal wins. */
export function applyQuickExitPolicy(settings: QuickExitSettings, policy: QuickExitPolicy): QuickExitSettings {
  return {
    neutralPageUrl:
      policy.neutralPageUrl && isNeutralPageUrl(policy.neutralPageUrl) ? policy.neutralPageUrl : settings.neutralPageUrl,
    removeFromHistory: policy.allowHistoryRemoval === false ? false : settings.removeFromHistory,
  };
}

/** The options page's "locked" explanations, or null where the user decides. */
export function quickExitPolicyLocks(policy: QuickExitPolicy): {
  neutralPageLockedBy: string | null;
  historyRemovalLockedBy: string | null;
} {
  return {
    neutralPageLockedBy:
      policy.neutralPageUrl && isNeutralPageUrl(policy.neutralPageUrl)
        ? `Your organisation has set the neutral page to ${policy.neutralPageUrl}`
        : null,
    historyRemovalLockedBy:
      policy.allowHistoryRemoval === false ? 'Your organisation does not allow removing pages from history.' : null,
  };
}
