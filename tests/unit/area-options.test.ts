import { describe, expect, it } from 'vitest';
import { readAreaHint, writeAreaHint } from '../../lib/contacts/area-hint';
import { filterOptions, pickerOptions, type AreaIndexEntry } from '../../lib/contacts/area-options';
import { AREA_INDEX } from '../../lib/contacts/areas';

const entry = (id: string, name: string, council = `${name} Council`): AreaIndexEntry => ({ id, name, council, councilCode: 'E06000001' });
const INDEX = [
  entry('bristol', 'Bristol'),
  entry('kingston-upon-hull', 'Kingston upon Hull', 'Hull City Council'),
  entry('kingston-upon-thames', 'Kingston upon Thames', 'Royal Borough of Kingston; children: Achieving for Children'),
  entry('richmond-upon-thames', 'Richmond upon Thames', 'Richmond Council; children: Achieving for Children'),
  entry('walsall', 'Walsall'),
];

describe('area picker order', () => {
  it('puts the practitioner’s area, then the organisation’s, first; then every other by name', () => {
    const ids = pickerOptions(INDEX, { own: 'walsall', policyDefault: 'kingston-upon-thames' }).map((o) => [o.id, o.tag]);
    expect(ids).toEqual([
      ['walsall', 'your area'],
      ['kingston-upon-thames', "your organisation's area"],
      ['bristol', null],
      ['kingston-upon-hull', null],
      ['richmond-upon-thames', null],
    ]);
  });

  it('lists an area once when it is both the practitioner’s and the policy’s', () => {
    const options = pickerOptions(INDEX, { own: 'bristol', policyDefault: 'bristol' });
    expect(options.map((o) => o.id)).toEqual(['bristol', 'kingston-upon-hull', 'kingston-upon-thames', 'richmond-upon-thames', 'walsall']);
    expect(options[0]?.tag).toBe('your area');
  });
});

describe('area picker filter', () => {
  it.each([
    ['', ['bristol', 'kingston-upon-hull', 'kingston-upon-thames', 'richmond-upon-thames', 'walsall']],
    ['kin', ['kingston-upon-hull', 'kingston-upon-thames']],
    ['KINGSTON UPON T', ['kingston-upon-thames']],
    // Words of the name, in any order of typing: "upon thames" matches two boroughs.
    ['thames', ['kingston-upon-thames', 'richmond-upon-thames']],
    ['hull', ['kingston-upon-hull']],
    // The council that runs the service, last.
    ['achieving', ['kingston-upon-thames', 'richmond-upon-thames']],
    ['atlantis', []],
  ])('%j → %j', (typed, expected) => {
    expect(filterOptions(pickerOptions(INDEX, {}), typed).map((o) => o.id)).toEqual(expected);
  });

  it('ranks a name that starts with the text before one that only contains it', () => {
    const index = [entry('east-sussex', 'East Sussex'), entry('sussex-x', 'Sussex Downs')];
    expect(filterOptions(index, 'sussex').map((o) => o.id)).toEqual(['sussex-x', 'east-sussex']);
  });
});

describe('the shipped index', () => {
  it('has 153 English councils, each once, by name', () => {
    expect(AREA_INDEX).toHaveLength(153);
    expect(new Set(AREA_INDEX.map((a) => a.id)).size).toBe(153);
  });
});

describe('first-paint hint', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };
  const view = { id: 'walsall', name: 'Walsall', councilCode: 'E08000030', contacts: [] };

  it('gives back the saved view for this build, and only the id for another build', () => {
    const store = memory();
    writeAreaHint(store, view, 'build-a');
    expect(readAreaHint(store, 'build-a')).toEqual({ id: 'walsall', view });
    expect(readAreaHint(store, 'build-b')).toEqual({ id: 'walsall', view: null });
  });

  it('reads the old id-only hint, and survives junk or a storage that throws', () => {
    const store = memory();
    store.setItem('sc-area-hint', 'dudley');
    expect(readAreaHint(store, 'x')).toEqual({ id: 'dudley', view: null });
    store.setItem('sc-area-view', '{not json');
    expect(readAreaHint(store, 'x')).toEqual({ id: null, view: null });
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(readAreaHint(throwing, 'x')).toEqual({ id: null, view: null });
    expect(() => writeAreaHint(throwing, view, 'x')).not.toThrow();
  });
});
