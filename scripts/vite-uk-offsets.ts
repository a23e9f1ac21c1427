// The UK's clock changes for the years around the build, read from Intl at build time and
// shipped as a small table. The first Intl.DateTimeFormat in a fresh page costs ~20 ms (the
// browser loads its time-zone data), several times the popup's whole script budget; with the
// table the first paint needs no Intl at all. Outside the table, lib/contacts/uk-time.ts asks Intl.
import type { Plugin } from 'vite';
import { wallClockFormat, wallClockOffset } from '../lib/contacts/wall-clock';

export const UK_OFFSETS_ID = 'virtual:uk-offsets';
const RESOLVED = `\0${UK_OFFSETS_ID}`;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface UkOffsets {
  /** The table answers for instants in [from, to). */
  from: number;
  to: number;
  /** Offset (ms) in force at `from`. */
  initial: number;
  /** [instant the offset starts, offset in ms], in time order. */
  changes: [number, number][];
}

export function computeUkOffsets(fromYear: number, toYear: number, tz = 'Europe/London'): UkOffsets {
  const format = wallClockFormat(tz);
  const offsetOf = wallClockOffset;
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetOf(from, format);
  const changes: [number, number][] = [];
  let current = initial;
  for (let t = from + HOUR; t < to; t += HOUR) {
    const off = offsetOf(t, format);
    if (off === current) continue;
    // The change happened within the last hour: find its minute.
    let lo = t - HOUR;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetOf(mid, format) === current) lo = mid;
      else hi = mid;
    }
    changes.push([hi, off]);
    current = off;
  }
  return { from, to, initial, changes };
}

export function ukOffsets(now = new Date()): Plugin {
  const year = now.getUTCFullYear();
  return {
    name: 'safeguarding-uk-offsets',
    resolveId: (id) => (id === UK_OFFSETS_ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // Two years back (drafts made before an update) to ten ahead (an extension left un-updated).
      return `export default ${JSON.stringify(computeUkOffsets(year - 2, year + 10))};`;
    },
  };
}
