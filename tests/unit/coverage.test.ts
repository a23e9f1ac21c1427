// data/COVERAGE.md: made by scripts/coverage.mjs, checked here for what it says and for being current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-Node script without type declarations
import { coverageReport, readAll, routeStatus } from '../../scripts/coverage.mjs';
import { testArea, testContact } from '../fixtures/areas';

const confirmed = { number: 'confirmed', hours: 'verify' } as const;
const verify = { number: 'verify', hours: 'verify' } as const;

describe('coverage report', () => {
  const area = testArea({
    contacts: [
      testContact({ id: 'testshire-fd', role: 'front-door', audience: 'children', phone: '01234 567890', confidence: confirmed }),
      testContact({ id: 'testshire-edt', role: 'out-of-hours', audience: 'both', phone: '01234 000111', confidence: verify }),
      testContact({ id: 'testshire-police', role: 'police', audience: 'both', phone: '101', confidence: confirmed }),
    ],
    gaps: [{ audience: 'adults', role: 'front-door', advice: 'No verified adult front door yet: call 999 or 101.' }],
  });

  it.each([
    ['children', 'front-door', 'confirmed'],
    ['children', 'out-of-hours', 'verify'],
    ['adults', 'front-door', 'gap'],
    ['adults', 'out-of-hours', 'verify'], // a team for "both" counts for adults too
  ])('%s %s → %s', (audience, role, expected) => {
    expect(routeStatus(area, audience, role)).toBe(expected);
  });

  it('states the totals and one row per area; 101 and 999 are not counted as local numbers', () => {
    const text: string = coverageReport([area], { [area.councilCode]: 'Testshire', E06000098: 'Elsewhere' });
    expect(text).toContain('Areas covered: **1 of the 2**');
    expect(text).toContain('Numbers confirmed by an official page: **1**; numbers marked verify: **1**');
    expect(text).toContain('Gaps (a route with no number, where the extension says what to do instead): **1** of 4 routes.');
    expect(text).toContain('Not covered yet: E06000098 Elsewhere.');
    expect(text).toMatch(/\| Testshire \| .* \| confirmed \| verify \| gap \| verify \|/);
  });

  it('data/COVERAGE.md is what `npm run data:coverage` writes now', () => {
    const { areas, councils } = readAll(join(process.cwd(), 'data'));
    const committed = readFileSync(join(process.cwd(), 'data/COVERAGE.md'), 'utf8');
    expect(committed === coverageReport(areas, councils), 'data/COVERAGE.md is out of date: run `npm run data:coverage`').toBe(true);
  });
});
