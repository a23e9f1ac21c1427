// Runs with the computer set to New York: every answer must still be UK wall-clock time.
import { afterAll, describe, expect, it, vi } from 'vitest';
import UK_OFFSETS from 'virtual:uk-offsets';

const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/New_York';
  return previous;
});

import {
  addUkDays,
  formatUkDayTime,
  formatUkTime,
  tableOffset,
  toUkWallTime,
  UK_TZ,
  ukInstant,
} from '../../lib/contacts/uk-time';

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe('the test machine', () => {
  it('really is on New York time, so a local-time bug would show', () => {
    // 07:45 UTC in July is 03:45 in New York (EDT) and 08:45 in London (BST).
    expect(new Date('2026-07-01T07:45:00Z').getHours()).toBe(3);
    expect(UK_TZ).toBe('Europe/London');
  });
});

describe('toUkWallTime', () => {
  it.each([
    // [instant, UK date, weekday, UK wall time]
    ['2026-07-01T07:45:00Z', '2026-07-01', 'Wed', '08:45'], // summer: BST
    ['2026-01-15T07:45:00Z', '2026-01-15', 'Thu', '07:45'], // winter: GMT
    ['2026-11-20T16:29:00Z', '2026-11-20', 'Fri', '16:29'],
    ['2026-06-30T23:30:00Z', '2026-07-01', 'Wed', '00:30'], // UK is already tomorrow
    ['2026-03-29T00:59:00Z', '2026-03-29', 'Sun', '00:59'], // last minute of GMT
    ['2026-03-29T01:00:00Z', '2026-03-29', 'Sun', '02:00'], // clocks go forward
    ['2026-10-25T00:30:00Z', '2026-10-25', 'Sun', '01:30'], // first 01:30 (BST)
    ['2026-10-25T01:30:00Z', '2026-10-25', 'Sun', '01:30'], // second 01:30 (GMT)
    ['2026-12-31T23:59:59Z', '2026-12-31', 'Thu', '23:59'], // seconds dropped
  ])('%s is %s (%s) %s in the UK', (iso, date, weekday, hhmm) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    expect(toUkWallTime(new Date(iso))).toEqual({ date, weekday, minutes: h * 60 + m });
  });

  it('answers for another zone when asked', () => {
    expect(toUkWallTime(new Date('2026-07-01T07:45:00Z'), 'America/New_York')).toEqual({
      date: '2026-07-01',
      weekday: 'Wed',
      minutes: 3 * 60 + 45,
    });
  });
});

describe('ukInstant', () => {
  it.each([
    // [UK date, UK wall time (minutes), instant]
    ['2026-07-01', 8 * 60 + 45, '2026-07-01T07:45:00.000Z'], // 08:45 BST
    ['2026-11-20', 16 * 60 + 30, '2026-11-20T16:30:00.000Z'], // 16:30 GMT
    ['2026-11-20', 24 * 60 + 8 * 60, '2026-11-21T08:00:00.000Z'], // minutes run into the next day
    ['2026-03-29', 59, '2026-03-29T00:59:00.000Z'], // 00:59 GMT, just before the change
    ['2026-03-29', 60, '2026-03-29T01:00:00.000Z'], // 01:00 never happens: 02:00 BST
    ['2026-03-29', 90, '2026-03-29T01:00:00.000Z'], // 01:30 never happens: 02:00 BST
    ['2026-03-29', 120, '2026-03-29T01:00:00.000Z'], // 02:00 BST
    ['2026-03-29', 8 * 60, '2026-03-29T07:00:00.000Z'], // 08:00 BST
    ['2026-10-25', 60, '2026-10-25T00:00:00.000Z'], // 01:00 happens twice: the first (BST)
    ['2026-10-25', 90, '2026-10-25T00:30:00.000Z'], // 01:30 twice: the first (BST)
    ['2026-10-25', 120, '2026-10-25T02:00:00.000Z'], // 02:00 GMT
    ['2026-10-24', 24 * 60 + 8 * 60, '2026-10-25T08:00:00.000Z'], // Sat + 32 h = Sun 08:00 GMT
  ])('%s at minute %i is %s', (date, minutes, iso) => {
    expect(ukInstant(date, minutes).toISOString()).toBe(iso);
  });

  it('turns every hour of 2026 back into the same instant (bar the repeated autumn hour)', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let t = start; t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      if (t === Date.UTC(2026, 9, 25, 1)) continue; // second 01:00: ukInstant gives the first by design
      const wall = toUkWallTime(new Date(t));
      expect(ukInstant(wall.date, wall.minutes).getTime()).toBe(t);
    }
  });
});

