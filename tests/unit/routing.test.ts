import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BANK_HOLIDAYS, BUNDLED_AREAS, findArea } from '../fixtures/bundled';
import { hoursLabel, isOpen } from '../../lib/contacts/hours';
import {
  callNow,
  contactState,
  contactsForArea,
  NOTE_NO_LOCAL,
  type Audience,
  type CallNow,
} from '../../lib/contacts/routing';
import type { Area, Contact, Hours } from '../../lib/contacts/schema';

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

function contact(id: string, fields: Partial<Contact> & Pick<Contact, 'audience' | 'role' | 'hours'>): Contact {
  return {
    id,
    name: id,
    confidence: { number: 'confirmed', hours: 'confirmed' },
    source: ['https://example.org/'],
    verifiedOn: '2026-11-22',
    ...fields,
  };
}

function area(contacts: Contact[], gaps?: Area['gaps']): Area {
  return {
    id: 'testshire',
    name: 'Testshire',
    council: 'Testshire Council',
    councilCode: 'E10000001',
    policeForce: 'Test Police',
    contacts,
    ...(gaps ? { gaps } : {}),
    referral: {},
  };
}

const OFFICE_9_TO_5: Hours = {
  kind: 'weekly',
  periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '09:00', close: '17:00' }],
  bankHolidays: 'closed',
};
const NIGHTS: Hours = {
  kind: 'weekly',
  periods: [
    { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '17:00', close: '08:00' },
    { days: ['Sat', 'Sun'], open: '00:00', close: '24:00' },
  ],
  bankHolidays: 'open',
};

const ids = (r: { entries: { contact: Contact }[] }) => r.entries.map((e) => e.contact.id);

describe('callNow rules (small fixtures)', () => {
  const TUE_1000 = new Date('2026-11-24T10:00:00Z'); // Tue 10:00 GMT
  const TUE_0830 = new Date('2026-11-24T08:30:00Z'); // Tue 08:30 GMT: between night and office

  it('gives a confirmed open front door alone, ahead of a 24-hour out-of-hours line', () => {
    const a = area([
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: { kind: 'always' } }),
      contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 }),
    ]);
    const r = callNow(a, 'children', TUE_1000, NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front']);
    expect(r.entries[0]!.label).toBe('Open until 17:00');
    expect(r.note).toBeNull();
  });

  it('lists only front doors and out-of-hours teams for the audience asked (or both)', () => {
    const a = area([
      contact('advice', { audience: 'adults', role: 'advice-only', hours: { kind: 'always' } }),
      contact('police', { audience: 'both', role: 'police', hours: { kind: 'always' } }),
      contact('kids', { audience: 'children', role: 'front-door', hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } }),
      contact('grown-ups', { audience: 'adults', role: 'front-door', hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } }),
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS }),
    ]);
    expect(ids(callNow(a, 'children', TUE_1000, NO_HOLIDAYS))).toEqual(['kids', 'ooh']);
    expect(ids(callNow(a, 'adults', TUE_1000, NO_HOLIDAYS))).toEqual(['grown-ups', 'ooh']);
  });

  it('puts a number with unpublished hours first and keeps the closed alternative, with a note', () => {
    const a = area([
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS }),
      contact('front', { audience: 'children', role: 'front-door', hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } }),
    ]);
    const r = callNow(a, 'children', TUE_1000, NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front', 'ooh']);
    expect(r.entries.map((e) => e.label)).toEqual(['Hours not published — check before relying', 'Closed — opens 17:00']);
    // The other number is closed: the note says when it opens and gives 999 / 101 meanwhile.
    expect(r.note).toBe('Opening hours are not published. If there is no answer: ooh opens at 17:00; if a child is in danger call 999, otherwise 101.');
  });

  it('shows both numbers and names the gap when the published hours leave one', () => {
    const a = area([
      contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 }),
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS }),
    ]);
    const r = callNow(a, 'children', TUE_0830, NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front', 'ooh']);
    expect(r.note).toBe('The published hours leave a gap now: front opens at 09:00. Until then, if a child is in danger call 999, otherwise 101.');
    expect(r.entries.map((e) => e.label)).toEqual(['Closed — opens 09:00', 'Closed — opens 17:00']);
  });

  it('with one unconfirmed number, says so and passes on the area’s advice for the missing route', () => {
    const advice = 'No out-of-hours number for adults: call 999 in an emergency, otherwise 101.';
    const a = area(
      [contact('front', { audience: 'adults', role: 'front-door', hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } })],
      [
        { audience: 'adults', role: 'out-of-hours', advice },
        { audience: 'children', role: 'out-of-hours', advice: 'Advice that belongs to the children’s side only.' },
      ],
    );
    const r = callNow(a, 'adults', new Date('2026-11-24T22:00:00Z'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front']);
    expect(r.note).toBe('Opening hours are not published. If there is no answer: if an adult is in danger call 999, otherwise 101.');
    expect(r.gapAdvice).toBe(advice);
  });

  it('with one confirmed number that is closed, says what to do until it opens', () => {
    const a = area([contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 })]);
    const r = callNow(a, 'children', new Date('2026-11-24T22:00:00Z'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front']);
    expect(r.entries[0]!.label).toBe('Closed — opens 09:00 tomorrow');
    expect(r.note).toBe('The published hours leave a gap now: front opens at 09:00 tomorrow. Until then, if a child is in danger call 999, otherwise 101.');
  });

  it('never leaves the section empty without saying what to do', () => {
    const a = area([contact('police', { audience: 'both', role: 'police', hours: { kind: 'always' } })]);
    const r = callNow(a, 'adults', TUE_1000, NO_HOLIDAYS);
    expect(r.entries).toEqual([]);
    expect(r.note).toBe(NOTE_NO_LOCAL);
    expect(r.gapAdvice).toBeNull();
  });
});

