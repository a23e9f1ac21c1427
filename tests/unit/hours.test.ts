import { describe, expect, it } from 'vitest';
import { hoursLabel, openState, type OpenState } from '../../lib/contacts/hours';
import type { Hours } from '../../lib/contacts/schema';

// England and Wales bank holidays around the dates tested (reference/contacts.md).
const BANK_HOLIDAYS: ReadonlySet<string> = new Set([
  '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
  '2026-12-25', '2026-12-28',
]);

// An office front door with a Friday early close (the Wolverhampton Adult MASH pattern).
const OFFICE: Hours = {
  kind: 'weekly',
  periods: [
    { days: ['Mon', 'Tue', 'Wed', 'Thu'], open: '08:30', close: '17:00' },
    { days: ['Fri'], open: '08:30', close: '16:30' },
  ],
  bankHolidays: 'closed',
};

// An out-of-hours team written shift by shift, as a rota reads (the Wolverhampton EDT pattern).
const EDT: Hours = {
  kind: 'weekly',
  periods: [
    { days: ['Mon', 'Tue', 'Wed', 'Thu'], open: '17:00', close: '08:00' },
    { days: ['Fri'], open: '16:30', close: '08:00' },
    { days: ['Sat', 'Sun'], open: '08:00', close: '08:00' },
  ],
  bankHolidays: 'open',
};

const HELPLINE_AS_USUAL: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '09:00', close: '17:00' }],
  bankHolidays: 'as-usual',
};

const EVENINGS_TO_MIDNIGHT: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], open: '18:00', close: '24:00' }],
  bankHolidays: 'as-usual',
};

const LATE_SHIFT_SPLIT_AT_MIDNIGHT: Hours = {
  kind: 'weekly',
  periods: [
    { days: ['Mon'], open: '22:00', close: '24:00' },
    { days: ['Tue'], open: '00:00', close: '02:00' },
  ],
  bankHolidays: 'as-usual',
};

const EVERY_HOUR: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], open: '00:00', close: '24:00' }],
  bankHolidays: 'as-usual',
};

// Ends inside the hour the clocks skip or repeat on the change-over Sundays.
const NIGHT_TO_0130: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Sat'], open: '22:00', close: '01:30' }],
  bankHolidays: 'as-usual',
};

const MONDAY_MORNINGS: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Mon'], open: '09:00', close: '10:00' }],
  bankHolidays: 'closed',
};

function at(iso: string): Date {
  return new Date(iso);
}

function expectState(hours: Hours, now: string, expected: OpenState, label: string) {
  const state = openState(hours, at(now), BANK_HOLIDAYS);
  expect(state).toEqual(expected);
  expect(hoursLabel(state, at(now))).toBe(label);
}

const open = (until: string | null): OpenState => ({ status: 'open', until: until ? at(until) : null });
const closed = (opensAt: string | null): OpenState => ({ status: 'closed', opensAt: opensAt ? at(opensAt) : null });

