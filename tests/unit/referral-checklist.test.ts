import { describe, expect, it } from 'vitest';
import { MARF_CHECKLIST, guidanceFor, itemsFor, sectionsFor } from '../../lib/referral/checklist';

describe('checklist', () => {
  it('has the nine MARF sections for a child and an adult', () => {
    for (const subject of ['child', 'adult'] as const) expect(sectionsFor(MARF_CHECKLIST, subject)).toHaveLength(9);
  });

  it.each([
    ['person.school', true, false],
    ['household.parents', true, false],
    ['voice.capacity', false, true],
    ['concern.what', true, true],
  ])('%s: child %s, adult %s', (id, child, adult) => {
    expect(itemsFor(MARF_CHECKLIST, 'child').some((i) => i.id === id)).toBe(child);
    expect(itemsFor(MARF_CHECKLIST, 'adult').some((i) => i.id === id)).toBe(adult);
  });

  it('has unique item ids', () => {
    const ids = MARF_CHECKLIST.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('guidance', () => {
  it.each([
    [[], undefined, []],
    [['trafficking'], undefined, ['Trafficking: the ACTION indicators']],
    [['physical'], 'given', []],
    [[], 'not-sought', ['Sharing without consent: record the reason']],
    [[], 'refused', ['Sharing without consent: record the reason']],
    [['trafficking', 'domestic-abuse'], 'refused', ['Trafficking: the ACTION indicators', 'Domestic abuse: what to ask about', 'Sharing without consent: record the reason']],
  ])('concern types %j, consent %s', (types, consent, titles) => {
    expect(guidanceFor('child', types, consent).map((g) => g.title)).toEqual(titles);
  });

  it('tells the NRM consent rule for the subject', () => {
    expect(guidanceFor('child', ['trafficking'], undefined)[0]?.lines.at(-1)).toMatch(/child needs no consent/);
    expect(guidanceFor('adult', ['trafficking'], undefined)[0]?.lines.at(-1)).toMatch(/adult must consent/);
  });
});
