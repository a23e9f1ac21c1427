// Every area, without carrying every area: a small index (ids, names, council codes) and one
// chunk per area, loaded when it is chosen. Loaded itself after the first paint, which needs only
// the chosen area's call-now view (area-hint.ts).
import index from 'virtual:area-index';
import { areaLoaders, callNowLoaders } from 'virtual:area-loaders';
import type { CallNowArea } from './call-now-areas';
import type { AreaIndexEntry } from './area-options';
import type { Area } from './schema';

export type { AreaIndexEntry } from './area-options';

/** Sorted by name. */
export const AREA_INDEX: readonly AreaIndexEntry[] = index;

function memoised<T>(loaders: Record<string, () => Promise<unknown>>) {
  const cache = new Map<string, Promise<T | undefined>>();
  const done = new Map<string, T>();
  return {
    load(id: string): Promise<T | undefined> {
      let p = cache.get(id);
      if (!p) {
        const loader = loaders[id];
        p = loader
          ? loader().then((value) => {
              done.set(id, value as T);
              return value as T;
            })
          : Promise.resolve(undefined);
        // A chunk that failed to load (an update replaced the files) is tried again next time.
        p.catch(() => cache.delete(id));
        cache.set(id, p);
      }
      return p;
    },
    loaded: (id: string): T | undefined => done.get(id),
  };
}

const views = memoised<CallNowArea>(callNowLoaders);
const areas = memoised<Area>(areaLoaders);

/** What "Call now" needs of one area. */
export const loadCallNow = views.load;
/** One area's whole file: every contact, sources, the referral rule. */
export const loadArea = areas.load;
/** An area already loaded, or undefined (never starts a load). */
export const loadedArea = areas.loaded;

export { filterOptions, pickerOptions, type PickerOption } from './area-options';