describe('openState and hoursLabel', () => {
  it.each([
    // [case, hours, now (UTC), expected state, label] — the UK wall time is in the case name.
    ['always open', { kind: 'always' } as Hours, '2026-11-20T16:31:00Z', { status: 'always' } as OpenState, 'Open 24 hours'],
    ['hours unstated', { kind: 'unstated' } as Hours, '2026-11-20T16:31:00Z', { status: 'unstated' } as OpenState, 'Hours not published — check before relying'],

    ['office, Fri 16:29 GMT: Friday early close', OFFICE, '2026-11-20T16:29:00Z', open('2026-11-20T16:30:00Z'), 'Open until 16:30'],
    ['office, Fri 16:31 GMT: shut for the weekend', OFFICE, '2026-11-20T16:31:00Z', closed('2026-11-23T08:30:00Z'), 'Closed — opens 08:30 Monday'],
    ['office, Thu 16:45 GMT: no early close', OFFICE, '2026-11-19T16:45:00Z', open('2026-11-19T17:00:00Z'), 'Open until 17:00'],
    ['office, Thu 17:00:00 GMT: closing time is closed', OFFICE, '2026-11-19T17:00:00Z', closed('2026-11-20T08:30:00Z'), 'Closed — opens 08:30 tomorrow'],
    ['office, Tue 08:15 GMT', OFFICE, '2026-11-24T08:15:00Z', closed('2026-11-24T08:30:00Z'), 'Closed — opens 08:30'],
    ['office, Tue 08:30:00 GMT: opening time is open', OFFICE, '2026-11-24T08:30:00Z', open('2026-11-24T17:00:00Z'), 'Open until 17:00'],
    ['office, Tue 18:00 GMT', OFFICE, '2026-11-24T18:00:00Z', closed('2026-11-25T08:30:00Z'), 'Closed — opens 08:30 tomorrow'],
    ['office, Wed 1 Jul 08:45 BST (07:45 UTC)', OFFICE, '2026-07-01T07:45:00Z', open('2026-07-01T16:00:00Z'), 'Open until 17:00'],
    ['office, Wed 1 Jul 08:15 BST (07:15 UTC)', OFFICE, '2026-07-01T07:15:00Z', closed('2026-07-01T07:30:00Z'), 'Closed — opens 08:30'],

    ['EDT, Fri 16:31 GMT: the weekend rota reads as one span', EDT, '2026-11-20T16:31:00Z', open('2026-11-23T08:00:00Z'), 'Open until 08:00 Monday'],
    ['EDT, Fri 16:29 GMT', EDT, '2026-11-20T16:29:00Z', closed('2026-11-20T16:30:00Z'), 'Closed — opens 16:30'],
    ['EDT, Tue 02:00 GMT: Monday night shift', EDT, '2026-11-24T02:00:00Z', open('2026-11-24T08:00:00Z'), 'Open until 08:00'],
    ['EDT, Tue 08:15 GMT', EDT, '2026-11-24T08:15:00Z', closed('2026-11-24T17:00:00Z'), 'Closed — opens 17:00'],
    ['EDT, Sun 12:00 GMT', EDT, '2026-11-22T12:00:00Z', open('2026-11-23T08:00:00Z'), 'Open until 08:00 tomorrow'],

    // Bank holidays: the Spring bank holiday, Mon 25 May 2026, 10:00 BST.
    ['office on a bank holiday Monday, 10:00 BST', OFFICE, '2026-05-25T09:00:00Z', closed('2026-05-26T07:30:00Z'), 'Closed — opens 08:30 tomorrow'],
    ['EDT on a bank holiday Monday, 10:00 BST: open all day, joined to the weekend', EDT, '2026-05-25T09:00:00Z', open('2026-05-26T07:00:00Z'), 'Open until 08:00 tomorrow'],
    ['EDT on Sat before a bank holiday, 12:00 BST', EDT, '2026-05-23T11:00:00Z', open('2026-05-26T07:00:00Z'), 'Open until 08:00 Tuesday'],
    ['as-usual service on a bank holiday, 10:00 BST', HELPLINE_AS_USUAL, '2026-05-25T09:00:00Z', open('2026-05-25T16:00:00Z'), 'Open until 17:00'],
    ['office on Good Friday 3 Apr, 10:00 BST: shut until after Easter Monday', OFFICE, '2026-04-03T09:00:00Z', closed('2026-04-07T07:30:00Z'), 'Closed — opens 08:30 Tuesday'],
    ['office on Thu 2 Apr, 16:45 BST, before Good Friday', OFFICE, '2026-04-02T15:45:00Z', open('2026-04-02T16:00:00Z'), 'Open until 17:00'],

    // Christmas 2026: Fri 25 Dec and Mon 28 Dec (substitute Boxing Day).
    ['office, Thu 24 Dec 2026 16:00 GMT', OFFICE, '2026-12-24T16:00:00Z', open('2026-12-24T17:00:00Z'), 'Open until 17:00'],
    ['office, Thu 24 Dec 2026 18:00 GMT', OFFICE, '2026-12-24T18:00:00Z', closed('2026-12-29T08:30:00Z'), 'Closed — opens 08:30 Tuesday'],
    ['EDT, Thu 24 Dec 2026 18:00 GMT: night, bank holidays and weekend in one span', EDT, '2026-12-24T18:00:00Z', open('2026-12-29T08:00:00Z'), 'Open until 08:00 Tuesday'],
    // Christmas 2025 fell on Thursday and Friday.
    ['office, Wed 24 Dec 2025 18:00 GMT', OFFICE, '2025-12-24T18:00:00Z', closed('2025-12-29T08:30:00Z'), 'Closed — opens 08:30 Monday'],
    ['EDT, Thu 25 Dec 2025 10:00 GMT: Christmas Day on a weekday', EDT, '2025-12-25T10:00:00Z', open('2025-12-29T08:00:00Z'), 'Open until 08:00 Monday'],
    ['office, Wed 31 Dec 2025 18:00 GMT: New Year’s Day shut', OFFICE, '2025-12-31T18:00:00Z', closed('2026-01-02T08:30:00Z'), 'Closed — opens 08:30 Friday'],

    // "24:00" and midnight.
    ['18:00–24:00, 23:00 GMT', EVENINGS_TO_MIDNIGHT, '2026-11-24T23:00:00Z', open('2026-11-25T00:00:00Z'), 'Open until 00:00 tomorrow'],
    ['18:00–24:00, 00:00 GMT: midnight is closed', EVENINGS_TO_MIDNIGHT, '2026-11-25T00:00:00Z', closed('2026-11-25T18:00:00Z'), 'Closed — opens 18:00'],
    ['Mon 22:00–24:00 then Tue 00:00–02:00 join, Mon 23:00 GMT', LATE_SHIFT_SPLIT_AT_MIDNIGHT, '2026-11-23T23:00:00Z', open('2026-11-24T02:00:00Z'), 'Open until 02:00 tomorrow'],
    ['every day 00:00–24:00', EVERY_HOUR, '2026-11-24T12:00:00Z', open(null), 'Open 24 hours'],

    // The Sundays the clocks change.
    ['EDT, Sun 29 Mar 00:30 GMT, before clocks go forward', EDT, '2026-03-29T00:30:00Z', open('2026-03-30T07:00:00Z'), 'Open until 08:00 tomorrow'],
    ['EDT, Sun 29 Mar 02:30 BST, after clocks go forward', EDT, '2026-03-29T01:30:00Z', open('2026-03-30T07:00:00Z'), 'Open until 08:00 tomorrow'],
    ['office, Sun 29 Mar 21:00 BST', OFFICE, '2026-03-29T20:00:00Z', closed('2026-03-30T07:30:00Z'), 'Closed — opens 08:30 tomorrow'],
    ['office, Mon 30 Mar 08:45 BST (07:45 UTC)', OFFICE, '2026-03-30T07:45:00Z', open('2026-03-30T16:00:00Z'), 'Open until 17:00'],
    ['office, Fri 27 Mar 16:00 GMT: opens after the change', OFFICE, '2026-03-27T16:00:00Z', open('2026-03-27T16:30:00Z'), 'Open until 16:30'],
    ['office, Fri 27 Mar 17:00 GMT', OFFICE, '2026-03-27T17:00:00Z', closed('2026-03-30T07:30:00Z'), 'Closed — opens 08:30 Monday'],
    ['EDT, Sun 25 Oct 01:30 BST (first 01:30)', EDT, '2026-10-25T00:30:00Z', open('2026-10-26T08:00:00Z'), 'Open until 08:00 tomorrow'],
    ['EDT, Sun 25 Oct 01:30 GMT (second 01:30)', EDT, '2026-10-25T01:30:00Z', open('2026-10-26T08:00:00Z'), 'Open until 08:00 tomorrow'],
    ['EDT, Sun 25 Oct 20:00 GMT', EDT, '2026-10-25T20:00:00Z', open('2026-10-26T08:00:00Z'), 'Open until 08:00 tomorrow'],
    ['office, Sun 25 Oct 20:00 GMT', OFFICE, '2026-10-25T20:00:00Z', closed('2026-10-26T08:30:00Z'), 'Closed — opens 08:30 tomorrow'],
    ['office, Fri 23 Oct 16:00 BST: closes before the change', OFFICE, '2026-10-23T15:00:00Z', open('2026-10-23T15:30:00Z'), 'Open until 16:30'],
    ['until 01:30 on 29 Mar, 00:45 GMT: 01:30 never comes, so 02:00 BST', NIGHT_TO_0130, '2026-03-29T00:45:00Z', open('2026-03-29T01:00:00Z'), 'Open until 02:00'],
    ['until 01:30 on 25 Oct, 01:10 GMT (second 01:10): the second 01:30', NIGHT_TO_0130, '2026-10-25T01:10:00Z', open('2026-10-25T01:30:00Z'), 'Open until 01:30'],
    ['until 01:30 on 25 Oct, 01:10 BST (first 01:10): the first 01:30', NIGHT_TO_0130, '2026-10-25T00:10:00Z', open('2026-10-25T00:30:00Z'), 'Open until 01:30'],
  ])('%s', (_case, hours, now, expected, label) => {
    expectState(hours, now, expected, label);
  });

  it('says when no opening falls within the two weeks it looks ahead', () => {
    // Mondays 09:00–10:00 only, with both coming Mondays made bank holidays.
    const holidays = new Set(['2026-11-23', '2026-11-30', '2026-12-07']);
    const now = at('2026-11-21T12:00:00Z'); // Sat 12:00 GMT
    const state = openState(MONDAY_MORNINGS, now, holidays);
    expect(state).toEqual({ status: 'closed', opensAt: null });
    expect(hoursLabel(state, now)).toBe('Closed — no opening hours in the next 14 days');
  });

  it('never claims "open" or "closed" for a service whose hours are not published', () => {
    for (const iso of ['2026-11-20T16:31:00Z', '2026-05-25T09:00:00Z', '2026-11-24T03:00:00Z']) {
      expect(openState({ kind: 'unstated', text: 'office hours' }, at(iso), BANK_HOLIDAYS)).toEqual({ status: 'unstated' });
    }
  });
});

