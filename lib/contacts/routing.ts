// "Call now": which number to ring at this moment, and never a screen that says nobody is there.
import { hoursLabel, isOpen, openState, type OpenState } from './hours';
import { formatUkDayTime } from './uk-time';
import type { CallNowArea, CallNowContact } from './call-now-areas';
import type { Confidence, Contact } from './schema';

export type Audience = 'children' | 'adults';

export interface CallNowEntry<C extends CallNowContact = CallNowContact> {
  contact: C;
  state: OpenState;
  /** "confirmed" only when the hours (and, for an out-of-hours team, its front door's) are. */
  hoursConfidence: Confidence;
  label: string;
}

export interface CallNow<C extends CallNowContact = CallNowContact> {
  audience: Audience;
  entries: CallNowEntry<C>[];
  /** What to do if the first number does not answer, true at this moment; null when sure. */
  note: string | null;
  gapAdvice: string | null;
}

export const NOTE_NO_LOCAL = 'No local number is listed for this: call 999 if someone is in immediate danger, otherwise 101.';

const inDanger = (audience: Audience) => (audience === 'children' ? 'if a child is in danger' : 'if an adult is in danger');
const EMERGENCY = (audience: Audience) => `${inDanger(audience)} call 999, otherwise 101`;

/**
 * The sentence under Call now: why there is more than one number, and the real fallback now —
 * never "call the next number" when that number is closed.
 */
export function callNowNote(first: CallNowEntry, rest: readonly CallNowEntry[], audience: Audience, now: Date): string {
  const reachable = (e: CallNowEntry) => isOpen(e.state) || e.state.status === 'unstated';
  const next = rest.find(reachable);
  // Stryker disable next-line ConditionalExpression: only a closed state has an opensAt, so `e.state.opensAt` alone already decides
  const closedWithTime = (e: CallNowEntry) => e.state.status === 'closed' && e.state.opensAt;
  const opening = [first, ...rest]
    .filter(closedWithTime)
    .sort((a, b) => (a.state as { opensAt: Date }).opensAt.getTime() - (b.state as { opensAt: Date }).opensAt.getTime())[0];
  const opensText = (e: CallNowEntry) => `${e.contact.name} opens at ${formatUkDayTime((e.state as { opensAt: Date }).opensAt, now)}`;

  if (reachable(first)) {
    const why = isOpen(first.state) ? 'Opening hours are not confirmed.' : 'Opening hours are not published.';
    if (next) return `${why} If there is no answer, call ${next.contact.name}${next.contact.phone ? ` on ${next.contact.phone}` : ''}.`;
    // `first` is open or unpublished here, so `opening` (a closed entry) is never it.
    const later = opening ? ` ${opensText(opening)};` : '';
    return `${why} If there is no answer:${later} ${EMERGENCY(audience)}.`;
  }
  // Everything listed is closed now: say when the first one opens, and what to do meanwhile.
  if (opening) return `The published hours leave a gap now: ${opensText(opening)}. Until then, ${EMERGENCY(audience)}.`;
  return `No listed number is open now by its published hours: ${EMERGENCY(audience)}.`;
}

function servesAudience(c: Pick<Contact, 'audience'>, audience: Audience): boolean {
  return c.audience === audience || c.audience === 'both';
}

/** 0: open by its (unconfirmed) hours; 1: hours unpublished; 2: closed by unconfirmed hours; 3: closed by confirmed hours. */
function rank(hoursConfidence: Confidence, state: OpenState): number {
  if (isOpen(state)) return 0;
  if (state.status === 'unstated') return 1;
  return hoursConfidence === 'verify' ? 2 : 3;
}

export interface ContactState {
  state: OpenState;
  /** How sure the state is: a team timed against the front door is only as sure as its hours. */
  hoursConfidence: Confidence;
}

type Timed = Pick<Contact, 'role' | 'audience' | 'hours' | 'confidence'>;

/**
 * Open now or not, reading "outside-front-door" hours ("outside office hours") against the
 * area's front doors for the same audience: open exactly when all of them are closed.
 */
