// Dates as practitioners read them, always in UK time whatever the computer's zone. Built from
// the wall clock parts rather than Intl's locale patterns, which change between ICU versions.
import { toUkWallTime, ukInstant } from '../contacts/uk-time';

const DAYS = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' } as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function clock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** "Tuesday 24 November 2026 at 14:30 (UK time)" */
export function formatUkLong(d: Date): string {
  const w = toUkWallTime(d);
  const [y, m, day] = w.date.split('-').map(Number) as [number, number, number];
  return `${DAYS[w.weekday]} ${day} ${MONTHS[m - 1]} ${y} at ${clock(w.minutes)} (UK time)`;
}

/** "22 Dec" */
export function formatUkDayMonth(d: Date): string {
  const [, m, day] = toUkWallTime(d).date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[m - 1]!.slice(0, 3)}`;
}

/** The value of an `<input type="datetime-local">` showing this instant in UK time. */
export function toUkInputValue(d: Date): string {
  const w = toUkWallTime(d);
  return `${w.date}T${clock(w.minutes)}`;
}

/** Reads a datetime-local value as UK wall time; null when it is not a full date and time. */
export function fromUkInputValue(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return ukInstant(m[1]!, hours * 60 + minutes);
}
