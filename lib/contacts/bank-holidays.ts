// Apart from bundled.ts so the popup's first paint can know bank holidays without the full data.
import bankHolidays from '@/data/bank-holidays.json';
import type { BankHolidays } from './schema';

/** England and Wales bank holidays as ISO dates ("2026-12-28"). */
export const BANK_HOLIDAYS: ReadonlySet<string> = new Set(
  (bankHolidays as unknown as BankHolidays).events.map((event) => event.date),
);