describe('contactsForArea', () => {
  it('groups children, adults, police and national numbers, the national ones last', () => {
    const kids = contact('kids', { audience: 'children', role: 'front-door', hours: { kind: 'unstated' } });
    const adults = contact('adults', { audience: 'adults', role: 'front-door', hours: { kind: 'unstated' } });
    const edt = contact('edt', { audience: 'both', role: 'out-of-hours', hours: { kind: 'always' } });
    const sarahsLaw = contact('sarahs-law', { audience: 'children', role: 'police', hours: { kind: 'always' } });
    const nineNineNine = contact('emergency', { audience: 'both', role: 'emergency', hours: { kind: 'always' } });
    const nspcc = contact('nspcc', { audience: 'children', role: 'helpline', hours: { kind: 'always' } });
    const groups = contactsForArea(area([kids, adults, edt, sarahsLaw, nineNineNine]).contacts, [nspcc]);
    expect(Object.keys(groups)).toEqual(['children', 'adults', 'police', 'national']);
    expect(groups.children).toEqual([kids, edt]);
    expect(groups.adults).toEqual([adults, edt]);
    expect(groups.police).toEqual([sarahsLaw, nineNineNine]);
    expect(groups.national).toEqual([nspcc]);
  });
});

// The scenarios below run against the data the extension ships, because they prove that the
// product gives the right answer for the real areas.
function bundled(id: string): Area {
  const a = findArea(id);
  if (!a) throw new Error(`${id} is not bundled`);
  return a;
}
const WOLVERHAMPTON = bundled('wolverhampton');
const WORCESTERSHIRE = bundled('worcestershire');

const ADULT_MASH = 'wolverhampton-adult-mash';
const CHILDRENS_MASH = 'wolverhampton-childrens-mash';
const EDT = 'wolverhampton-edt';
const FAMILY_FRONT_DOOR = 'worcestershire-family-front-door';
const WORCS_EDT = 'worcestershire-childrens-edt';
const WORCS_ADULT_FRONT_DOOR = 'worcestershire-adult-front-door';

interface Scenario {
  area: Area;
  audience: Audience;
  /** UTC instant; the case name carries the UK wall time. */
  now: string;
  ids: string[];
  labels: string[];
  note: string | null;
}

function expectScenario(s: Scenario): CallNow {
  const r = callNow(s.area, s.audience, new Date(s.now), BANK_HOLIDAYS);
  expect(ids(r)).toEqual(s.ids);
  expect(r.entries.map((e) => e.label)).toEqual(s.labels);
  expect(r.note).toBe(s.note);
  return r;
}

const EDT_NAME = 'Emergency Duty Team (children and adults, out of hours)';
const ADULT_MASH_NAME = 'Adult MASH (adults with care and support needs)';
/** The Adult MASH probably open: if it does not answer, the EDT is closed, so when it opens and 999 / 101. */
const mashOpenNote = (edtOpens: string) =>
  `Opening hours are not confirmed. If there is no answer: ${EDT_NAME} opens at ${edtOpens}; if an adult is in danger call 999, otherwise 101.`;
const GAP_0830 = `The published hours leave a gap now: ${ADULT_MASH_NAME} opens at 08:30. Until then, if an adult is in danger call 999, otherwise 101.`;
const probably = (until: string) => `Probably open until ${until} — hours not confirmed`;

