// The organisation's managed policy as every context reads it: the last known copy at once, the
// live one when Chromium's slow first storage.managed read answers, and every change after.
// The schema loads lazily so the popup's first paint never waits for it.
import { browser } from 'wxt/browser';
import type { ParsedPolicy } from './policy';
import { definePolicyCacheItem, followPolicy, rememberPolicy } from './policy-cache';

// The area index loads with the policy parser, after the first paint.
const areaIds = () => import('../contacts/areas').then((m) => m.AREA_INDEX.map((a) => a.id));

/** The live policy (waits for storage.managed); for background work no user is waiting on. */
export async function loadPolicy(): Promise<ParsedPolicy> {
  const [{ parsePolicy }, ids] = await Promise.all([import('./policy'), areaIds()]);
  let raw: unknown = {};
  try {
    raw = (await browser.storage.managed?.get()) ?? {};
  } catch {
    // No policy installed (Firefox without policies.json, or none set).
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    void rememberPolicy(definePolicyCacheItem(), raw as Record<string, unknown>, Date.now()).catch(() => undefined);
  }
  return parsePolicy(raw, ids);
}

/** For pages: `listener` gets the last known policy, then the live one, then each change. */
export function followManagedPolicy(listener: (policy: ParsedPolicy, live: boolean) => void): void {
  const parser = Promise.all([import('./policy'), areaIds()]);
  followPolicy(
    {
      managed: browser.storage.managed,
      cache: definePolicyCacheItem(),
      parse: (raw) => raw,
      onManagedChanged: (changed) =>
        browser.storage.onChanged.addListener((_changes, area) => {
          if (area === 'managed') changed();
        }),
    },
    // One import promise for every call keeps the cached answer ahead of the live one.
    (raw, live) => void parser.then(([{ parsePolicy }, ids]) => listener(parsePolicy(raw, ids), live)),
  );
}
