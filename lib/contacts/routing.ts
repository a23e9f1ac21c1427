// "Call now": which number to ring at this moment, and never a screen that says nobody is there.
import { hoursLabel, isOpen, openState, type OpenState } from './hours';
import type { CallNowArea, CallNowContact } from './call-now-areas';
import type { Area, Contact } from './schema';

export type Audience = 'children' | 'adults';

export interface CallNowEntry<C extends CallNowContact = CallNowContact> {
  contact: C;
  state: OpenState;
  label: string;
}

export interface CallNow<C extends CallNowContact = CallNowContact> {
  audience: Audience;
  entries: CallNowEntry<C>[];
  note: string | null;
  gapAdvice: string | null;
}

export const NOTE_UNCONFIRMED = 'Opening hours are not confirmed: if there is no answer, call the next number.';
export const NOTE_UNCONFIRMED_SINGLE = 'Opening hours are not confirmed: check before relying on this number.';
export const NOTE_GAP = 'The published hours leave a gap now: try both numbers.';
export const NOTE_CLOSED_SINGLE = 'This number is closed now: call 999 if someone is in immediate danger, otherwise 101.';
export const NOTE_NO_LOCAL = 'No local number is listed for this: call 999 if someone is in immediate danger, otherwise 101.';

const ROLE_ORDER: Record<string, number> = { 'front-door': 0, 'out-of-hours': 1 };

function servesAudience(c: Pick<Contact, 'audience'>, audience: Audience): boolean {
  return c.audience === audience || c.audience === 'both';
}

/** 0: open by its (unconfirmed) hours; 1: hours unpublished; 2: closed by unconfirmed hours; 3: closed by confirmed hours. */
function rank(c: CallNowContact, state: OpenState): number {
  if (isOpen(state)) return 0;
  if (state.status === 'unstated') return 1;
  return c.confidence.hours === 'verify' ? 2 : 3;
}

/** Works on a full area or on the first-paint view of one (call-now-areas.ts). */
export function callNow<C extends CallNowContact>(
  area: Pick<CallNowArea, 'gaps'> & { contacts: readonly C[] },
  audience: Audience,
  now: Date,
  bankHolidays: ReadonlySet<string>,
): CallNow<C> {
  const candidates = area.contacts
    .filter((c) => (c.role === 'front-door' || c.role === 'out-of-hours') && servesAudience(c, audience))
    .map((contact, index) => {
      const state = openState(contact.hours, now, bankHolidays);
      return { contact, state, index, rank: rank(contact, state), role: ROLE_ORDER[contact.role] ?? 2 };
    });

  const gapAdvice =
    (area.gaps ?? [])
      .filter((g) => g.audience === audience)
      .map((g) => g.advice)
      .join(' ') || null;

  const entry = (x: (typeof candidates)[number]): CallNowEntry<C> => ({
    contact: x.contact,
    state: x.state,
    label: hoursLabel(x.state, now),
  });

  // A service whose hours are confirmed and that is open now is the answer on its own.
  const sure = candidates
    .filter((x) => x.contact.confidence.hours === 'confirmed' && isOpen(x.state))
    .sort((x, y) => x.role - y.role || x.index - y.index)[0];
  if (sure) return { audience, entries: [entry(sure)], note: null, gapAdvice };

  if (candidates.length === 0) return { audience, entries: [], note: gapAdvice ? null : NOTE_NO_LOCAL, gapAdvice };

  // Otherwise show every route, the likeliest to answer first, and say why there is more than one.
  const ordered = [...candidates].sort((x, y) => x.rank - y.rank || x.role - y.role || x.index - y.index);
  const someoneMayAnswer = ordered.some((x) => x.rank <= 1);
  let note: string;
  if (ordered.length > 1) note = someoneMayAnswer ? NOTE_UNCONFIRMED : NOTE_GAP;
  else note = ordered[0]!.rank === 3 ? NOTE_CLOSED_SINGLE : NOTE_UNCONFIRMED_SINGLE;
  return { audience, entries: ordered.map(entry), note, gapAdvice };
}

export interface ContactGroups {
  children: Contact[];
  adults: Contact[];
  police: Contact[];
  national: Contact[];
}

export function contactsForArea(area: Area, national: readonly Contact[]): ContactGroups {
  const groups: ContactGroups = { children: [], adults: [], police: [], national: [...national] };
  for (const c of area.contacts) {
    if (c.role === 'police' || c.role === 'emergency') {
      groups.police.push(c);
      continue;
    }
    if (c.audience !== 'adults') groups.children.push(c);
    if (c.audience !== 'children') groups.adults.push(c);
  }
  return groups;
}

const haystacks = new WeakMap<Contact, string>();

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

function haystack(c: Contact): string {
  let h = haystacks.get(c);
  if (h === undefined) {
    const phones = [c.phone ?? '', ...(c.otherPhones ?? []).map((o) => o.phone)];
    // \u0000 between fields so a query cannot match across two of them.
    h = [c.name, ...phones, ...(c.topics ?? []), c.notes ?? ''].map(squash).join('\u0000');
    haystacks.set(c, h);
  }
  return h;
}

/** Case- and space-insensitive search over names, numbers, topics and notes; "+44 1902…" finds "01902…". */
export function searchContacts(contacts: readonly Contact[], query: string): Contact[] {
  let q = squash(query);
  if (q === '') return [...contacts];
  if (/^[+\d()\-.]+$/.test(q)) {
    q = q.replace(/[()\-.]/g, '');
    // "+44 (0)1902 …" and "+44 1902 …" are the same number as "01902 …".
    if (q.startsWith('+44')) q = `0${q.slice(3).replace(/^0+/, '')}`;
    q = q.replace(/^\+/, '');
  }
  return contacts.filter((c) => haystack(c).includes(q));
}
