import { describe, expect, it } from 'vitest';
import { MARF_CHECKLIST, itemsFor } from '../../lib/referral/checklist';
import { editItem, editMeta } from '../../lib/referral/draft';
import { createDraft } from '../../lib/referral/prefill';
import { referralText } from '../../lib/referral/text-export';
import { testArea, testContact, testProfile } from '../fixtures/areas';

const AREA = testArea({ contacts: [testContact({ audience: 'children' })] });

const NOW = new Date('2026-07-01T09:00:00Z');
const profile = testProfile();
let draft = createDraft(
  { id: 'd1', subject: 'child', area: AREA, areaId: 'testshire', callAt: new Date('2026-07-01T08:30:00Z'), takenBy: 'Sam', reference: 'R-1', profile },
  NOW,
  new Set(),
);
draft = editItem(draft, 'concern.what', { note: 'Bruise on cheek.\nSeen with mother.', status: 'done' }, NOW);
draft = editItem(draft, 'consent.given', { choice: 'not-sought' }, NOW);
draft = editItem(draft, 'person.immigration', { status: 'na' }, NOW);
draft = editItem(draft, 'referrer.role', { note: 'GP partner and safeguarding lead' }, NOW);
draft = editMeta(draft, { concernTypes: ['physical', 'trafficking'] }, NOW);
const text = referralText(draft, AREA, MARF_CHECKLIST);

describe('referralText', () => {
  it.each([
    ['the referrer', 'Name: Dr A. Example'],
    ['the organisation', 'Organisation: Example Street Surgery'],
    ['the referrer as edited in the draft', 'Role: GP partner and safeguarding lead'],
    ["the area's front door", 'Front door: Testshire MASH 01234 567890'],
    ['the call time in UK time (BST)', 'Telephone referral: Wednesday 1 July 2026 at 09:30 (UK time)'],
    ['the due time in UK time', 'Written referral due by: Thursday 2 July 2026 at 09:30 (UK time)'],
    ['a done item with its note, indented line by line', 'What you are worried about, in plain facts [Done]\n  Bruise on cheek.\n  Seen with mother.'],
    ['an answer', 'Consent to share information [To do]\n  Answer: Not sought'],
    ['a not applicable item', 'Immigration status, where relevant [Not applicable]'],
    ['the concern types', 'Types: Physical abuse; Trafficking / modern slavery'],
  ])('contains %s', (_, fragment) => {
    expect(text).toContain(fragment);
  });

  it('lists every item for a child, sections in MARF order', () => {
    for (const item of itemsFor(MARF_CHECKLIST, 'child')) {
      expect(text).toContain(typeof item.label === 'string' ? item.label : item.label.child);
    }
    const headings = [...text.matchAll(/^\d\. .+$/gm)].map((m) => m[0]);
    expect(headings).toEqual([
      '1. IMMEDIATE SAFETY',
      '2. TELEPHONE REFERRAL',
      '3. THE CHILD',
      '4. HOUSEHOLD AND FAMILY',
      '5. PROFESSIONALS INVOLVED',
      '6. THE CONCERN',
      '7. THEIR VOICE',
      '8. CONSENT AND INFORMATION SHARING',
      '9. REFERRER',
    ]);
  });

  it('leaves out adult-only items for a child', () => {
    expect(text).not.toContain('mental capacity');
  });
});
