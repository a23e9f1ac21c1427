// England and Wales bank holidays that never run out: the published list (data/bank-holidays.json,
// from GOV.UK, which includes one-off and moved days) for the years it covers, and the standing
// rules for every other year. Apart from the full data so the first paint can use it.
import bankHolidays from '@/data/bank-holidays.json';
import type { BankHolidays } from './schema';

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Day of the week of a calendar date, 0 Sunday … 6 Saturday (no time zone involved). */
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
export const addDays = (y: number, m: number, d: number, n: number) => {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function firstMonday(y: number, m: number): string {
  const offset = (8 - weekday(y, m, 1)) % 7;
  return iso(y, m, 1 + offset);
}

function lastMonday(y: number, m: number): string {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const back = (weekday(y, m, last) + 6) % 7;
  return iso(y, m, last - back);
}

/** The standing rules: eight days, with substitute weekdays when one falls at a weekend. */
export function ruleBankHolidays(year: number): string[] {
  const out: string[] = [];
  // New Year's Day: a Saturday or Sunday moves to the Monday after.
  const ny = weekday(year, 1, 1);
  out.push(ny === 6 ? iso(year, 1, 3) : ny === 0 ? iso(year, 1, 2) : iso(year, 1, 1));
  const easter = easterSunday(year);
  out.push(addDays(year, easter.month, easter.day, -2), addDays(year, easter.month, easter.day, 1));
  out.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  // Christmas and Boxing Day: weekend days move to the next weekdays not already holidays.
  const xmas = weekday(year, 12, 25);
  if (xmas === 5) out.push(iso(year, 12, 25), iso(year, 12, 28)); // Boxing Day on Saturday → Monday
  else if (xmas === 6) out.push(iso(year, 12, 27), iso(year, 12, 28));
  else if (xmas === 0) out.push(iso(year, 12, 26), iso(year, 12, 27));
  else out.push(iso(year, 12, 25), iso(year, 12, 26));
  // Already in calendar order: January, Easter (22 March to 26 April), May, August, December.
  return out;
}

export type BankHolidayKind = 'published' | 'computed';

/**
 * A Set of ISO dates ("2026-12-28") for code that asks `has(date)`: published days in the years
 * the list covers, the rules' days in every other year.
 */
export class BankHolidayCalendar extends Set<string> {
  readonly publishedYears: ReadonlySet<number>;
  /** The last published day ("2027-12-28"); after its year the rules answer. */
  readonly publishedUntil: string;
  private readonly computed = new Map<number, ReadonlySet<string>>();

  constructor(published: readonly string[]) {
    super(published);
    this.publishedYears = new Set(published.map((d) => Number(d.slice(0, 4))));
    this.publishedUntil = [...published].sort().at(-1) ?? '';
  }

  kind(date: string): BankHolidayKind | null {
    const year = Number(date.slice(0, 4));
    if (this.publishedYears.has(year)) return super.has(date) ? 'published' : null;
    const days = this.computed.get(year) ?? new Set(ruleBankHolidays(year));
    this.computed.set(year, days);
    return days.has(date) ? 'computed' : null;
  }

  override has(date: string): boolean {
    return this.kind(date) !== null;
  }
}

export const BANK_HOLIDAYS: BankHolidayCalendar = new BankHolidayCalendar(
  (bankHolidays as unknown as BankHolidays).events.map((event) => event.date),
);
