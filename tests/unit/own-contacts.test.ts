import { describe, expect, it } from 'vitest';
import { ContactSchema } from '../../lib/contacts/schema';
import {
  ALL_AREAS,
  ownContactFrom,
  parseOwnContacts,
  removeOwnContact,
  upsertOwnContact,
  type OwnContactInput,
} from '../../lib/settings/own-contacts';

const input = (patch: Partial<OwnContactInput> = {}): OwnContactInput => ({
  areaId: 'wolverhampton',
  name: 'Practice safeguarding lead (Dr Patel)',
  role: 'local-lead',
  audience: 'both',
  phone: '01902 000123',
  email: '',
  notes: '',
  hours: 'Mon–Fri 08:00–18:30',
  ...patch,
});

describe('own contacts', () => {
  it('become contacts of the shipped schema, marked as added on this device', () => {
    const r = ownContactFrom(input(), '2026-12-01', []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(ContactSchema.safeParse(r.value.contact).success).toBe(true);
    expect(r.value.contact).toMatchObject({ id: 'own-practice-safeguarding-lead-dr-patel', origin: 'device', verifiedOn: '2026-12-01', hours: { kind: 'unstated', text: 'Mon–Fri 08:00–18:30' } });
  });

  it.each([
    [{ phone: '01902 0001' }, 'phone', /10 or 11 digits/],
    [{ phone: '', email: '' }, 'phone', /phone number or an email/],
    [{ name: 'X' }, 'name', /at least 2 letters/],
    [{ email: 'not-an-email', phone: '' }, 'email', /.+/],
    [{ areaId: '' }, 'areaId', /Choose the area/],
  ] as const)('explain a bad field: %j → %s', (patch, field, message) => {
    const r = ownContactFrom(input(patch), '2026-12-01', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[field]).toMatch(message);
  });

  it('get an id of their own, kept when edited', () => {
    const first = ownContactFrom(input(), '2026-12-01', []);
    const second = ownContactFrom(input(), '2026-12-01', ['own-practice-safeguarding-lead-dr-patel']);
    expect(second.ok && second.value.contact.id).toBe('own-practice-safeguarding-lead-dr-patel-2');
    const edited = ownContactFrom(input({ phone: '01902 000999' }), '2026-12-02', [], 'own-practice-safeguarding-lead-dr-patel');
    expect(edited.ok && edited.value.contact.id).toBe('own-practice-safeguarding-lead-dr-patel');
    let list = { contacts: [] as never[] } as { contacts: NonNullable<typeof first & { ok: true }>['value'][] };
    if (first.ok) list = upsertOwnContact(list, first.value);
    if (edited.ok) list = upsertOwnContact(list, edited.value);
    expect(list.contacts.map((c) => c.contact.phone)).toEqual(['01902 000999']);
    expect(removeOwnContact(list, 'own-practice-safeguarding-lead-dr-patel').contacts).toEqual([]);
  });

  it('read back what they can from a damaged value, and say so', () => {
    const a = ownContactFrom(input(), '2026-12-01', []);
    if (!a.ok) throw new Error('valid');
    const { value, problem } = parseOwnContacts({ contacts: [a.value, { areaId: 3 }] });
    expect(value.contacts).toHaveLength(1);
    expect(problem).toMatch(/could not be read/);
  });
});
