// The profile as a signal, mirroring 'local:profile'. Fields typed here and not yet saved are
// kept when another page saves the profile; the rest follow the other page.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { SaveRelay } from '../storage/save-relay';
import { EMPTY_PROFILE, ProfileSchema, type Profile, type ProfileItem } from '../settings/profile';
import { check, quarantineItem, readChecked, saveErrorMessage, type QuarantineItem } from '../storage/quarantine';

export interface ProfileStoreOptions {
  debounceMs?: number;
  now?: () => Date;
  quarantine?: QuarantineItem;
  /** Where the pagehide flush also posts its save (the background), for browsers that drop it. */
  relay?: SaveRelay;
}

export function createProfileStore(item: ProfileItem, options: ProfileStoreOptions = {}) {
  const debounceMs = options.debounceMs ?? 300;
  const now = options.now ?? (() => new Date());
  const quarantine = options.quarantine ?? quarantineItem();
  const profile = signal<Profile>(EMPTY_PROFILE);
  const ready = signal(false);
  const saveError = signal<string | null>(null);
  const pending = new Set<keyof Profile>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  let stored: Profile = EMPTY_PROFILE;

  function take(remote: Profile) {
    stored = remote;
    const next = { ...remote };
    for (const key of pending) next[key] = profile.value[key];
    profile.value = next;
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (pending.size === 0) return;
    const keys = [...pending];
    pending.clear();
    const local = profile.value;
    try {
      const stored = check(await item.getValue(), ProfileSchema);
      const base = stored.ok ? stored.value : EMPTY_PROFILE;
      const next = { ...base };
      for (const key of keys) next[key] = local[key];
      await item.setValue(next);
      saveError.value = null;
    } catch (error) {
      for (const key of keys) pending.add(key);
      saveError.value = saveErrorMessage(error);
    }
  }

  const unwatch = item.watch((raw) => {
    const remote = check(raw, ProfileSchema);
    if (remote.ok) take(remote.value);
  });

  const hydrated = (async () => {
    try {
      const { value } = await readChecked(item, ProfileSchema, { quarantine, now: now() });
      take(value);
    } finally {
      ready.value = true;
    }
  })();

  return {
    profile: profile as ReadonlySignal<Profile>,
    ready: ready as ReadonlySignal<boolean>,
    saveError: saveError as ReadonlySignal<string | null>,
    hydrated,
    update(patch: Partial<Profile>): void {
      profile.value = { ...profile.value, ...patch };
      for (const key of Object.keys(patch) as (keyof Profile)[]) pending.add(key);
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    },
    flush,
    /** For pagehide: issued in this task, over the last value seen from storage. */
    flushNow(): Promise<void> {
      clearTimeout(timer);
      if (pending.size === 0) return Promise.resolve();
      const keys = [...pending];
      const next = { ...stored };
      for (const key of keys) next[key] = profile.value[key];
      pending.clear();
      options.relay?.({ key: 'profile', patch: Object.fromEntries(keys.map((key) => [key, profile.value[key]])) });
      return item.setValue(next).catch((error: unknown) => {
        for (const key of keys) pending.add(key);
        saveError.value = saveErrorMessage(error);
      });
    },
    dispose(): void {
      clearTimeout(timer);
      unwatch();
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
