// Checks every bundled data file the way a reviewer would: shape, numbers, coverage of each
// audience, known wrong numbers, and that the derived postcode table is current. A failure names
// the file and the exact field, so whoever edits the JSON knows what to fix.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AREA_INDEX, loadArea, loadCallNow } from '../../lib/contacts/areas';
import { BANK_HOLIDAYS, NATIONAL_CONTACTS } from '../fixtures/bundled';
import {
  AreaSchema,
  BankHolidaysSchema,
  NationalSchema,
  PostcodeTableSchema,
  checkUkPhone,
  type Area,
  type BankHolidays,
  type Contact,
  type PostcodeTable,
} from '../../lib/contacts/schema';

// zod/mini ships without messages; the English ones make the errors readable.
z.config(z.locales.en());

// Vitest runs from the project root (happy-dom gives import.meta.url an http: address).
const ROOT = process.cwd();
const DATA = join(ROOT, 'data');
const SPECIAL: Record<string, z.ZodMiniType> = {
  'national.json': NationalSchema,
  'bank-holidays.json': BankHolidaysSchema,
  'postcode-districts.json': PostcodeTableSchema,
};
// Area files are data/areas/<id>.json; they are named here by their file name alone.
const AREA_FILES = readdirSync(join(DATA, 'areas')).filter((file) => file.endsWith('.json')).sort();
const FILES = [...Object.keys(SPECIAL), ...AREA_FILES];

const rawText = (file: string) => readFileSync(file in SPECIAL ? join(DATA, file) : join(DATA, 'areas', file), 'utf8');
const readJson = (file: string): unknown => JSON.parse(rawText(file));
const areaOf = (file: string) => readJson(file) as Area;
const national = () => readJson('national.json') as { contacts: Contact[] };
const postcodes = () => readJson('postcode-districts.json') as PostcodeTable;

