// The last managed policy this browser answered with, kept in storage.local. Chromium's first
// storage.managed read after start can take seconds; the quick exit and the first screens use
// this copy at once and correct themselves when the live policy arrives. No zod here: readers
// parse the raw value (policy.ts) or pick the few fields they need, as they do with a live one.
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';

export interface PolicyCache {
  /** storage.managed.get() as it answered; {} where no policy is installed. */
  raw: Record<string, unknown>;
  /** Epoch ms of that answer. */
  at: number;
}

export type PolicyCacheItem = WxtStorageItem<PolicyCache | null, {}>;

/** Call at start-up, not at module scope: defining an item touches storage. */
export function definePolicyCacheItem(): PolicyCacheItem {
  return storage.defineItem<PolicyCache>('local:policyCache', { version: 1 });
}

/** A cache that is not an object of named values is treated as "nothing known". */
export function cachedRaw(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = (value as { raw?: unknown }).raw;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}

/** Writes only when the policy changed, so every page's watcher is not woken on each read. */
export async function rememberPolicy(item: PolicyCacheItem, raw: Record<string, unknown>, now: number): Promise<void> {
  const previous = cachedRaw(await item.getValue());
  if (previous && JSON.stringify(previous) === JSON.stringify(raw)) return;
  await item.setValue({ raw, at: now });
}

export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export interface PolicyFeedEnv<P> {
  /** browser.storage.managed; undefined where the browser has none. */
  managed: ManagedArea | undefined;
  cache: PolicyCacheItem;
  /** Turns a raw policy into what the caller uses (policy.ts's parsePolicy, or a few fields). */
  parse(raw: unknown): P;
  /** Subscribes to policy changes (storage.onChanged for the "managed" area). */
  onManagedChanged?(listener: () => void): void;
  now?: () => number;
}

/** storage.managed throws where no policy is installed (always in Firefox without policies.json). */
async function readManaged(managed: ManagedArea | undefined): Promise<unknown> {
  if (!managed) return {};
  try {
    return await managed.get();
  } catch {
    return {};
  }
}

/**
 * Calls `listener` with the last known policy as soon as the cache answers (unless the live one
 * came first), then with the live policy, then after every change. Never waits for anything.
 */
export function followPolicy<P>(env: PolicyFeedEnv<P>, listener: (policy: P, live: boolean) => void): void {
  let liveSeen = false;
  void env.cache.getValue().then(
    (value) => {
      const raw = cachedRaw(value);
      if (raw && !liveSeen) listener(env.parse(raw), false);
    },
    () => undefined,
  );
  const readLive = () =>
    readManaged(env.managed).then((raw) => {
      liveSeen = true;
      listener(env.parse(raw), true);
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
        void rememberPolicy(env.cache, raw as Record<string, unknown>, (env.now ?? Date.now)()).catch(() => undefined);
      }
    });
  void readLive();
  env.onManagedChanged?.(() => void readLive());
}
