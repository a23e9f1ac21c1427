import { describe, expect, it } from 'vitest';
import type { Area } from '../../lib/contacts/schema';
import { createDraft, deadlineCheckNote, NO_DEADLINE_TEXT, UNCONFIRMED_DEADLINE_TEXT } from '../../lib/referral/prefill';
import { DraftSchema } from '../../lib/referral/schema';
import { EMPTY_PROFILE, type Profile } from '../../lib/settings/profile';
import { testArea, testContact, testProfile } from '../fixtures/areas';

// Separate front doors for children and adults, and a named form to send the referral on.
const AREA = testArea({
  contacts: [
    testContact({ audience: 'children' }),
    testContact({ id: 'testshire-adults', name: 'Adult Social Care', audience: 'adults', phone: '01234 111222', phoneOption: 'option 2' }),
  ],
  referral: { deadline: { unit: 'hours', value: 24 }, formName: 'Testshire MARF', formUrl: 'https://forms.example.org/marf' },
});

const PROFILE = testProfile({ email: '' });
const NOW = new Date('2026-11-23T14:40:00Z');

function draftFor(subject: 'child' | 'adult', area: Area | undefined, profile: Profile = PROFILE) {
  return createDraft(
    { id: 'd1', subject, area, areaId: area?.id ?? 'nowhere', callAt: new Date('2026-11-23T14:30:00Z'), takenBy: 'Sam', reference: '', profile },
    NOW,
    new Set(),
  );
}

describe('a new draft is pre-filled', () => {
  const draft = draftFor('child', AREA);

  it('is a valid stored draft', () => {
    expect(DraftSchema.safeParse(draft).success).toBe(true);
  });

  it('takes the due time from the area rule', () => {
    expect(draft.dueAt).toBe('2026-11-24T14:30:00.000Z');
    expect(draft.dueSource).toBe('area-rule');
  });

  it.each([
    ['telephone.front-door', 'done', 'Testshire MASH 01234 567890'],
    ['telephone.at', 'done', 'Monday 23 November 2026 at 14:30 (UK time)'],
    ['telephone.taken-by', 'done', 'Sam'],
    ['telephone.deadline', 'done', 'Due by Tuesday 24 November 2026 at 14:30 (UK time), within 24 hours of the phone call'],
    ['telephone.form', 'done', 'Testshire MARF: https://forms.example.org/marf'],
    ['referrer.name', 'done', 'Dr A. Example'],
    ['referrer.role', 'done', 'GP partner'],
    ['referrer.organisation', 'done', 'Example Street Surgery'],
    ['referrer.phone', 'done', '01234 000000'],
  ])('%s is %s with "%s"', (id, status, note) => {
    expect(draft.items[id]).toMatchObject({ status, note });
  });

  it('leaves what is not known to do', () => {
    expect(draft.items['telephone.reference']).toBeUndefined();
    expect(draft.items['referrer.email']).toBeUndefined();
    expect(draft.items['concern.what']).toBeUndefined();
  });

  it('keeps a snapshot of the referrer', () => {
    expect(draft.referrer).toEqual(PROFILE);
  });

  it("uses the adults' front door for an adult", () => {
    expect(draftFor('adult', AREA).items['telephone.front-door']?.note).toBe('Adult Social Care 01234 111222 (option 2)');
  });

  it('asks for the due time where the area has no confirmed rule', () => {
    const d = draftFor('child', { ...AREA, referral: {} });
    expect(d.dueAt).toBeNull();
    expect(d.dueSource).toBe('user');
    expect(d.items['telephone.deadline']).toMatchObject({ status: 'todo', note: NO_DEADLINE_TEXT });
    expect(d.items['telephone.form']).toBeUndefined();
  });

  it('starts with an empty profile without marking referrer items done', () => {
    const d = draftFor('child', AREA, EMPTY_PROFILE);
    expect(Object.keys(d.items).filter((k) => k.startsWith('referrer.'))).toEqual([]);
  });
});

describe('a deadline the reference marks verify', () => {
  const unsure = testArea({ referral: { deadline: { unit: 'hours', value: 48 }, deadlineConfidence: 'verify' } });
  const sure = testArea({ referral: { deadline: { unit: 'hours', value: 48 }, deadlineConfidence: 'confirmed' } });

  it('still gives the due time, with "check it with the council" beside it', () => {
    const draft = draftFor('child', unsure);
    expect(draft.dueAt).toBe('2026-11-25T14:30:00.000Z');
    expect(draft.items['telephone.deadline']?.note).toContain(UNCONFIRMED_DEADLINE_TEXT);
    expect(deadlineCheckNote(unsure, draft.dueSource)).toBe(UNCONFIRMED_DEADLINE_TEXT);
  });

  it('says nothing of the kind for a confirmed rule, or once the practitioner set the time', () => {
    expect(draftFor('child', sure).items['telephone.deadline']?.note).not.toContain(UNCONFIRMED_DEADLINE_TEXT);
    expect(deadlineCheckNote(sure, 'area-rule')).toBeNull();
    expect(deadlineCheckNote(unsure, 'user')).toBeNull();
  });
});