/** "contacts[2].hours.periods[0].close", the way someone reading the JSON would find it. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One line per problem: "file: field: what is wrong". Empty when the data is valid. */
function describeProblems(file: string, schema: z.ZodMiniType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`);
}

function schemaFor(file: string): z.ZodMiniType {
  return SPECIAL[file] ?? AreaSchema;
}

function allContacts(): { file: string; contact: Contact }[] {
  return [
    ...AREA_FILES.flatMap((file) => areaOf(file).contacts.map((contact) => ({ file, contact }))),
    ...national().contacts.map((contact) => ({ file: 'national.json', contact })),
  ];
}

describe('every data file', () => {
  it.each(FILES)('%s is valid JSON that matches its schema', (file) => {
    let data: unknown;
    try {
      data = readJson(file);
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    expect(describeProblems(file, schemaFor(file), data)).toEqual([]);
  });

  it.each(AREA_FILES)('%s is named after its area id', (file) => {
    expect(`${areaOf(file).id}.json`).toBe(file);
  });

  it('has no contact id used twice, in one file or across files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, contact } of allContacts()) {
      const first = seen.get(contact.id);
      if (first) duplicates.push(`${file}: contact id "${contact.id}" is already used in ${first}`);
      else seen.set(contact.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it('prefixes contact ids with the area id (or "national")', () => {
    const wrong = allContacts()
      .filter(({ file, contact }) => !contact.id.startsWith(`${file.replace(/\.json$/, '')}-`))
      .map(({ file, contact }) => `${file}: "${contact.id}"`);
    expect(wrong).toEqual([]);
  });

  it('writes every phone number as a well-formed UK number, in fields and in free text', () => {
    const problems: string[] = [];
    for (const { file, contact } of allContacts()) {
      const phones = [contact.phone, ...(contact.otherPhones ?? []).map((other) => other.phone)];
      for (const phone of phones) {
        const problem = phone === undefined ? undefined : checkUkPhone(phone);
        if (problem) problems.push(`${file}: ${contact.id}: ${problem}`);
      }
    }
    // Numbers quoted in notes or advice must be right too: a run of digits starting with 0.
    for (const file of AREA_FILES.concat('national.json')) {
      for (const match of rawText(file).matchAll(/(?<![\w:.\-/])0\d(?:\d| (?=\d))+/g)) {
        const digits = match[0].replace(/ /g, '');
        if (digits.length < 6) continue;
        const problem = checkUkPhone(match[0]);
        if (problem) problems.push(`${file}: "${match[0]}" in the text: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('states the hours in words, and marks unstated hours "verify"', () => {
    const problems: string[] = [];
    for (const { file, contact } of allContacts()) {
      if (contact.hours.kind !== 'always' && !contact.hours.text) problems.push(`${file}: ${contact.id}: hours.text is missing`);
      if (contact.hours.kind === 'unstated' && contact.confidence.hours !== 'verify') {
        problems.push(`${file}: ${contact.id}: hours are not stated, so confidence.hours must be "verify"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('each area', () => {
  const NEEDS = [
    ['children', 'front-door'],
    ['children', 'out-of-hours'],
    ['adults', 'front-door'],
    ['adults', 'out-of-hours'],
  ] as const;

  it.each(AREA_FILES)('%s has a front door and an out-of-hours route for children and adults, or says why not', (file) => {
    const area = areaOf(file);
    const missing = NEEDS.filter(
      ([audience, role]) =>
        !area.contacts.some((c) => c.role === role && (c.audience === audience || c.audience === 'both')) &&
        !(area.gaps ?? []).some((gap) => gap.audience === audience && gap.role === role),
    ).map(
      ([audience, role]) =>
        `${file}: no ${audience} ${role} contact: add one (audience "${audience}" or "both") or a "gaps" entry saying what to do instead`,
    );
    expect(missing).toEqual([]);
  });

  it.each(AREA_FILES)('%s times every "outside-front-door" team against a front door of the same audience', (file) => {
    const area = areaOf(file);
    const orphans = area.contacts
      .filter((c) => c.hours.kind === 'outside-front-door')
      .flatMap((c) => (c.audience === 'both' ? (['children', 'adults'] as const) : [c.audience]).map((aud) => ({ c, aud })))
      .filter(({ aud }) => !area.contacts.some((f) => f.role === 'front-door' && (f.audience === aud || f.audience === 'both')))
      .map(({ c, aud }) => `${file}: ${c.id}: "outside-front-door" hours, but no ${aud} front door to time it against: give its hours as "unstated"`);
    expect(orphans).toEqual([]);
  });

  it.each(AREA_FILES)('%s has the police on 101 and no contact without a way to reach it', (file) => {
    const area = areaOf(file);
    expect(area.contacts.some((c) => c.role === 'police' && c.phone === '101')).toBe(true);
    const unreachable = area.contacts.filter((c) => !c.phone && !c.url && !c.email && c.role !== 'online-form');
    expect(unreachable.map((c) => c.id)).toEqual([]);
  });
});

describe('numbers that must (not) appear', () => {
  it('gives the NSPCC Helpline as 0808 800 5000, never the misprinted 0800 800 5000', () => {
    const nspcc = NATIONAL_CONTACTS.find((c) => c.name.startsWith('NSPCC Helpline'));
    expect(nspcc?.phone).toBe('0808 800 5000');
    const misprinted = FILES.filter((file) => rawText(file).replace(/ /g, '').includes('08008005000'));
    expect(misprinted).toEqual([]);
  });

  it.each(['0300 333 3000', '0345 113 5000'])('never lists the old police number %s', (old) => {
    const digits = old.replace(/ /g, '');
    expect(FILES.filter((file) => rawText(file).replace(/ /g, '').includes(digits))).toEqual([]);
  });

  // Rows the reference marks "do not ship": old, replaced, misprinted or not-for-referrals lines,
  // listed per region in tests/fixtures/known-wrong/ so a later edit cannot bring one back.
  const KNOWN_WRONG_DIR = join(ROOT, 'tests/fixtures/known-wrong');
  const KNOWN_WRONG = readdirSync(KNOWN_WRONG_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(KNOWN_WRONG_DIR, file), 'utf8')) as { areaId: string; phone: string; reason: string }[]).map(
        (entry) => [entry.areaId, entry.phone, entry.reason, file] as const,
      ),
    );

  it.each(KNOWN_WRONG)('%s never lists the do-not-ship number %s (%s; %s)', (areaId, phone) => {
    expect(AREA_FILES, `known-wrong list names an area with no file: ${areaId}`).toContain(`${areaId}.json`);
    expect(rawText(`${areaId}.json`).replace(/ /g, '')).not.toContain(phone.replace(/ /g, ''));
  });

  it.each(['0845', '0870', '0871'])('lists no %s numbers (old, charged, and marked do-not-ship), in any field or text', (prefix) => {
    const found = allContacts()
      .flatMap(({ file, contact }) =>
        [contact.phone, ...(contact.otherPhones ?? []).map((other) => other.phone)].map((phone) => ({ file, phone })),
      )
      .filter(({ phone }) => phone?.replace(/ /g, '').startsWith(prefix));
    expect(found).toEqual([]);
    const inText = FILES.filter((file) => new RegExp(`(?<![\\d])${prefix.split('').join(' ?')}[ \\d]{6,}`).test(rawText(file)));
    expect(inText).toEqual([]);
  });

  it('gives Sandwell no children’s out-of-hours number, since the sources disagree', () => {
    const sandwell = areaOf('sandwell.json');
    expect(sandwell.contacts.filter((c) => c.role === 'out-of-hours' && c.audience !== 'adults')).toEqual([]);
    expect(sandwell.gaps).toContainEqual(expect.objectContaining({ audience: 'children', role: 'out-of-hours' }));
  });

  it('keeps 01905 768020 as the children’s out-of-hours line of both Worcestershire and Herefordshire', () => {
    for (const file of ['worcestershire.json', 'herefordshire.json']) {
      const edt = areaOf(file).contacts.find((c) => c.phone === '01905 768020');
      expect(edt, file).toMatchObject({ audience: 'children', role: 'out-of-hours' });
    }
  });

  it('keeps the confirmed Wolverhampton referral rule: the MARF within 24 hours', () => {
    expect(areaOf('wolverhampton.json').referral).toMatchObject({
      deadline: { unit: 'hours', value: 24 },
      deadlineConfidence: 'confirmed',
      formName: 'Multi-Agency Referral Form (MARF)',
    });
  });

  it('says the Worcestershire adult advice line does not take referrals', () => {
    const line = areaOf('worcestershire.json').contacts.find((c) => c.phone === '01905 843189');
    expect(line?.role).toBe('advice-only');
    expect(line?.notes).toMatch(/does NOT take referrals/);
  });
});

describe('bank holidays', () => {
  const events = () => (readJson('bank-holidays.json') as BankHolidays).events;

  it('lists each date once, in order, and only on weekdays (weekend ones have substitute days)', () => {
    const dates = events().map((event) => event.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    const weekends = dates.filter((date) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()));
    expect(weekends).toEqual([]);
  });

  it.each([
    ['2025-04-18', true],
    ['2026-12-28', true],
    ['2026-12-26', false],
    ['2027-03-29', true],
    ['2027-12-27', true],
  ])('%s is a bank holiday: %s', (date, expected) => {
    expect(BANK_HOLIDAYS.has(date)).toBe(expected);
  });

  it('covers 2025 to 2027, eight a year', () => {
    for (const year of ['2025', '2026', '2027']) {
      expect(events().filter((event) => event.date.startsWith(year))).toHaveLength(8);
    }
  });
});

describe('postcode districts', () => {
  const WOLVERHAMPTON = 'E08000031';
  const WORCESTERSHIRE = 'E10000034';

  it.each([
    ['WV1', [WOLVERHAMPTON]],
    ['WV2', [WOLVERHAMPTON]],
    ['WV14', ['E08000027', 'E08000028', 'E08000030', WOLVERHAMPTON]],
    ['WR1', [WORCESTERSHIRE]],
    ['B60', [WORCESTERSHIRE]],
    // Split across Worcestershire districts and another county: one county code each.
    ['WR8', ['E10000013', WORCESTERSHIRE]],
    ['B97', ['E10000031', WORCESTERSHIRE]],
    ['DY10', ['E10000028', WORCESTERSHIRE]],
  ])('%s → %j', (district, councils) => {
    expect(postcodes().districts[district]).toEqual(councils);
  });

  it.each(['WV5', 'WV7', 'WV15', 'WV16'])('%s is not Wolverhampton', (district) => {
    expect(postcodes().districts[district]).toBeDefined();
    expect(postcodes().districts[district]).not.toContain(WOLVERHAMPTON);
  });

  it('names every council it lists, and reaches every bundled area', () => {
    const table = postcodes();
    const unnamed = [...new Set(Object.values(table.districts).flat())].filter((code) => !table.councils[code]);
    expect(unnamed).toEqual([]);
    expect(AREA_FILES.map((file) => areaOf(file).councilCode).filter((code) => !table.councils[code])).toEqual([]);
    // Counties replace their districts, so no Worcestershire district code is left.
    expect(table.councils[WORCESTERSHIRE]).toBe('Worcestershire');
    expect(table.councils.E07000237).toBeUndefined();
  });

  it('keeps the licence notice and credits the source', () => {
    const { source } = postcodes();
    expect(source).toMatch(/COVID-19 app/);
    expect(source).toMatch(/MIT/);
    expect(source).toMatch(/Crown Copyright 2020/);
    expect(source).toMatch(/Permission is hereby granted/);
  });

  describe('derivation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'derive-postcodes-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('data/postcode-districts.json is what `npm run data:postcodes` writes now', () => {
      const out = join(dir, 'postcode-districts.json');
      execFileSync(process.execPath, [join(ROOT, 'scripts/derive-postcodes.mjs'), '--out', out], { stdio: 'pipe' });
      const upToDate = readFileSync(out, 'utf8') === rawText('postcode-districts.json');
      expect(upToDate, 'data/postcode-districts.json is out of date: run `npm run data:postcodes`').toBe(true);
    });
  });
});

describe('the area index and chunks', () => {
  it('lists every area file once, by name', () => {
    const ids = AREA_INDEX.map((area) => area.id);
    expect([...ids].sort()).toEqual(AREA_FILES.map((file) => file.replace(/\.json$/, '')));
    const names = AREA_INDEX.map((area) => area.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('loads an area by id from its own chunk, and nothing for an unknown one', async () => {
    expect((await loadArea('walsall'))?.name).toBe('Walsall');
    expect((await loadCallNow('leeds'))?.contacts.every((c) => c.role === 'front-door' || c.role === 'out-of-hours')).toBe(true);
    expect(await loadArea('atlantis')).toBeUndefined();
  });
});

describe('coverage of England', () => {
  const englishCouncils = () => Object.keys(postcodes().councils).filter((code) => code.startsWith('E'));
  const codesWithFiles = () => AREA_FILES.map((file) => areaOf(file).councilCode);

  it('has one area file per council code (no council twice)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of AREA_FILES) {
      const code = areaOf(file).councilCode;
      if (seen.has(code)) twice.push(`${file} and ${seen.get(code)} both have council code ${code}`);
      seen.set(code, file);
    }
    expect(twice).toEqual([]);
  });

  it('names every English upper-tier council in the postcode table: 153', () => {
    expect(englishCouncils()).toHaveLength(153);
  });

  it('has an area file for every English council in the postcode table (the list is what is not covered yet)', () => {
    const covered = new Set(codesWithFiles());
    const uncovered = englishCouncils()
      .filter((code) => !covered.has(code))
      .map((code) => `${code} ${postcodes().councils[code]}`);
    expect(uncovered).toEqual([]);
  });
});

describe('error messages for someone adding an area', () => {
  function brokenExample(): unknown {
    const area = structuredClone(areaOf('wolverhampton.json')) as unknown as {
      contacts: Record<string, unknown>[];
    };
    const [first, second, third] = area.contacts;
    if (!first || !second || !third) throw new Error('wolverhampton.json needs three contacts for this example');
    third.phone = '01902 5553'; // a digit short
    second.hours = { kind: 'weekly', periods: [{ days: ['Mon'], open: '08:30', close: '5pm' }], bankHolidays: 'closed' };
    first.audience = 'kids';
    first.phnoe = '01902 555392'; // a typo in a field name
    return area;
  }

  it('names the file, the field and what is wrong', () => {
    const problems = describeProblems('example.json', AreaSchema, brokenExample());
    expect(problems).toEqual(
      expect.arrayContaining([
        'example.json: contacts[2].phone: A UK number starting with 0 has 10 or 11 digits; "01902 5553" has 9.',
        'example.json: contacts[1].hours.periods[0].close: Write the time as 24-hour HH:MM, for example "08:30"; "24:00" means midnight at the end of the day.',
        expect.stringMatching(/^example\.json: contacts\[0\]\.audience: .*"children"/),
        expect.stringMatching(/^example\.json: contacts\[0\]: .*phnoe/),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('finds nothing wrong with the real file', () => {
    expect(describeProblems('wolverhampton.json', AreaSchema, readJson('wolverhampton.json'))).toEqual([]);
  });
});
