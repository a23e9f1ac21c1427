// The practice's own contacts (the safeguarding lead, the named GP, the designated nurse), added
// in options for one area or for every area, kept in storage.local and checked with the same
// schema as the shipped contacts.
import * as z from 'zod/mini';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { ContactSchema, type Contact } from '../contacts/schema';

/** An own contact for one area, or for whichever area is shown ("all"). */
export const OwnContactSchema = z.object({ areaId: z.string(), contact: ContactSchema });
export type OwnContact = z.infer<typeof OwnContactSchema>;
export const OwnContactsSchema = z.object({ contacts: z.array(OwnContactSchema) });
export type OwnContacts = z.infer<typeof OwnContactsSchema>;

export const ALL_AREAS = 'all';
export const EMPTY_OWN_CONTACTS: OwnContacts = { contacts: [] };

export type OwnContactsItem = WxtStorageItem<OwnContacts, {}>;

/** Call at start-up, not at module scope: defining an item touches storage. */
export function defineOwnContactsItem(): OwnContactsItem {
  return storage.defineItem<OwnContacts>('local:ownContacts', { fallback: EMPTY_OWN_CONTACTS, version: 1 });
}

/** What the form collects; the rest of the contact is filled in here. */
export interface OwnContactInput {
  areaId: string;
  name: string;
  role: 'front-door' | 'out-of-hours' | 'advice-only' | 'local-lead' | 'other';
  audience: 'children' | 'adults' | 'both';
  phone: string;
  email: string;
  notes: string;
  hours: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'contact';

/**
 * The form's values as a contact, or the problems by field ("phone: …"), in the words the data
 * check uses. `today` is the date it was added (its verifiedOn).
 */
export function ownContactFrom(
  input: OwnContactInput,
  today: string,
  existingIds: readonly string[],
  id?: string,
): { ok: true; value: OwnContact } | { ok: false; problems: Record<string, string> } {
  let contactId = id;
  if (!contactId) {
    const base = `own-${slug(input.name)}`;
    contactId = base;
    for (let n = 2; existingIds.includes(contactId); n++) contactId = `${base}-${n}`;
  }
  const contact: Contact = {
    id: contactId,
    name: input.name.trim(),
    audience: input.audience,
    role: input.role,
    ...(input.phone.trim() ? { phone: input.phone.trim().replace(/\s+/g, ' ') } : {}),
    ...(input.email.trim() ? { email: input.email.trim() } : {}),
    hours: input.hours.trim() ? { kind: 'unstated', text: input.hours.trim() } : { kind: 'unstated', text: 'Hours not given' },
    confidence: { number: 'confirmed', hours: 'verify' },
    ...(input.notes.trim() ? { notes: input.notes.trim() } : {}),
    source: [],
    verifiedOn: today,
    origin: 'device',
  };
  const problems: Record<string, string> = {};
  if (!input.areaId) problems.areaId = 'Choose the area, or "All my areas".';
  if (!contact.phone && !contact.email) problems.phone = 'Give a phone number or an email address, so the contact can be reached.';
  const result = OwnContactSchema.safeParse({ areaId: input.areaId, contact });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path.at(-1) ?? 'name');
      problems[field] ??= field === 'name' ? 'Give the contact a name of at least 2 letters.' : issue.message;
    }
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, value: { areaId: input.areaId, contact } };
}

/** Adds or replaces (by contact id). */
export function upsertOwnContact(list: OwnContacts, entry: OwnContact): OwnContacts {
  const others = list.contacts.filter((c) => c.contact.id !== entry.contact.id);
  const at = list.contacts.findIndex((c) => c.contact.id === entry.contact.id);
  const contacts = at === -1 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
  return { contacts };
}

export function removeOwnContact(list: OwnContacts, id: string): OwnContacts {
  return { contacts: list.contacts.filter((c) => c.contact.id !== id) };
}

/** A stored value that fails the schema keeps what can be read and drops nothing silently. */
export function parseOwnContacts(raw: unknown): { value: OwnContacts; problem: string | null } {
  const whole = OwnContactsSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problem: null };
  const items = Array.isArray((raw as { contacts?: unknown })?.contacts) ? ((raw as { contacts: unknown[] }).contacts) : [];
  const good = items.flatMap((i) => {
    const r = OwnContactSchema.safeParse(i);
    return r.success ? [r.data] : [];
  });
  return {
    value: { contacts: good },
    problem: `${items.length - good.length || 'Some'} of your own contacts could not be read and are not shown.`,
  };
}