const SCENARIOS: [string, Scenario][] = [
  ['Wolverhampton adults, Fri 20 Nov 16:29 GMT: Adult MASH first, EDT kept (MASH hours unconfirmed)', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-11-20T16:29:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('16:30'), 'Closed — opens 16:30'], note: mashOpenNote('16:30'),
  }],
  ['Wolverhampton adults, Fri 20 Nov 16:31 GMT: EDT alone for the weekend', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-11-20T16:31:00Z',
    ids: [EDT], labels: ['Open until 08:00 Monday'], note: null,
  }],
  ['Wolverhampton adults, Tue 24 Nov 08:15 GMT: the 08:00–08:30 gap', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-11-24T08:15:00Z',
    ids: [ADULT_MASH, EDT], labels: ['Probably closed — opens 08:30', 'Closed — opens 17:00'], note: GAP_0830,
  }],
  ['Wolverhampton adults, Tue 24 Nov 07:59 GMT: EDT still on', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-11-24T07:59:00Z',
    ids: [EDT], labels: ['Open until 08:00'], note: null,
  }],
  ['Wolverhampton children, Tue 24 Nov 10:00 GMT: MASH (hours unpublished) first, EDT kept', {
    area: WOLVERHAMPTON, audience: 'children', now: '2026-11-24T10:00:00Z',
    ids: [CHILDRENS_MASH, EDT], labels: ['Hours not published — check before relying', 'Closed — opens 17:00'],
    note: `Opening hours are not published. If there is no answer: ${EDT_NAME} opens at 17:00; if a child is in danger call 999, otherwise 101.`,
  }],
  ['Wolverhampton children, Tue 24 Nov 20:00 GMT: EDT alone', {
    area: WOLVERHAMPTON, audience: 'children', now: '2026-11-24T20:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Mon 25 May (bank holiday) 10:00 BST: EDT', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-05-25T09:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton children, Mon 25 May (bank holiday) 10:00 BST: EDT', {
    area: WOLVERHAMPTON, audience: 'children', now: '2026-05-25T09:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Tue 26 May 08:45 BST, after the bank holiday: Adult MASH open again', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-05-26T07:45:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('17:00'), 'Closed — opens 17:00'], note: mashOpenNote('17:00'),
  }],
  ['Wolverhampton adults, Wed 1 Jul 08:45 BST (07:45 UTC): Adult MASH open', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-07-01T07:45:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('17:00'), 'Closed — opens 17:00'], note: mashOpenNote('17:00'),
  }],
  ['Wolverhampton adults, Thu 24 Dec 18:00 GMT: EDT through Christmas and the weekend', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-12-24T18:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 Tuesday'], note: null,
  }],
  ['Wolverhampton adults, Mon 28 Dec (substitute Boxing Day) 12:00 GMT: EDT', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-12-28T12:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],

  // Spring: clocks go forward at 01:00 GMT on Sun 29 Mar 2026.
  ['Wolverhampton adults, Sun 29 Mar 00:30 GMT, before the change', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-29T00:30:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 29 Mar 02:00 BST (01:00 UTC), the moment of the change', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-29T01:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 29 Mar 02:30 BST (01:30 UTC), after the change', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-29T01:30:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 29 Mar 20:00 BST', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-29T19:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Mon 30 Mar 07:45 BST (06:45 UTC): EDT', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-30T06:45:00Z',
    ids: [EDT], labels: ['Open until 08:00'], note: null,
  }],
  ['Wolverhampton adults, Mon 30 Mar 08:15 BST (07:15 UTC): the gap, not the EDT', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-30T07:15:00Z',
    ids: [ADULT_MASH, EDT], labels: ['Probably closed — opens 08:30', 'Closed — opens 17:00'], note: GAP_0830,
  }],
  ['Wolverhampton adults, Mon 30 Mar 08:45 BST (07:45 UTC): Adult MASH open', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-03-30T07:45:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('17:00'), 'Closed — opens 17:00'], note: mashOpenNote('17:00'),
  }],

  // Autumn: clocks go back at 01:00 GMT (02:00 BST) on Sun 25 Oct 2026; 01:00–02:00 happens twice.
  ['Wolverhampton adults, Fri 23 Oct 16:29 BST (15:29 UTC)', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-23T15:29:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('16:30'), 'Closed — opens 16:30'], note: mashOpenNote('16:30'),
  }],
  ['Wolverhampton adults, Sun 25 Oct 01:30 BST (first 01:30)', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-25T00:30:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 25 Oct 01:00 GMT (01:00 UTC), the moment of the change', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-25T01:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 25 Oct 01:30 GMT (second 01:30)', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-25T01:30:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Sun 25 Oct 20:00 GMT', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-25T20:00:00Z',
    ids: [EDT], labels: ['Open until 08:00 tomorrow'], note: null,
  }],
  ['Wolverhampton adults, Mon 26 Oct 08:45 GMT: Adult MASH open', {
    area: WOLVERHAMPTON, audience: 'adults', now: '2026-10-26T08:45:00Z',
    ids: [ADULT_MASH, EDT], labels: [probably('17:00'), 'Closed — opens 17:00'], note: mashOpenNote('17:00'),
  }],

  ['Worcestershire adults, Tue 24 Nov 22:00 GMT: the Adult Front Door, hours unpublished', {
    area: WORCESTERSHIRE, audience: 'adults', now: '2026-11-24T22:00:00Z',
    ids: [WORCS_ADULT_FRONT_DOOR], labels: ['Hours not published — check before relying'],
    note: 'Opening hours are not published. If there is no answer: if an adult is in danger call 999, otherwise 101.',
  }],
];

