import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatedHolidayNotice } from '../../lib/contacts/bank-holiday-notice';
import { BANK_HOLIDAYS, BankHolidayCalendar, easterSunday, ruleBankHolidays } from '../../lib/contacts/bank-holidays';
import { callNow } from '../../lib/contacts/routing';
import { findArea } from '../fixtures/bundled';

const published = (JSON.parse(readFileSync(join(process.cwd(), 'data/bank-holidays.json'), 'utf8')) as { events: { date: string }[] }).events.map(
  (e) => e.date,
);

describe('bank holidays by their rules', () => {
  it.each([
    [2019, '04-21'],
    [2024, '03-31'],
    [2025, '04-20'],
    [2026, '04-05'],
    [2027, '03-28'],
    [2028, '04-16'],
    [2038, '04-25'],
    // Other centuries and the algorithm's edges: the earliest (22 March) and latest (25 April)
    // Easters, and the two years a cycle the 25/26 April dates move back a week.
    [1818, '03-22'],
    [1900, '04-15'],
    [1943, '04-25'],
    [1961, '04-02'],
    [2049, '04-18'],
    [2076, '04-19'],
    [2100, '03-28'],
    [2285, '03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    const { month, day } = easterSunday(year);
    expect(`${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`).toBe(date);
  });

  it.each([2025, 2026, 2027])('give exactly the published days of %i', (year) => {
    expect(ruleBankHolidays(year)).toEqual(published.filter((d) => d.startsWith(`${year}`)));
  });

  it.each([
    // Substitute days: New Year on a Saturday; Christmas on a Saturday; on a Sunday; Boxing Day on a Saturday.
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-05-30', '2022-08-29', '2022-12-26', '2022-12-27']],
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-04', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']], // New Year on a Sunday
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
  ])('%i', (year, days) => {
    expect(ruleBankHolidays(year)).toEqual(days);
  });

  it('the published list wins in the years it covers (one-off and moved days), the rules after', () => {
    // 2020's early May holiday moved to Friday 8 May (VE Day): a list that says so overrides the rule.
    const calendar = new BankHolidayCalendar(['2020-05-08', '2020-12-25']);
    expect(calendar.has('2020-05-08')).toBe(true);
    expect(calendar.has('2020-05-04')).toBe(false);
    expect(calendar.kind('2020-05-08')).toBe('published');
    expect(calendar.kind('2021-05-03')).toBe('computed');
  });

  it('knows the last published day whatever order the list comes in', () => {
    expect(new BankHolidayCalendar(['2020-12-28', '2021-01-01', '2020-05-08']).publishedUntil).toBe('2021-01-01');
  });

  it('with no published list, answers every year by the rules and claims no published day', () => {
    const calendar = new BankHolidayCalendar([]);
    expect(calendar.publishedUntil).toBe('');
    expect(calendar.kind('2026-12-25')).toBe('computed');
  });

  it.each([
    ['2027-12-28', 'published'],
    ['2028-01-03', 'computed'],
    ['2028-05-01', 'computed'],
    ['2028-05-02', null],
    ['2031-12-26', 'computed'],
  ])('%s is %s', (date, kind) => {
    expect(BANK_HOLIDAYS.kind(date)).toBe(kind);
  });
});

describe('after the published list runs out', () => {
  const wolverhampton = findArea('wolverhampton')!;
  it.each([
    ['Monday 3 January 2028', '2028-01-03T10:00:00Z'],
    ['Monday 1 May 2028', '2028-05-01T09:00:00Z'],
  ])('%s: the Adult MASH is shut for the bank holiday, the Emergency Duty Team answers', (_, at) => {
    const r = callNow(wolverhampton, 'adults', new Date(at), BANK_HOLIDAYS);
    expect(r.entries[0]?.contact.id).toBe('wolverhampton-edt');
    expect(r.entries.find((e) => e.contact.id === 'wolverhampton-adult-mash')?.state.status).not.toBe('open');
  });

  it('Call now says the coming bank holiday is calculated, only where one is near', () => {
    expect(calculatedHolidayNotice(BANK_HOLIDAYS, '2027-12-22')).toBe(
      'Bank holidays after 28 December 2027 are calculated, not yet published: check the hours on 3 January 2028.',
    );
    expect(calculatedHolidayNotice(BANK_HOLIDAYS, '2027-12-01')).toBeNull();
    expect(calculatedHolidayNotice(BANK_HOLIDAYS, '2028-02-01')).toBeNull();
    expect(calculatedHolidayNotice(new Set(['2028-01-03']), '2027-12-22')).toBeNull();
  });

  it('the published list still covers the coming year (the real clock): add the next year from GOV.UK before it runs out', () => {
    const left = Date.parse(`${BANK_HOLIDAYS.publishedUntil}T00:00:00Z`) - Date.now();
    // Warns once less than 300 days are left; the rules answer meanwhile either way.
    expect(left / 86_400_000, `the published bank holidays end ${BANK_HOLIDAYS.publishedUntil}`).toBeGreaterThan(300);
  });
});
