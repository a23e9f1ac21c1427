import { describe, expect, it } from 'vitest';
import { dueFrom, formatDuration, ruleText, timeLeft } from '../../lib/referral/deadline';

// England and Wales, late 2027: Christmas falls on a Saturday, so 27 and 28 Dec are substitutes.
const BANK_HOLIDAYS = new Set(['2027-08-30', '2027-12-27', '2027-12-28', '2028-01-03']);

describe('dueFrom', () => {
  it.each([
    // 24 h is real hours: a Friday afternoon call is due on Saturday afternoon.
    ['24 h across a weekend', '2026-11-20T15:30:00Z', { unit: 'hours', value: 24 }, '2026-11-21T15:30:00.000Z'],
    ['48 h', '2026-11-19T09:00:00Z', { unit: 'hours', value: 48 }, '2026-11-21T09:00:00.000Z'],
    // 24 real hours across the end of BST: 16:00 BST Saturday → 15:00 GMT Sunday.
    ['24 h across the clock change', '2026-10-24T15:00:00Z', { unit: 'hours', value: 24 }, '2026-10-25T15:00:00.000Z'],
    ['one working day on a Friday skips the weekend', '2026-11-20T14:00:00Z', { unit: 'workingDays', value: 1 }, '2026-11-23T14:00:00.000Z'],
    ['one working day across the Christmas bank holidays', '2027-12-24T11:00:00Z', { unit: 'workingDays', value: 1 }, '2027-12-29T11:00:00.000Z'],
    ['two working days, Thursday to Monday', '2026-11-19T10:00:00Z', { unit: 'workingDays', value: 2 }, '2026-11-23T10:00:00.000Z'],
    ['two working days across a bank holiday Monday', '2027-08-27T10:00:00Z', { unit: 'workingDays', value: 2 }, '2027-09-01T10:00:00.000Z'],
    // Same UK wall time: 10:00 BST Friday → 10:00 GMT Monday after the clocks go back.
    ['working days keep the UK wall time across the clock change', '2026-10-23T09:00:00Z', { unit: 'workingDays', value: 1 }, '2026-10-26T10:00:00.000Z'],
    ['a Saturday call counts from Monday', '2026-11-21T10:00:00Z', { unit: 'workingDays', value: 1 }, '2026-11-23T10:00:00.000Z'],
  ] as const)('%s', (_, callAt, rule, due) => {
    expect(dueFrom(new Date(callAt), rule, BANK_HOLIDAYS)?.toISOString()).toBe(due);
  });

  it('has no due time where the area has no confirmed rule', () => {
    expect(dueFrom(new Date('2026-11-20T15:30:00Z'), undefined, BANK_HOLIDAYS)).toBeNull();
  });
});

describe('timeLeft', () => {
  const due = new Date('2026-11-21T15:30:00Z');
  it.each([
    ['2026-11-21T12:10:00Z', false, '3 h 20 min left'],
    ['2026-11-21T15:00:00Z', false, '30 min left'],
    ['2026-11-18T15:30:00Z', false, '3 days left'],
    ['2026-11-21T17:30:00Z', true, 'Overdue by 2 h'],
    // The boundaries: due this minute is overdue; exactly one hour and exactly two days read as such.
    ['2026-11-21T15:30:00Z', true, 'Overdue by 1 min'],
    ['2026-11-21T14:30:00Z', false, '1 h left'],
    ['2026-11-19T15:30:00Z', false, '2 days left'],
  ])('at %s', (now, overdue, text) => {
    expect(timeLeft(due, new Date(now))).toEqual({ overdue, text });
  });
});

it('the popup’s short form gives whole hours only', () => {
  expect(formatDuration((3 * 60 + 20) * 60_000, 'short')).toBe('3 h');
  expect(formatDuration((3 * 60 + 20) * 60_000)).toBe('3 h 20 min');
});

it.each([
  [{ unit: 'hours', value: 24 }, 'within 24 hours of the phone call'],
  [{ unit: 'workingDays', value: 1 }, 'within one working day of the phone call'],
  [{ unit: 'workingDays', value: 3 }, 'within 3 working days of the phone call'],
] as const)('the draft names the area’s rule %j as “%s”', (rule, text) => {
  expect(ruleText(rule)).toBe(text);
});