describe('callNow with the bundled data', () => {
  it.each(SCENARIOS)('%s', (_name, scenario) => {
    expectScenario(scenario);
  });

  // Worcestershire's children's hours are unconfirmed (its sources disagree on 08:30 or 09:00),
  // so whichever the data settles on, both routes must show, with a note saying why.
  it.each([
    ['Tue 24 Nov 08:45 GMT', '2026-11-24T08:45:00Z', [FAMILY_FRONT_DOOR, WORCS_EDT]],
    ['Tue 24 Nov 10:00 GMT', '2026-11-24T10:00:00Z', [FAMILY_FRONT_DOOR, WORCS_EDT]],
    ['Sat 21 Nov 12:00 GMT', '2026-11-21T12:00:00Z', [WORCS_EDT, FAMILY_FRONT_DOOR]],
    ['Mon 25 May 10:00 BST, bank holiday', '2026-05-25T09:00:00Z', [WORCS_EDT, FAMILY_FRONT_DOOR]],
  ])('Worcestershire children, %s: both the Family Front Door and the EDT', (_name, now, expected) => {
    const r = callNow(WORCESTERSHIRE, 'children', new Date(now), BANK_HOLIDAYS);
    expect(ids(r)).toEqual(expected);
    expect(r.note).toMatch(/^(Opening hours are not confirmed|The published hours leave a gap now)/);
  });

  it.each([
    // [UK wall time, now, first entry, the instant it closes]
    ['Sun 29 Mar 00:30 GMT', '2026-03-29T00:30:00Z', EDT, '2026-03-30T07:00:00Z'], // Mon 08:00 BST
    ['Sun 29 Mar 02:00 BST', '2026-03-29T01:00:00Z', EDT, '2026-03-30T07:00:00Z'],
    ['Sun 29 Mar 02:30 BST', '2026-03-29T01:30:00Z', EDT, '2026-03-30T07:00:00Z'],
    ['Sun 29 Mar 20:00 BST', '2026-03-29T19:00:00Z', EDT, '2026-03-30T07:00:00Z'],
    ['Mon 30 Mar 08:45 BST', '2026-03-30T07:45:00Z', ADULT_MASH, '2026-03-30T16:00:00Z'], // 17:00 BST
    ['Fri 23 Oct 16:29 BST', '2026-10-23T15:29:00Z', ADULT_MASH, '2026-10-23T15:30:00Z'], // 16:30 BST
    ['Sun 25 Oct 01:30 BST', '2026-10-25T00:30:00Z', EDT, '2026-10-26T08:00:00Z'], // Mon 08:00 GMT
    ['Sun 25 Oct 01:00 GMT', '2026-10-25T01:00:00Z', EDT, '2026-10-26T08:00:00Z'],
    ['Sun 25 Oct 01:30 GMT', '2026-10-25T01:30:00Z', EDT, '2026-10-26T08:00:00Z'],
    ['Sun 25 Oct 20:00 GMT', '2026-10-25T20:00:00Z', EDT, '2026-10-26T08:00:00Z'],
  ])('Wolverhampton adults around a clock change, %s (%s): %s is open until %s', (_wall, now, first, until) => {
    const r = callNow(WOLVERHAMPTON, 'adults', new Date(now), BANK_HOLIDAYS);
    expect(r.entries[0]!.contact.id).toBe(first);
    expect(r.entries[0]!.state).toEqual({ status: 'open', until: new Date(until) });
  });

  it('gives the EDT for adults and for children all through the Spring bank holiday', () => {
    // Every half hour of Mon 25 May 2026, 00:00–23:30 BST.
    for (let t = Date.parse('2026-05-24T23:00:00Z'); t < Date.parse('2026-05-25T23:00:00Z'); t += 30 * 60_000) {
      for (const audience of ['adults', 'children'] as const) {
        expect(ids(callNow(WOLVERHAMPTON, audience, new Date(t), BANK_HOLIDAYS)), new Date(t).toISOString()).toEqual([EDT]);
      }
    }
  });

  it('tells Worcestershire users there is no adult out-of-hours number, whatever the time', () => {
    for (const now of ['2026-11-24T10:00:00Z', '2026-11-24T22:00:00Z', '2026-05-25T09:00:00Z']) {
      const r = callNow(WORCESTERSHIRE, 'adults', new Date(now), BANK_HOLIDAYS);
      expect(r.gapAdvice).toMatch(/999/);
      expect(callNow(WORCESTERSHIRE, 'children', new Date(now), BANK_HOLIDAYS).gapAdvice).toBeNull();
    }
  });

  it('never leaves a bundled area without a number or a reason, across a year at odd minutes', () => {
    // Every 97 minutes through 2026, so each wall-clock minute pattern and both clock changes are crossed.
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 97 * 60_000) {
      const now = new Date(t);
      for (const area of [WOLVERHAMPTON, WORCESTERSHIRE]) {
        for (const audience of ['adults', 'children'] as const) {
          const r = callNow(area, audience, now, BANK_HOLIDAYS);
          expect(r.entries.length).toBeGreaterThan(0);
          const only = r.entries.length === 1 ? r.entries[0]! : null;
          const sureAndOpen = only !== null && only.contact.confidence.hours === 'confirmed' && isOpen(only.state);
          if (!sureAndOpen) expect(r.note, `${area.id} ${audience} ${now.toISOString()}`).not.toBeNull();
        }
      }
    }
  });

  it('answers for every bundled area and audience', () => {
    for (const area of BUNDLED_AREAS) {
      for (const audience of ['adults', 'children'] as const) {
        for (const now of ['2026-11-20T16:31:00Z', '2026-11-24T08:15:00Z', '2026-05-25T09:00:00Z']) {
          const r = callNow(area, audience, new Date(now), BANK_HOLIDAYS);
          expect(r.entries.length > 0 || r.note !== null || r.gapAdvice !== null, `${area.id} ${audience}`).toBe(true);
          for (const e of r.entries) expect(e.label).not.toMatch(/nobody|no one/i);
        }
      }
    }
  });
});

