import { describe, expect, it } from 'vitest';
import { BUNDLED_AREAS } from '../fixtures/bundled';
import { lookupPostcode } from '../../lib/contacts/postcode';
import type { PostcodeTable } from '../../lib/contacts/schema';
import table from '../../data/postcode-districts.json';

const lookup = (input: string) => lookupPostcode(input, table as PostcodeTable, BUNDLED_AREAS);

describe('postcode → area', () => {
  it.each([
    ['WV1 1AA', 'wolverhampton', 'WV1'],
    ['wv11aa', 'wolverhampton', 'WV1'],
    ['  WV2 4NH ', 'wolverhampton', 'WV2'],
    ['WR1', 'worcestershire', 'WR1'],
    ['WR1 2AB', 'worcestershire', 'WR1'],
    ['B60 1AA', 'worcestershire', 'B60'],
    ['WV1\t1AA', 'wolverhampton', 'WV1'], // pasted with a tab
    ['WV1   1AA', 'wolverhampton', 'WV1'],
    ['wr 1', 'worcestershire', 'WR1'], // a first half typed with a space
  ])('%s picks %s', (input, areaId, district) => {
    expect(lookup(input)).toMatchObject({ kind: 'area', areaId, district });
  });

  it('lists the four councils of the split district WV14 and picks none', () => {
    const result = lookup('WV14');
    expect(result.kind).toBe('choose');
    if (result.kind !== 'choose') return;
    expect(result.district).toBe('WV14');
    expect(result.councils.map((c) => c.areaId).sort()).toEqual(['dudley', 'sandwell', 'walsall', 'wolverhampton']);
    expect(lookup('WV14 1AA').kind).toBe('choose');
  });

  it('offers a covered council and names an uncovered one in a split district', () => {
    const result = lookup('DY10 1AA');
    expect(result.kind).toBe('choose');
    if (result.kind !== 'choose') return;
    expect(result.councils).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ areaId: 'worcestershire' }),
        expect.objectContaining({ areaId: 'staffordshire' }),
      ]),
    );
  });

  it('finds Westminster for SW1A 1AA (a sub-district listed under its own code)', () => {
    expect(lookup('SW1A 1AA')).toMatchObject({ kind: 'area', district: 'SW1A', areaId: 'westminster' });
  });

  it('says a Scottish postcode is not covered yet and names its council', () => {
    const result = lookup('EH1 1AA');
    expect(result.kind).toBe('not-covered');
    if (result.kind === 'not-covered') expect(result.councils.map((c) => c.name)).toEqual(['City of Edinburgh']);
  });

  it.each(['hello', '12345', 'WV1 1A', ''])('explains why %j is not a postcode', (input) => {
    const result = lookup(input);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.message).toMatch(/postcode/i);
  });

  it('names the input in the error so the user sees what was read', () => {
    expect(lookup('hello')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"hello" is not a valid UK postcode') });
    expect(lookup('  hello ')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"hello" is not') });
  });

  it('asks for a postcode when the box is empty, rather than calling nothing invalid', () => {
    expect(lookup('   ')).toEqual({ kind: 'invalid', message: 'Enter a postcode, for example WV1 1AA, or its first half, for example WV14.' });
  });

  it('says when a well-formed district is not in the table instead of guessing', () => {
    expect(lookup('ZZ99 9ZZ')).toMatchObject({ kind: 'unknown-district' });
  });
});

describe('the derived table names the council that runs safeguarding', () => {
  it.each([
    ['CB1 1AA', 'Cambridgeshire'],
    ['S40 1AA', 'Derbyshire'],
    ['HG1 1AA', 'North Yorkshire'],
    ['NN1 1AA', 'West Northamptonshire'],
  ])('%s → %s, not its district', (input, council) => {
    const result = lookup(input);
    expect(result).toMatchObject({ kind: 'area', areaName: council });
  });
});

describe('a district shared with a council the tool does not cover', () => {
  it('lists the uncovered council as "not covered yet" beside the covered one (HR3: Herefordshire and Powys)', () => {
    const result = lookup('HR3 5AA');
    expect(result.kind).toBe('choose');
    if (result.kind !== 'choose') return;
    expect(result.councils.map((c) => [c.name, c.areaId])).toEqual([
      ['Herefordshire', 'herefordshire'],
      ['Powys', null],
    ]);
  });
});

describe('a sub-district the table lists only under its district', () => {
  const westminster = (table as PostcodeTable).districts['SW1A']!;
  const only = (districts: PostcodeTable['districts']) =>
    lookupPostcode('SW1A 1AA', { ...(table as PostcodeTable), districts }, BUNDLED_AREAS);

  it('finds SW1A 1AA under SW1 and says which district answered', () => {
    expect(only({ SW1: westminster })).toMatchObject({ kind: 'area', district: 'SW1', areaId: 'westminster' });
  });

  it('says the district typed is unknown when neither SW1A nor SW1 is listed', () => {
    expect(only({ SW2: westminster })).toEqual({ kind: 'unknown-district', district: 'SW1A' });
  });

  it('treats a district listed with no councils as unknown, not as "not covered"', () => {
    expect(only({ SW1A: [] })).toEqual({ kind: 'unknown-district', district: 'SW1A' });
  });
});
