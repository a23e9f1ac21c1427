// The "calculated, not published" notice under Call now; loaded after the first paint, since it
// can only matter once the published list has run out.
import { addDays, BankHolidayCalendar } from './bank-holidays';

/** "8 May 2028" */
function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/**
 * Said under Call now when a bank holiday in the next `days` days comes from the rules, not the
 * published list: the hours on it are only as good as the rule.
 */
export function calculatedHolidayNotice(
  calendar: ReadonlySet<string>,
  today: string,
  days = 14,
): string | null {
  if (!(calendar instanceof BankHolidayCalendar)) return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  for (let i = 0; i <= days; i++) {
    if (calendar.kind(addDays(y, m, d, i)) === 'computed') {
      return `Bank holidays after ${longDate(calendar.publishedUntil)} are calculated, not yet published: check the hours on ${longDate(addDays(y, m, d, i))}.`;
    }
  }
  return null;
}
