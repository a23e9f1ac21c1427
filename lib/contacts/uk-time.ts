// UK wall-clock time, whatever the computer's own time zone. Offsets come from Intl (the tz
// database), never from hand-written clock-change rules: for the years around the build from a
// table Intl produced at build time (scripts/vite-uk-offsets.ts), outside them from Intl live.
import UK_OFFSETS from 'virtual:uk-offsets';
import { DAY_NAMES, type Day } from './days';
import { wallClockFormat, wallClockOffset } from './wall-clock';

export const UK_TZ = 'Europe/London';

export interface WallTime {
  /** Calendar date in the zone, 'YYYY-MM-DD'. */
  date: string;
  weekday: Day;
  /** Minutes since local midnight, 0–1439 (seconds dropped). */
  minutes: number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = wallClockFormat(tz);
    formatters.set(tz, f);
  }
  return f;
}

// Offsets only change at clock changes, which fall on a quarter hour in every zone, so one
// lookup per quarter hour serves every later call in it (the popup asks the same few times).
const QUARTER = 15 * MINUTE;
const offsetCache = new Map<string, number>();

/** The build-time table's offset for a UK instant, or undefined outside its years. */
export function tableOffset(ms: number, table = UK_OFFSETS): number | undefined {
  if (ms < table.from || ms >= table.to) return undefined;
  let offset = table.initial;
  for (const [at, off] of table.changes) {
    if (at > ms) break;
    offset = off;
  }
  return offset;
}

function offsetAt(ms: number, tz: string): number {
  if (tz === UK_TZ) {
    const fromTable = tableOffset(ms);
    if (fromTable !== undefined) return fromTable;
  }
  const q = Math.floor(ms / QUARTER) * QUARTER;
  const key = `${tz}|${q}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    off = wallClockOffset(q, formatterFor(tz));
    // Entries are added one at a time, here only: emptied on reaching 2000, it never holds more.
    if (offsetCache.size === 2000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function isoDateOf(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function parseIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Monday = 0 … Sunday = 6, from a UTC midnight. */
function weekdayIndex(utcMidnight: number): number {
  return (new Date(utcMidnight).getUTCDay() + 6) % 7;
}

export function toUkWallTime(now: Date, tz: string = UK_TZ): WallTime {
  const ms = now.getTime();
  const wall = ms + offsetAt(ms, tz);
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return {
    date: isoDateOf(midnight),
    weekday: DAY_NAMES[weekdayIndex(midnight)]!,
    minutes: Math.floor((wall - midnight) / MINUTE),
  };
}

/**
 * The instant a zone's wall clock shows `minutes` after midnight on `date` (minutes may run past
 * 1440 into later days). A time skipped in spring gives the first instant after it (the moment
 * the clocks go forward); a time repeated in autumn gives its first occurrence.
 */
export function ukInstant(date: string, minutes: number, tz: string = UK_TZ): Date {
  return new Date(wallToInstant(parseIsoDate(date) + minutes * MINUTE, tz, 'earlier'));
}

/** Wall clock (as if UTC, ms) → instant; `later` picks the second of a repeated autumn time. */
export function wallToInstant(wall: number, tz: string, occurrence: 'earlier' | 'later'): number {
  // The offsets a day either side bracket any clock change near this wall time.
  const before = offsetAt(wall - DAY_MS, tz);
  const after = offsetAt(wall + DAY_MS, tz);
  const a = wall - before;
  const b = wall - after;
  const aOk = offsetAt(a, tz) === before;
  const bOk = offsetAt(b, tz) === after;
  if (aOk && bOk) return occurrence === 'earlier' ? Math.min(a, b) : Math.max(a, b);
  if (aOk) return a;
  if (bOk) return b;
  // Skipped time: find the moment the clocks went forward, which lies between the two guesses.
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function addUkDays(date: string, n: number): string {
  return isoDateOf(parseIsoDate(date) + n * DAY_MS);
}

/** Whole calendar days from date `a` to date `b`. */
export function ukDaysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b) - parseIsoDate(a)) / DAY_MS);
}

export function formatUkTime(d: Date, tz: string = UK_TZ): string {
  const { minutes } = toUkWallTime(d, tz);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const LONG_DAY: Record<Day, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "17:00" today, "08:30 tomorrow", "08:30 Monday" within the week, "08:30 Tue 29 Dec" beyond. */
export function formatUkDayTime(d: Date, now: Date, tz: string = UK_TZ): string {
  const at = toUkWallTime(d, tz);
  const today = toUkWallTime(now, tz).date;
  const time = `${pad2(Math.floor(at.minutes / 60))}:${pad2(at.minutes % 60)}`;
  const days = ukDaysBetween(today, at.date);
  if (days === 0) return time;
  if (days === 1) return `${time} tomorrow`;
  if (days >= 2 && days <= 6) return `${time} ${LONG_DAY[at.weekday]}`;
  const [, m, day] = at.date.split('-').map(Number) as [number, number, number];
  return `${time} ${at.weekday} ${day} ${MONTHS[m - 1]}`;
}
