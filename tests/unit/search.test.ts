import { describe, expect, it } from 'vitest';
import { searchContacts } from '../../lib/contacts/search';
import type { Contact } from '../../lib/contacts/schema';
import { findArea, NATIONAL_CONTACTS } from '../fixtures/bundled';

function contact(id: string, fields: Partial<Contact>): Contact {
  return {
    id,
    name: id,
    audience: 'both',
    role: 'helpline',
    hours: { kind: 'always' },
    confidence: { number: 'confirmed', hours: 'confirmed' },
    source: [],
    verifiedOn: '2026-11-22',
    ...fields,
  };
}

describe('search on a small set', () => {
  const mash = contact('adult-mash', {
    name: 'Adult MASH',
    audience: 'adults',
    role: 'front-door',
    phone: '01902 551199',
    hours: { kind: 'unstated' },
    topics: ['self-neglect', 'Financial abuse'],
    notes: 'For adults with care and support needs.',
  });
  const nspcc = contact('nspcc', { name: 'NSPCC Helpline', audience: 'children', phone: '0808 800 5000', otherPhones: [{ label: 'Text', phone: '88858' }] });
  const advice = contact('advice', { name: 'Professional advice line', audience: 'children', role: 'advice-only', phone: '01234 567890' });
  const all = [mash, nspcc, advice];

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
    ['', ['adult-mash', 'nspcc', 'advice']],
    ['   ', ['adult-mash', 'nspcc', 'advice']],
    // A front door for adults is found by what it deals with, though its file does not list it.
    ['modern slavery', ['adult-mash']],
    // Whole words for two letters: "dv" is not in "advice", but it is domestic abuse, which the adult MASH takes.
    ['dv', ['adult-mash']],
    ['adv', ['advice']],
  ])('"%s" finds %j', (query, expected) => {
    expect(searchContacts(all, query).map((h) => h.contact.id)).toEqual(expected);
  });
});

describe('search the words practitioners use, on the shipped data (Wolverhampton and national)', () => {
  const everyone = [...findArea('wolverhampton')!.contacts, ...NATIONAL_CONTACTS];
  const first = (q: string) => searchContacts(everyone, q)[0]?.contact.name;
  const names = (q: string) => searchContacts(everyone, q).map((h) => h.contact.name);

  it.each([
    ['DV', 'National Domestic Abuse Helpline (Refuge)'],
    ['DA helpline', 'National Domestic Abuse Helpline (Refuge)'],
    ['domestic violence', 'National Domestic Abuse Helpline (Refuge)'],
    ['domestc abuse', 'National Domestic Abuse Helpline (Refuge)'],
    ['MARAC', 'National Domestic Abuse Helpline (Refuge)'],
    ['county lines', "Children's MASH (Multi-Agency Safeguarding Hub)"],
    ['trafficking', "Barnardo's National Counter Trafficking Support Line"],
    ['FGM', "Children's MASH (Multi-Agency Safeguarding Hub)"],
    ['Prevent', 'Anti-Terrorist Hotline'],
    ['552999', 'Emergency Duty Team (children and adults, out of hours)'],
    ['samaritans', 'Samaritans'],
  ])('"%s" puts %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('"DV" finds no advice line just for containing the letters', () => {
    expect(names('DV').every((n) => !/advice/i.test(n) || /domestic/i.test(n) || /Men's Advice Line/.test(n))).toBe(true);
  });

  it('ranks a name match before a topic match, across groups', () => {
    const hits = searchContacts(everyone, 'NSPCC');
    expect(hits[0]?.contact.name).toMatch(/^NSPCC/);
    expect(hits[0]!.score).toBeGreaterThan(hits.at(-1)!.score - 0.0001);
  });
});
