import { describe, expect, it } from 'vitest';
import UK_OFFSETS from 'virtual:uk-offsets';
import { tableOffset, toUkWallTime } from '../../lib/contacts/uk-time';
import { wallClockFormat, wallClockOffset } from '../../lib/contacts/wall-clock';

const HOUR = 3_600_000;
const format = wallClockFormat('Europe/London');
const intlOffset = (ms: number) => wallClockOffset(ms, format);

describe('build-time UK clock-change table', () => {
  it('covers this year and the next ten, two changes a year', () => {
    const year = new Date().getUTCFullYear();
    expect(UK_OFFSETS.from).toBeLessThanOrEqual(Date.UTC(year - 1, 0, 1));
    expect(UK_OFFSETS.to).toBeGreaterThanOrEqual(Date.UTC(year + 10, 0, 1));
    const years = (UK_OFFSETS.to - UK_OFFSETS.from) / (365.25 * 24 * HOUR);
    expect(UK_OFFSETS.changes.length).toBe(Math.round(years) * 2);
  });

  it('agrees with Intl at every hour it covers and a minute either side of every change', () => {
    const wrong: string[] = [];
    for (let t = UK_OFFSETS.from; t < UK_OFFSETS.to; t += HOUR) {
      if (tableOffset(t) !== intlOffset(t)) wrong.push(new Date(t).toISOString());
    }
    for (const [at] of UK_OFFSETS.changes) {
      for (const t of [at - 60_000, at, at + 60_000]) {
        if (tableOffset(t) !== intlOffset(t)) wrong.push(new Date(t).toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows the 2026 changes: 01:00 UTC on 29 March and 25 October', () => {
    expect(UK_OFFSETS.changes).toEqual(
      expect.arrayContaining([
        [Date.UTC(2026, 2, 29, 1), HOUR],
        [Date.UTC(2026, 9, 25, 1), 0],
      ]),
    );
  });

  it('falls back to Intl beyond the table', () => {
    const summer = new Date(UK_OFFSETS.to + 200 * 24 * HOUR);
    summer.setUTCMonth(6, 1);
    summer.setUTCHours(7, 45);
    expect(tableOffset(summer.getTime())).toBeUndefined();
    expect(toUkWallTime(summer).minutes).toBe(8 * 60 + 45);
  });
});