describe('callNow on a computer set to New York time', () => {
  beforeEach(() => {
    vi.stubEnv('TZ', 'America/New_York');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('still answers in UK time', () => {
    // 07:45 UTC on 1 July is 03:45 in New York, when every Wolverhampton office is shut…
    expect(new Date('2026-07-01T07:45:00Z').getHours()).toBe(3);
    // …but 08:45 in Wolverhampton, when the Adult MASH is open.
    expectScenario(SCENARIOS.find(([name]) => name.includes('Wed 1 Jul 08:45 BST'))![1]);
    expectScenario(SCENARIOS.find(([name]) => name.includes('Fri 20 Nov 16:31 GMT'))![1]);
    expectScenario(SCENARIOS.find(([name]) => name.includes('Mon 30 Mar 08:15 BST'))![1]);
  });
});

describe('an out-of-hours team that answers "outside office hours" (timed against the front door)', () => {
  const door = contact('door', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 });
  const ooh = contact('ooh', {
    audience: 'children',
    role: 'out-of-hours',
    hours: { kind: 'outside-front-door', text: 'Outside office hours' },
  });
  const holidays = new Set(['2026-12-28']);
  // December: UK time is UTC.
  it.each([
    ['Tuesday 10:00', '2026-12-01T10:00:00Z', ['door'], 'Open until 17:00'],
    ['Tuesday 19:00', '2026-12-01T19:00:00Z', ['ooh'], 'Open until 09:00 tomorrow'],
    ['Saturday 12:00', '2026-12-05T12:00:00Z', ['ooh'], 'Open until 09:00 Monday'],
    ['bank holiday Monday 12:00', '2026-12-28T12:00:00Z', ['ooh'], 'Open until 09:00 tomorrow'],
  ])('%s: calls %j (%s)', (_, at, expected, label) => {
    const result = callNow(area([door, ooh]), 'children', new Date(at), holidays);
    expect(ids(result)).toEqual(expected);
    expect(result.entries[0]?.label).toBe(label);
    expect(result.note).toBeNull();
  });

  it('is only as sure as the front door: unconfirmed door hours make both numbers show', () => {
    const unsureDoor = { ...door, confidence: { number: 'confirmed', hours: 'verify' } } as Contact;
    const result = callNow(area([unsureDoor, ooh]), 'children', new Date('2026-12-01T19:00:00Z'), holidays);
    expect(ids(result)).toEqual(['ooh', 'door']);
    expect(result.note).not.toBeNull();
  });

  it('is "hours not published" when the front door has no stated hours', () => {
    const vague = { ...door, hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } } as Contact;
    const result = callNow(area([vague, ooh]), 'children', new Date('2026-12-01T19:00:00Z'), holidays);
    expect(result.entries.map((e) => e.state.status)).toEqual(['unstated', 'unstated']);
  });
});

