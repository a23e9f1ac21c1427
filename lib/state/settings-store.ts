// Options page state: the stored preferences and the organisation's managed policy, side by side,
// so every setting can say whether the practitioner or their organisation decides it.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../settings/preferences';
import type { ParsedPolicy, Policy } from '../settings/policy';

export interface SettingsStore {
  preferences: ReadonlySignal<Preferences>;
  policy: ReadonlySignal<Policy>;
  policyNotices: ReadonlySignal<string[]>;
  /** Retention in force: the organisation's when set, else the practitioner's. */
  retentionDays: ReadonlySignal<number>;
  error: ReadonlySignal<string | null>;
  ready: Promise<void>;
  update(patch: Partial<Preferences>): Promise<void>;
  dispose(): void;
}

export function createSettingsStore(
  item: WxtStorageItem<Preferences, Record<string, unknown>>,
  /** Calls back with the last known policy, then the live one (load-policy.ts followManagedPolicy). */
  followPolicy: (listener: (policy: ParsedPolicy) => void) => void,
): SettingsStore {
  const preferences = signal<Preferences>(DEFAULT_PREFERENCES);
  const parsedPolicy = signal<ParsedPolicy>({ policy: {}, notices: [] });
  const error = signal<string | null>(null);
  // Only the preferences are awaited: the policy is applied whenever it answers.
  followPolicy((p) => (parsedPolicy.value = p));
  const ready = item.getValue().then((raw) => {
    const parsed = parsePreferences(raw);
    preferences.value = parsed.value;
    error.value = parsed.problem;
  });
  const unwatch = item.watch((raw) => (preferences.value = parsePreferences(raw).value));
  return {
    preferences,
    policy: computed(() => parsedPolicy.value.policy),
    policyNotices: computed(() => parsedPolicy.value.notices),
    retentionDays: computed(() => parsedPolicy.value.policy.retentionDays ?? preferences.value.retentionDays),
    error,
    ready,
    async update(patch) {
      const next = { ...preferences.value, ...patch };
      preferences.value = next;
      try {
        await item.setValue(next);
        error.value = null;
      } catch (e) {
        error.value = `Could not save your settings: ${e instanceof Error ? e.message : String(e)}`;
      }
    },
    dispose: unwatch,
  };
}
