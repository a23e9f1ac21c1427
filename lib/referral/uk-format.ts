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

export interface UkDateParts {
  day: string;
  month: string;
  year: string;
  /** 24-hour "HH:MM" (or "HHMM", "H.MM"). */
  time: string;
}

/** The GOV.UK date input's parts for this instant, in UK time. */
export function toUkDateParts(d: Date): UkDateParts {
  const w = toUkWallTime(d);
  const [y, m, day] = w.date.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(m)), year: y, time: clock(w.minutes) };
}

export type UkDateField = keyof UkDateParts;

/** Reads the parts as UK wall time, or says which part is wrong and how to write it. */
export function fromUkDateParts(parts: UkDateParts): { at: Date } | { error: string; field: UkDateField } {
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);
  const day = num(parts.day);
  const month = num(parts.month);
  const year = num(parts.year);
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return { error: 'Enter the date of the phone call', field: 'day' };
  if (!(month >= 1 && month <= 12)) return { error: 'Month must be a number from 1 to 12', field: 'month' };
  if (!(year >= 2000 && year <= 2100) || parts.year.trim().length !== 4) return { error: 'Year must have 4 numbers, for example 2026', field: 'year' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!(day >= 1 && day <= daysInMonth)) return { error: `Day must be a number from 1 to ${daysInMonth}`, field: 'day' };
  const t = /^(\d{1,2})[:.]?(\d{2})$/.exec(parts.time.trim());
  const hours = t ? Number(t[1]) : NaN;
  const minutes = t ? Number(t[2]) : NaN;
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
    return { error: 'Enter the time in 24-hour form, for example 14:30', field: 'time' };
  }
  return { at: ukInstant(`${year}-${pad2(month)}-${pad2(day)}`, hours * 60 + minutes) };
}
