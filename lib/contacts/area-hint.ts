// The first screen's area, from a same-origin localStorage copy of the last area shown: read
// synchronously, so the popup paints its numbers in the first frame instead of waiting for the
// area's chunk, and never paints one area and then jumps to another. A copy saved by another
// build (the data may have changed in an update) gives the area's id only, never its numbers.
import type { CallNowArea } from './call-now-areas';

const KEY = 'sc-area-view';
/** Before per-area chunks the hint was the area id alone. */
const OLD_KEY = 'sc-area-hint';

export interface AreaHintStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface AreaHint {
  id: string | null;
  view: CallNowArea | null;
}

const looksLikeView = (v: unknown, id: string): v is CallNowArea =>
  typeof v === 'object' && v !== null && (v as CallNowArea).id === id && Array.isArray((v as CallNowArea).contacts);

export function readAreaHint(store: AreaHintStorage | undefined, version: string = __AREA_DATA_VERSION__): AreaHint {
  try {
    const text = store?.getItem(KEY);
    if (text) {
      const saved = JSON.parse(text) as { v?: unknown; id?: unknown; view?: unknown };
      if (typeof saved.id === 'string') {
        return { id: saved.id, view: saved.v === version && looksLikeView(saved.view, saved.id) ? saved.view : null };
      }
    }
    return { id: store?.getItem(OLD_KEY) ?? null, view: null };
  } catch {
    // Unreadable or disabled localStorage only costs the paint hint.
    return { id: null, view: null };
  }
}

export function writeAreaHint(store: AreaHintStorage | undefined, view: CallNowArea, version: string = __AREA_DATA_VERSION__): void {
  try {
    store?.setItem(KEY, JSON.stringify({ v: version, id: view.id, view }));
  } catch {
    // A full localStorage only costs the paint hint.
  }
}
