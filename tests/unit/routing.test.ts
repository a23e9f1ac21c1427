import { describe, expect, it } from 'vitest';
import {
  callNow,
  contactsForArea,
  NOTE_GAP,
  NOTE_NO_LOCAL,
  NOTE_UNCONFIRMED,
  NOTE_UNCONFIRMED_SINGLE,
  searchContacts,
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
    expect(r.note).toBe(NOTE_UNCONFIRMED);
  });

  it('shows both numbers and names the gap when the published hours leave one', () => {
    const a = area([
      contact('front', { audience: 'children', role: 'front-door', hours: OFFICE_9_TO_5 }),
      contact('ooh', { audience: 'both', role: 'out-of-hours', hours: NIGHTS }),
    ]);
    const r = callNow(a, 'children', TUE_0830, NO_HOLIDAYS);
    expect(ids(r)).toEqual(['front', 'ooh']);
    expect(r.note).toBe(NOTE_GAP);
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
    expect(r.note).toBe(NOTE_UNCONFIRMED_SINGLE);
    expect(r.gapAdvice).toBe(advice);
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
    const groups = contactsForArea(area([kids, adults, edt, sarahsLaw, nineNineNine]), [nspcc]);
    expect(Object.keys(groups)).toEqual(['children', 'adults', 'police', 'national']);
    expect(groups.children).toEqual([kids, edt]);
    expect(groups.adults).toEqual([adults, edt]);
    expect(groups.police).toEqual([sarahsLaw, nineNineNine]);
    expect(groups.national).toEqual([nspcc]);
  });
});

describe('searchContacts', () => {
  const mash = contact('adult-mash', {
    name: 'Adult MASH',
    audience: 'adults',
    role: 'front-door',
    phone: '01902 551199',
    hours: { kind: 'unstated' },
    topics: ['self-neglect', 'Financial abuse'],
    notes: 'For adults with care and support needs.',
  });
  const nspcc = contact('nspcc', {
    name: 'NSPCC Helpline',
    audience: 'children',
    role: 'helpline',
    phone: '0808 800 5000',
    otherPhones: [{ label: 'Text', phone: '88858' }],
    hours: { kind: 'always' },
  });
  const all = [mash, nspcc];

  it.each([
    ['551199', ['adult-mash']],
    ['01902 551199', ['adult-mash']],
    ['01902551199', ['adult-mash']],
    ['+44 1902 551199', ['adult-mash']],
    ['+44 (0)1902 551199', ['adult-mash']],
    ['adult mash', ['adult-mash']],
    ['ADULTMASH', ['adult-mash']],
    ['financial abuse', ['adult-mash']],
    ['care and support', ['adult-mash']],
    ['0808 800 5000', ['nspcc']],
    ['88858', ['nspcc']],
    ['nspcc', ['nspcc']],
    ['', ['adult-mash', 'nspcc']],
    ['   ', ['adult-mash', 'nspcc']],
    ['modern slavery', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(searchContacts(all, query).map((c) => c.id)).toEqual(expected);
  });
});
