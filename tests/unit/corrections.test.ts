import { describe, expect, it } from 'vitest';
import { applyCorrections, unmatchedCorrections } from '../../lib/contacts/corrections';
import { callNow } from '../../lib/contacts/routing';
import { findArea } from '../fixtures/bundled';

describe('an organisation’s correction to a shipped number', () => {
  const area = findArea('wolverhampton')!;
  const fix = { contactId: 'wolverhampton-edt', phone: '01902 552998', note: 'New EDT number from 1 December' };

  it('replaces the number everywhere it shows, and says so with the note', () => {
    const contacts = applyCorrections(area.contacts, [fix]);
    const edt = contacts.find((c) => c.id === 'wolverhampton-edt')!;
    expect(edt.phone).toBe('01902 552998');
    expect(edt.correction).toBe('New EDT number from 1 December');
    // Call now dials the corrected number.
    const r = callNow({ ...area, contacts }, 'adults', new Date('2026-11-20T20:00:00Z'), new Set());
    expect(r.entries[0]?.contact.phone).toBe('01902 552998');
    // The other contacts are untouched.
    expect(contacts.find((c) => c.id === 'wolverhampton-adult-mash')).toEqual(area.contacts.find((c) => c.id === 'wolverhampton-adult-mash'));
  });

  it('finds corrections that name no contact', () => {
    expect(unmatchedCorrections([fix, { contactId: 'wolverhampton-nobody', note: 'x y z' }], area.contacts).map((k) => k.contactId)).toEqual([
      'wolverhampton-nobody',
    ]);
  });
});