describe('the note under Call now never sends you to a closed line', () => {
  const door = (hours: 'confirmed' | 'verify') =>
    contact('Front Door', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5, phone: '01234 111111', confidence: { number: 'confirmed', hours } });
  const edt = (hours: 'confirmed' | 'verify') =>
    contact('Emergency Duty Team', { audience: 'both', role: 'out-of-hours', hours: NIGHTS, phone: '01234 222222', confidence: { number: 'confirmed', hours } });
  const unpublished = contact('Hub', {
    audience: 'children',
    role: 'front-door',
    hours: { kind: 'unstated' },
    phone: '01234 333333',
    confidence: { number: 'confirmed', hours: 'verify' },
  });
  // Tuesday 1 December 2026 (GMT) at the front door's and the team's boundaries, and a gap at 08:30.
  const times = ['08:00', '08:30', '08:59', '09:00', '16:59', '17:00', '23:00'].map((t) => [t, new Date(`2026-12-01T${t}:00Z`)] as const);
  const cases = (['confirmed', 'verify'] as const).flatMap((d) =>
    (['confirmed', 'verify'] as const).flatMap((o) => [
      { name: `door ${d}, team ${o}`, contacts: [door(d), edt(o)] },
      { name: `door ${d}, team ${o}, a hub with no hours`, contacts: [door(d), edt(o), unpublished] },
    ]),
  );

  it.each(cases.flatMap((c) => times.map(([t, at]) => [`${c.name} at ${t}`, c.contacts, at] as const)))('%s', (_, contacts, at) => {
    const r = callNow(area([...contacts]), 'children', at, NO_HOLIDAYS);
    if (r.note === null) {
      // Only a confirmed line that is open now stands alone.
      expect(r.entries).toHaveLength(1);
      expect(r.entries[0]!.hoursConfidence).toBe('confirmed');
      expect(isOpen(r.entries[0]!.state)).toBe(true);
      return;
    }
    const called = /call (Front Door|Emergency Duty Team|Hub)/.exec(r.note)?.[1];
    if (called) {
      const entry = r.entries.find((e) => e.contact.name === called)!;
      expect(entry.state.status === 'closed', `${r.note} — but ${called} is closed`).toBe(false);
    }
    const anyoneAnswers = r.entries.some((e) => isOpen(e.state) || e.state.status === 'unstated');
    if (!called) expect(r.note).toMatch(/call 999, otherwise 101/);
    if (!anyoneAnswers) expect(r.note).toMatch(/^The published hours leave a gap now: \w[\w ]+ opens at/);
    // Unconfirmed open never reads like confirmed open.
    for (const e of r.entries) if (isOpen(e.state) && e.hoursConfidence === 'verify') expect(e.label).toMatch(/^Probably open/);
  });
});

