// A new draft starts with what is already known: the phone call, the due time from the area's
// rule, the area's front door and online form, and the practitioner's profile.
import type { Area, Contact } from '../contacts/schema';
import type { Profile } from '../settings/profile';
import type { Subject } from './checklist';
import { dueFrom, ruleText } from './deadline';
import type { Draft, ItemState, Telephone } from './schema';
import { formatUkLong } from './uk-format';

export const NO_DEADLINE_TEXT = 'No confirmed deadline for this area: set the due time';
export const UNCONFIRMED_DEADLINE_TEXT = 'This deadline is not confirmed: check it with the council when you phone.';

/** Said beside a due time worked out from a rule the reference marks "verify" (an old form, one source). */
export function deadlineCheckNote(area: Area | undefined, dueSource: Draft['dueSource']): string | null {
  const r = area?.referral;
  return dueSource === 'area-rule' && r?.deadline && r.deadlineConfidence === 'verify' ? UNCONFIRMED_DEADLINE_TEXT : null;
}

export function frontDoorFor(area: Area | undefined, subject: Subject): Contact | undefined {
  const audience = subject === 'child' ? 'children' : 'adults';
  const doors = area?.contacts.filter((c) => c.role === 'front-door') ?? [];
  return doors.find((c) => c.audience === audience) ?? doors.find((c) => c.audience === 'both');
}

export function frontDoorText(area: Area | undefined, subject: Subject): string {
  const door = frontDoorFor(area, subject);
  if (!door) return '';
  const phone = door.phone ? ` ${door.phone}${door.phoneOption ? ` (${door.phoneOption})` : ''}` : '';
  return `${door.name}${phone}`;
}

export function formText(area: Area | undefined): string {
  const r = area?.referral;
  return [r?.formName, r?.formUrl].filter(Boolean).join(': ');
}

type Filled = Record<string, { note: string; done: boolean }>;

/** Notes for the Telephone referral items; re-run when the call details or due time change. */
export function telephoneNotes(telephone: Telephone, dueAt: string | null, area: Area | undefined): Filled {
  const rule = ruleText(area?.referral.deadline);
  return {
    'telephone.at': { note: formatUkLong(new Date(telephone.at)), done: true },
    'telephone.taken-by': { note: telephone.takenBy, done: telephone.takenBy.trim() !== '' },
    'telephone.reference': { note: telephone.reference, done: telephone.reference.trim() !== '' },
    'telephone.deadline': dueAt
      ? {
          note: `Due by ${formatUkLong(new Date(dueAt))}${rule ? `, ${rule}` : ''}${
            area?.referral.deadline && area.referral.deadlineConfidence === 'verify' ? `. ${UNCONFIRMED_DEADLINE_TEXT}` : ''
          }`,
          done: true,
        }
      : { note: NO_DEADLINE_TEXT, done: false },
  };
}

export function prefillNotes(input: {
  subject: Subject;
  area: Area | undefined;
  telephone: Telephone;
  dueAt: string | null;
  profile: Profile;
  /** The organisation's address, from policy (the profile has none of its own). */
  referrerAddress?: string;
}): Filled {
  const { subject, area, telephone, dueAt, profile } = input;
  const door = frontDoorText(area, subject);
  const form = formText(area);
  const p = (value: string) => ({ note: value, done: value.trim() !== '' });
  return {
    'telephone.front-door': p(door),
    ...telephoneNotes(telephone, dueAt, area),
    'telephone.form': p(form),
    'referrer.name': p(profile.name),
    'referrer.role': p(profile.role),
    'referrer.organisation': p(profile.organisation),
    'referrer.address': p(input.referrerAddress ?? ''),
    'referrer.phone': p(profile.phone),
    'referrer.email': p(profile.email),
  };
}

export function toItems(filled: Filled, at: string): Record<string, ItemState> {
  const items: Record<string, ItemState> = {};
  for (const [id, f] of Object.entries(filled)) {
    if (f.note === '' && !f.done) continue;
    items[id] = { status: f.done ? 'done' : 'todo', note: f.note, updatedAt: at, rev: 1 };
  }
  return items;
}

export interface NewDraftInput {
  id: string;
  subject: Subject;
  area: Area | undefined;
  /** Kept even when the area is not in the bundled data (e.g. removed in an update). */
  areaId: string;
  callAt: Date;
  takenBy: string;
  reference: string;
  profile: Profile;
  referrerAddress?: string;
}

export function createDraft(input: NewDraftInput, now: Date, bankHolidays: ReadonlySet<string>): Draft {
  const at = now.toISOString();
  const due = dueFrom(input.callAt, input.area?.referral.deadline, bankHolidays);
  const telephone: Telephone = { at: input.callAt.toISOString(), takenBy: input.takenBy, reference: input.reference };
  const dueAt = due ? due.toISOString() : null;
  return {
    id: input.id,
    subject: input.subject,
    areaId: input.areaId,
    telephone,
    dueAt,
    dueSource: due ? 'area-rule' : 'user',
    items: toItems(
      prefillNotes({ subject: input.subject, area: input.area, telephone, dueAt, profile: input.profile, referrerAddress: input.referrerAddress }),
      at,
    ),
    referrer: { ...input.profile },
    concernTypes: [],
    createdAt: at,
    updatedAt: at,
    metaUpdatedAt: at,
    revision: 1,
    submittedAt: null,
  };
}
