// When the written referral is due after the phone call, per the area's rule (marf.md
// "Deadlines"): hours are real elapsed hours; working days keep the UK wall time of the call and
// skip weekends and England-and-Wales bank holidays.
import type { Deadline } from '../contacts/schema';
import { toUkWallTime, ukInstant } from '../contacts/uk-time';

const HOUR = 3_600_000;
const MINUTE = 60_000;

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function isWorkingDay(date: string, bankHolidays: ReadonlySet<string>): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day !== 0 && day !== 6 && !bankHolidays.has(date);
}

/** The due time, or null where the area has no confirmed rule (the user then sets it). */
export function dueFrom(callAt: Date, rule: Deadline | undefined, bankHolidays: ReadonlySet<string>): Date | null {
  if (!rule) return null;
  if (rule.unit === 'hours') return new Date(callAt.getTime() + rule.value * HOUR);
  const wall = toUkWallTime(callAt);
  let date = wall.date;
  for (let counted = 0; counted < rule.value; ) {
    date = nextDate(date);
    if (isWorkingDay(date, bankHolidays)) counted++;
  }
  return ukInstant(date, wall.minutes);
}

/** "2 days", "3 h", "3 h 20 min", "40 min": rounded down, as people read a deadline; 'short' drops the minutes. */
export function formatDuration(ms: number, detail?: 'short' | 'long'): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (h >= 48) return `${Math.floor(h / 24)} days`;
  if (h >= 1) return detail === 'short' || min === 0 ? `${h} h` : `${h} h ${min} min`;
  return `${Math.max(1, min)} min`;
}

export interface TimeLeft {
  overdue: boolean;
  /** "3 h 20 min left" or "Overdue by 2 h". */
  text: string;
}

export function timeLeft(due: Date, now: Date): TimeLeft {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return { overdue: true, text: `Overdue by ${formatDuration(-ms)}` };
  return { overdue: false, text: `${formatDuration(ms)} left` };
}

export function ruleText(rule: Deadline | undefined): string | undefined {
  if (!rule) return undefined;
  if (rule.unit === 'hours') return `within ${rule.value} hours of the phone call`;
  return `within ${rule.value === 1 ? 'one working day' : `${rule.value} working days`} of the phone call`;
}