describe('the note and the order when more than one number is shown', () => {
  const TUE = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`); // Tuesday 24 November 2026, GMT
  const MORNINGS: Hours = {
    kind: 'weekly',
    periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '09:00', close: '12:00' }],
    bankHolidays: 'closed',
  };
  const unsure = { number: 'confirmed', hours: 'verify' } as const;
  const hub = (phone?: string) =>
    contact('Hub', { audience: 'children', role: 'front-door', hours: { kind: 'unstated' }, confidence: unsure, ...(phone ? { phone } : {}) });
  const door = contact('Front Door', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5, confidence: unsure });

  it('when all are closed, names the one that opens soonest, not the one listed first', () => {
    const a = area([
      contact('front', { audience: 'children', role: 'front-door', hours: MORNINGS }),
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS }),
    ]);
    const r = callNow(a, 'children', TUE('13:00'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front', 'ooh']);
    expect(r.entries.map((e) => e.label)).toEqual(['Closed — opens 09:00 tomorrow', 'Closed — opens 17:00']);
    expect(r.note).toBe('The published hours leave a gap now: ooh opens at 17:00. Until then, if a child is in danger call 999, otherwise 101.');
  });

  it('gives the next number to call with its phone number, or its name alone when none is listed', () => {
    const withPhone = callNow(area([door, hub('01234 333333')]), 'children', TUE('10:00'), NO_HOLIDAYS);
    expect(ids(withPhone)).toEqual(['Front Door', 'Hub']);
    expect(withPhone.note).toBe('Opening hours are not confirmed. If there is no answer, call Hub on 01234 333333.');
    const noPhone = callNow(area([door, hub()]), 'children', TUE('10:00'), NO_HOLIDAYS);
    expect(noPhone.note).toBe('Opening hours are not confirmed. If there is no answer, call Hub.');
  });

  it('says no listed number is open when none opens in the two weeks ahead', () => {
    const mondays: Hours = { kind: 'weekly', periods: [{ days: ['Mon'], open: '09:00', close: '10:00' }], bankHolidays: 'closed' };
    const holidays = new Set(['2026-11-23', '2026-11-30', '2026-12-07']); // every Monday it looks at
    const r = callNow(area([contact('front', { audience: 'adults', role: 'front-door', hours: mondays })]), 'adults', new Date('2026-11-21T12:00:00Z'), holidays);
    expect(r.entries[0]!.label).toBe('Closed — no opening hours in the next 14 days');
    expect(r.note).toBe('No listed number is open now by its published hours: if an adult is in danger call 999, otherwise 101.');
  });

  it('puts a closed number with unconfirmed hours (it may be open) before one confirmed closed', () => {
    const a = area([
      contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 }),
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS, confidence: unsure }),
    ]);
    const r = callNow(a, 'children', TUE('08:30'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['ooh', 'front']);
    expect(r.entries.map((e) => e.label)).toEqual(['Probably closed — opens 17:00', 'Closed — opens 09:00']);
  });

  it('gives a confirmed 24-hour line alone while the front door is closed', () => {
    const a = area([
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: { kind: 'always' } }),
      contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 }),
    ]);
    const r = callNow(a, 'children', TUE('20:00'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['ooh']);
    expect(r.entries[0]!.label).toBe('Open 24 hours');
    expect(r.note).toBeNull();
  });

  it('puts a number with unpublished hours before one that is probably closed, and a front door before a team when equally likely', () => {
    const closedDoor = contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5, confidence: unsure });
    const unpublishedTeam = contact('ooh', { audience: 'children', role: 'out-of-hours', hours: { kind: 'unstated' }, confidence: unsure });
    expect(ids(callNow(area([closedDoor, unpublishedTeam]), 'children', TUE('20:00'), NO_HOLIDAYS))).toEqual(['ooh', 'front']);
    const unpublishedDoor = { ...closedDoor, hours: { kind: 'unstated' } } as Contact;
    const r = callNow(area([unpublishedTeam, unpublishedDoor]), 'children', TUE('20:00'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front', 'ooh']);
    expect(r.note).toBe('Opening hours are not published. If there is no answer, call ooh.');
  });

  it('with no local number and no advice for the gap, says to call 999 or 101', () => {
    const r = callNow(area([]), 'children', TUE('10:00'), NO_HOLIDAYS);
    expect(r.entries).toEqual([]);
    expect(r.note).toBe('No local number is listed for this: call 999 if someone is in immediate danger, otherwise 101.');
  });

  it('passes on every piece of gap advice for the audience, and needs no other note when there is no number', () => {
    const r = callNow(
      area(
        [contact('police', { audience: 'both', role: 'police', hours: { kind: 'always' } })],
        [
          { audience: 'adults', role: 'front-door', advice: 'No adult front door is listed: call the council switchboard.' },
          { audience: 'adults', role: 'out-of-hours', advice: 'No adult out-of-hours number: call 999 in an emergency, otherwise 101.' },
        ],
      ),
      'adults',
      TUE('10:00'),
      NO_HOLIDAYS,
    );
    expect(r.entries).toEqual([]);
    expect(r.gapAdvice).toBe('No adult front door is listed: call the council switchboard. No adult out-of-hours number: call 999 in an emergency, otherwise 101.');
    expect(r.note).toBeNull();
  });
});

describe('contactState for "outside office hours", as the contact cards read it (no audience chosen)', () => {
  const TUE = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`); // Tuesday 24 November 2026, GMT
  const childrensDoor = contact('childrens-door', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 });
  const adultsDoor = contact('adults-door', {
    audience: 'adults',
    role: 'front-door',
    hours: { kind: 'weekly', periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '08:30', close: '16:30' }], bankHolidays: 'closed' },
  });
  const outside = { kind: 'outside-front-door', text: 'Outside office hours' } as const;
  const edt = contact('edt', { audience: 'both', role: 'out-of-hours', hours: outside });
  const childrensEdt = contact('childrens-edt', { audience: 'children', role: 'out-of-hours', hours: outside });
  // A 24-hour advice line is not a front door: the teams are never timed against it.
  const adviceLine = contact('advice', { audience: 'both', role: 'advice-only', hours: { kind: 'always' } });
  const all = [childrensDoor, adultsDoor, adviceLine, edt, childrensEdt];

  it.each([
    ['10:00, both doors open: opens when the later one closes', TUE('10:00'), { status: 'closed', opensAt: TUE('17:00') }],
    ['16:45, the children’s door still open', TUE('16:45'), { status: 'closed', opensAt: TUE('17:00') }],
    ['20:00, both doors closed: open until the earlier one opens', TUE('20:00'), { status: 'open', until: new Date('2026-11-25T08:30:00Z') }],
  ])('a team for children and adults at %s', (_, now, state) => {
    expect(contactState(edt, all, null, now, NO_HOLIDAYS)).toEqual({ state, hoursConfidence: 'confirmed' });
  });

  it('a children’s team is timed against the children’s door only', () => {
    // 08:45: the adults' door is open, the children's opens at 09:00.
    expect(contactState(childrensEdt, all, null, TUE('08:45'), NO_HOLIDAYS).state).toEqual({ status: 'open', until: TUE('09:00') });
  });

  it('with an audience chosen, Call now times a team for both against that audience’s door only', () => {
    const r = callNow(area([childrensDoor, adultsDoor, edt]), 'children', TUE('08:45'), NO_HOLIDAYS);
    expect(ids(r)).toEqual(['edt']);
    expect(r.entries[0]!.label).toBe('Open until 09:00');
  });

  it('is unconfirmed when any one of the doors it is timed against is unconfirmed', () => {
    const unsureAdults = { ...adultsDoor, confidence: { number: 'confirmed', hours: 'verify' } } as Contact;
    expect(contactState(edt, [childrensDoor, unsureAdults, edt], null, TUE('20:00'), NO_HOLIDAYS).hoursConfidence).toBe('verify');
  });

  it('is unconfirmed when its own hours are, even against confirmed doors', () => {
    const unsureEdt = { ...edt, confidence: { number: 'confirmed', hours: 'verify' } } as Contact;
    expect(contactState(unsureEdt, all, null, TUE('20:00'), NO_HOLIDAYS).hoursConfidence).toBe('verify');
  });

  it('is unpublished when any one of its doors has unpublished hours', () => {
    const vagueAdults = { ...adultsDoor, hours: { kind: 'unstated' }, confidence: { number: 'confirmed', hours: 'verify' } } as Contact;
    expect(contactState(edt, [childrensDoor, vagueAdults, edt], null, TUE('20:00'), NO_HOLIDAYS)).toEqual({
      state: { status: 'unstated' },
      hoursConfidence: 'verify',
    });
  });

  it('never opens while one of its doors is open 24 hours', () => {
    const allHoursAdults = { ...adultsDoor, hours: { kind: 'always' } } as Contact;
    const r = contactState(edt, [childrensDoor, allHoursAdults, edt], null, TUE('10:00'), NO_HOLIDAYS);
    expect(r.state).toEqual({ status: 'closed', opensAt: null });
    expect(hoursLabel(r.state, TUE('10:00'), r.hoursConfidence)).toBe('Closed — no opening hours in the next 14 days');
  });

  it('stays open past the look-ahead while one of its doors has no opening in it', () => {
    // Sat 21 Nov 12:00 GMT; the adults' door opens only on Mondays, and the next three are bank holidays.
    const mondaysAdults = {
      ...adultsDoor,
      hours: { kind: 'weekly', periods: [{ days: ['Mon'], open: '09:00', close: '10:00' }], bankHolidays: 'closed' },
    } as Contact;
    const now = new Date('2026-11-21T12:00:00Z');
    const r = contactState(edt, [childrensDoor, mondaysAdults, edt], null, now, new Set(['2026-11-23', '2026-11-30', '2026-12-07']));
    expect(r.state).toEqual({ status: 'open', until: null });
    expect(hoursLabel(r.state, now, r.hoursConfidence)).toBe('Open 24 hours');
  });

  it('is unpublished and unconfirmed when the area lists no front door to time it against', () => {
    expect(contactState(edt, [edt], null, TUE('20:00'), NO_HOLIDAYS)).toEqual({ state: { status: 'unstated' }, hoursConfidence: 'verify' });
  });

  it('is not timed against a front door that is itself listed as "outside office hours"', () => {
    const nightDoor = contact('night-door', { audience: 'children', role: 'front-door', hours: outside });
    expect(contactState(childrensEdt, [childrensDoor, nightDoor, childrensEdt], 'children', TUE('19:00'), NO_HOLIDAYS).state).toEqual({
      status: 'open',
      until: new Date('2026-11-25T09:00:00Z'),
    });
  });
});