describe('addUkDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 1, '2026-03-29'], // across the spring change
    ['2026-10-24', 2, '2026-10-26'], // across the autumn change
    ['2026-11-20', 14, '2026-12-04'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addUkDays(date, n)).toBe(expected);
  });
});

describe('formatUkTime', () => {
  it.each([
    ['2026-07-01T07:45:00Z', '08:45'], // BST
    ['2026-01-15T07:45:00Z', '07:45'], // GMT
    ['2026-06-30T23:05:00Z', '00:05'],
  ])('%s shows as %s', (iso, expected) => {
    expect(formatUkTime(new Date(iso))).toBe(expected);
  });
});

describe('formatUkDayTime', () => {
  it.each([
    // [now, then, label]
    ['2026-11-20T16:31:00Z', '2026-11-20T17:00:00Z', '17:00'], // Fri 16:31 → today
    ['2026-11-20T16:31:00Z', '2026-11-21T08:30:00Z', '08:30 tomorrow'],
    ['2026-11-20T16:31:00Z', '2026-11-23T08:00:00Z', '08:00 Monday'],
    ['2026-11-20T16:31:00Z', '2026-11-26T08:30:00Z', '08:30 Thursday'], // six days on
    ['2026-11-20T16:31:00Z', '2026-11-27T08:30:00Z', '08:30 Fri 27 Nov'], // a week on: dated
    ['2026-12-22T10:00:00Z', '2026-12-29T08:30:00Z', '08:30 Tue 29 Dec'],
    // Wed 1 Jul 00:30 BST (still 30 Jun in UTC) → 17:00 BST the same UK day.
    ['2026-06-30T23:30:00Z', '2026-07-01T16:00:00Z', '17:00'],
    // Sat 24 Oct 22:00 BST → Mon 26 Oct 08:00 GMT, across the autumn change.
    ['2026-10-24T21:00:00Z', '2026-10-26T08:00:00Z', '08:00 Monday'],
    ['2026-11-20T16:31:00Z', '2026-11-22T08:30:00Z', '08:30 Sunday'], // two days on
    // Past days (phoned, submitted) are dated, never a weekday name that reads as the coming one.
    ['2026-11-20T16:31:00Z', '2026-11-19T08:30:00Z', '08:30 Thu 19 Nov'],
    ['2026-11-20T16:31:00Z', '2026-11-17T08:30:00Z', '08:30 Tue 17 Nov'],
  ])('at %s, %s reads "%s"', (now, then, expected) => {
    expect(formatUkDayTime(new Date(then), new Date(now))).toBe(expected);
  });

  it('names every weekday in the coming week', () => {
    const sunday = new Date('2026-11-15T12:00:00Z');
    const labels = [2, 3, 4, 5, 6].map((n) => formatUkDayTime(new Date(sunday.getTime() + n * 86_400_000), sunday));
    expect(labels).toEqual(['12:00 Tuesday', '12:00 Wednesday', '12:00 Thursday', '12:00 Friday', '12:00 Saturday']);
  });

  it('names every month in a dated label', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const labels = Array.from({ length: 12 }, (_, m) => formatUkDayTime(new Date(Date.UTC(2027, m, 1, 12)), now));
    expect(labels).toEqual([
      '12:00 Fri 1 Jan', '12:00 Mon 1 Feb', '12:00 Mon 1 Mar', '13:00 Thu 1 Apr', '13:00 Sat 1 May', '13:00 Tue 1 Jun',
      '13:00 Thu 1 Jul', '13:00 Sun 1 Aug', '13:00 Wed 1 Sep', '13:00 Fri 1 Oct', '12:00 Mon 1 Nov', '12:00 Wed 1 Dec',
    ]);
  });
});