describe('openState at the edges of bank holidays and the look-ahead', () => {
  // Weekday office hours, but the team covers bank holidays all day (not just 09:00–17:00).
  const WEEKDAYS_AND_ALL_BANK_HOLIDAYS: Hours = {
    kind: 'weekly',
    periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '09:00', close: '17:00' }],
    bankHolidays: 'open',
  };
  // Night shifts that start or end exactly at the midnight a bank holiday begins or ends.
  const EARLY_HOURS_CLOSED_ON_BANK_HOLIDAYS: Hours = {
    kind: 'weekly',
    periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], open: '00:00', close: '06:00' }],
    bankHolidays: 'closed',
  };
  const EVENINGS_CLOSED_ON_BANK_HOLIDAYS: Hours = { ...EVENINGS_TO_MIDNIGHT, bankHolidays: 'closed' };
  const ALL_HOURS_BUT_BANK_HOLIDAYS: Hours = { ...EVERY_HOUR, bankHolidays: 'closed' };

  it.each([
    ['open on a bank holiday Monday, 10:00 BST: open all day, not just its usual 17:00', WEEKDAYS_AND_ALL_BANK_HOLIDAYS, '2026-05-25T09:00:00Z', open('2026-05-25T23:00:00Z'), 'Open until 00:00 tomorrow'],
    ['00:00–06:00 daily, Sun 24 May 12:00 BST: not open at the midnight the bank holiday starts', EARLY_HOURS_CLOSED_ON_BANK_HOLIDAYS, '2026-05-24T11:00:00Z', closed('2026-05-25T23:00:00Z'), 'Closed — opens 00:00 Tuesday'],
    ['24 hours but bank holidays, Sun 24 May 12:00 BST: closes at the midnight the bank holiday starts', ALL_HOURS_BUT_BANK_HOLIDAYS, '2026-05-24T11:00:00Z', open('2026-05-24T23:00:00Z'), 'Open until 00:00 tomorrow'],
    ['24 hours but bank holidays, bank holiday 10:00 BST: opens at the midnight it ends', ALL_HOURS_BUT_BANK_HOLIDAYS, '2026-05-25T09:00:00Z', closed('2026-05-25T23:00:00Z'), 'Closed — opens 00:00 tomorrow'],
    ['18:00–24:00 daily, bank holiday 10:00 BST: not open at the midnight the bank holiday ends', EVENINGS_CLOSED_ON_BANK_HOLIDAYS, '2026-05-25T09:00:00Z', closed('2026-05-26T17:00:00Z'), 'Closed — opens 18:00 tomorrow'],
  ])('%s', (_case, hours, now, expected, label) => {
    expectState(hours, now, expected, label);
  });

  it('finds an opening on the last day it looks ahead, 14 days on', () => {
    // Mon 23 Nov 10:30 GMT, after this Monday's session; next Monday is a bank holiday.
    const now = at('2026-11-23T10:30:00Z');
    const state = openState(MONDAY_MORNINGS, now, new Set(['2026-11-30']));
    expect(state).toEqual(closed('2026-12-07T09:00:00Z'));
    expect(hoursLabel(state, now)).toBe('Closed — opens 09:00 Mon 7 Dec');
  });

  it('reads "outside office hours" alone as unpublished, never as open or closed', () => {
    const state = openState({ kind: 'outside-front-door', text: 'Outside office hours' }, at('2026-11-24T22:00:00Z'), BANK_HOLIDAYS);
    expect(state).toEqual({ status: 'unstated' });
  });
});

describe('hoursLabel for hours that are not confirmed', () => {
  const now = at('2026-11-24T10:00:00Z'); // Tue 10:00 GMT
  it.each([
    [{ status: 'always' }, 'Probably open 24 hours — hours not confirmed'],
    [open('2026-11-24T17:00:00Z'), 'Probably open until 17:00 — hours not confirmed'],
    [open(null), 'Probably open 24 hours — hours not confirmed'],
    [closed('2026-11-25T09:00:00Z'), 'Probably closed — opens 09:00 tomorrow'],
    [closed(null), 'Probably closed — no opening hours in the next 14 days'],
    [{ status: 'unstated' }, 'Hours not published — check before relying'],
  ] as [OpenState, string][])('%j reads "%s"', (state, label) => {
    expect(hoursLabel(state, now, 'verify')).toBe(label);
  });
});