export function contactState(
  c: Timed,
  areaContacts: readonly Timed[],
  audience: Audience | null,
  now: Date,
  bankHolidays: ReadonlySet<string>,
): ContactState {
  if (c.hours.kind !== 'outside-front-door') return { state: openState(c.hours, now, bankHolidays), hoursConfidence: c.confidence.hours };
  const audiences: Audience[] = audience ? [audience] : c.audience === 'both' ? ['children', 'adults'] : [c.audience];
  const doors = areaContacts.filter(
    (d) => d.role === 'front-door' && d.hours.kind !== 'outside-front-door' && audiences.some((a) => servesAudience(d, a)),
  );
  const states = doors.map((d) => openState(d.hours, now, bankHolidays));
  const sure = c.confidence.hours === 'confirmed' && doors.every((d) => d.confidence.hours === 'confirmed');
  const hoursConfidence: Confidence = sure ? 'confirmed' : 'verify';
  if (doors.length === 0 || states.some((st) => st.status === 'unstated')) return { state: { status: 'unstated' }, hoursConfidence: 'verify' };
  const open = states.filter(isOpen);
  if (open.length) {
    // Opens when the last open front door closes (never, if one is open all hours).
    const untils = open.map((st) => (st.status === 'open' ? st.until : null));
    const opensAt = untils.some((u) => u === null) ? null : new Date(Math.max(...untils.map((u) => u!.getTime())));
    return { state: { status: 'closed', opensAt }, hoursConfidence };
  }
  // Stryker disable next-line ConditionalExpression: always true here — open and unstated front doors were returned above, so every state left is closed
  const opens = states.map((st) => (st.status === 'closed' ? st.opensAt : null));
  const until = opens.some((o) => o === null) ? null : new Date(Math.min(...opens.map((o) => o!.getTime())));
  return { state: { status: 'open', until }, hoursConfidence };
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
    .map((contact) => {
      const { state, hoursConfidence } = contactState(contact, area.contacts, audience, now, bankHolidays);
      return { contact, state, hoursConfidence, rank: rank(hoursConfidence, state), role: contact.role === 'front-door' ? 0 : 1 };
    });

  const gapAdvice =
    area.gaps
      ?.filter((g) => g.audience === audience)
      .map((g) => g.advice)
      .join(' ') || null;

  const entry = (x: (typeof candidates)[number]): CallNowEntry<C> => ({
    contact: x.contact,
    state: x.state,
    hoursConfidence: x.hoursConfidence,
    label: hoursLabel(x.state, now, x.hoursConfidence),
  });

  // A service whose hours are confirmed and that is open now is the answer on its own. (Ties
  // keep the area's order: candidates are in it and sort is stable.)
  const sure = candidates
    .filter((x) => x.hoursConfidence === 'confirmed' && isOpen(x.state))
    .sort((x, y) => x.role - y.role)[0];
  if (sure) return { audience, entries: [entry(sure)], note: null, gapAdvice };

  // Otherwise show every route, the likeliest to answer first, and say what to do if it does not.
  const ordered = [...candidates].sort((x, y) => x.rank - y.rank || x.role - y.role).map(entry);
  const [first, ...rest] = ordered;
  if (!first) return { audience, entries: [], note: gapAdvice ? null : NOTE_NO_LOCAL, gapAdvice };
  return { audience, entries: ordered, note: callNowNote(first, rest, audience, now), gapAdvice };
}

export interface ContactGroups {
  children: Contact[];
  adults: Contact[];
  police: Contact[];
  national: Contact[];
}

export function contactsForArea(contacts: readonly Contact[], national: readonly Contact[]): ContactGroups {
  const groups: ContactGroups = { children: [], adults: [], police: [], national: [...national] };
  for (const c of contacts) {
    if (c.role === 'police' || c.role === 'emergency') {
      groups.police.push(c);
      continue;
    }
    if (c.audience !== 'adults') groups.children.push(c);
    if (c.audience !== 'children') groups.adults.push(c);
  }
  return groups;
}