describe('speed', () => {
  it('reuses its Intl formatter instead of building one per call', () => {
    toUkWallTime(new Date('2026-11-20T16:31:00Z'));
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 50; i++) {
      toUkWallTime(new Date(Date.UTC(2026, 10, 20, 16, i)));
      ukInstant('2026-11-23', 8 * 60 + i);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('needs no Intl at all for UK times in the build-time table\'s years (the first paint)', () => {
    const year = new Date(UK_OFFSETS.from).getUTCFullYear() + 3;
    const read = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const build = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatUkTime(new Date(Date.UTC(year, 7, 2, 7, 10)))).toBe('08:10');
    expect(ukInstant(`${year}-02-03`, 10 * 60).getTime()).toBe(Date.UTC(year, 1, 3, 10));
    expect(read).not.toHaveBeenCalled();
    expect(build).not.toHaveBeenCalled();
  });

  it('uses the table only for the instants it covers: before it, Intl answers', () => {
    const before = new Date(UK_OFFSETS.from);
    before.setUTCFullYear(before.getUTCFullYear() - 1, 6, 1);
    before.setUTCHours(7, 45);
    expect(formatUkTime(before)).toBe('08:45'); // BST, though the table starts in GMT
    expect(tableOffset(UK_OFFSETS.from - 1)).toBeUndefined();
    expect(tableOffset(UK_OFFSETS.from)).toBe(UK_OFFSETS.initial);
    expect(tableOffset(UK_OFFSETS.to - 1)).toBe(0);
    expect(tableOffset(UK_OFFSETS.to)).toBeUndefined();
  });

  // Years after the build-time table, and other zones, ask Intl: once per zone for a formatter,
  // once per quarter hour for an offset.
  const later = new Date(UK_OFFSETS.to).getUTCFullYear() + 1;
  const winter = new Date(Date.UTC(later, 0, 15, 7, 45));
  const summer = new Date(Date.UTC(later, 6, 15, 7, 45));

  it('beyond the table, reads winter and summer, London and New York apart', () => {
    expect(formatUkTime(winter)).toBe('07:45');
    expect(formatUkTime(summer)).toBe('08:45');
    expect(formatUkTime(winter, 'America/New_York')).toBe('02:45');
    expect(formatUkTime(summer, 'America/New_York')).toBe('03:45');
  });

  it('beyond the table, asks Intl once per quarter hour and builds no new formatter', () => {
    const times = [winter, summer, new Date(winter.getTime() + 15 * 60_000)];
    for (const t of times) toUkWallTime(t);
    toUkWallTime(winter, 'America/New_York');
    const read = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const build = vi.spyOn(Intl, 'DateTimeFormat');
    for (const t of times) toUkWallTime(t);
    toUkWallTime(new Date(winter.getTime() + 5 * 60_000)); // the same quarter hour as winter
    toUkWallTime(winter, 'America/New_York');
    expect(read).not.toHaveBeenCalled();
    toUkWallTime(new Date(Date.UTC(later, 2, 1, 12)));
    toUkWallTime(new Date(Date.UTC(later, 2, 1, 12)), 'America/New_York');
    expect(read).toHaveBeenCalledTimes(2);
    expect(build).not.toHaveBeenCalled();
  });

  it('keeps its offset cache bounded: after thousands of quarter hours the oldest is asked again', () => {
    const first = Date.UTC(later + 1, 0, 1);
    for (let i = 0; i < 2500; i++) toUkWallTime(new Date(first + i * 15 * 60_000));
    const read = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(toUkWallTime(new Date(first)).minutes).toBe(0);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
