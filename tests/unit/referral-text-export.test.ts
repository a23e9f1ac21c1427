import { describe, expect, it } from 'vitest';
import { MARF_CHECKLIST } from '../../lib/referral/checklist';
import { derivedStatus, editItem, editMeta, EMPTY_ITEM } from '../../lib/referral/draft';
import { createDraft } from '../../lib/referral/prefill';
import { answerText, notYetKnown, referralText, sectionText } from '../../lib/referral/text-export';
import { testArea, testContact, testProfile } from '../fixtures/areas';

const AREA = testArea({ contacts: [testContact({ audience: 'children' })] });
const NOW = new Date('2026-07-01T09:00:00Z');
const item = (id: string) => MARF_CHECKLIST.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

function fresh() {
  return createDraft(
    { id: 'd1', subject: 'child', area: AREA, areaId: 'testshire', callAt: new Date('2026-07-01T08:30:00Z'), takenBy: 'Sam', reference: 'R-1', profile: testProfile() },
    NOW,
    new Set(),
  );
}

let draft = fresh();
draft = editItem(draft, 'safety.danger', { choice: 'no' }, NOW);
draft = editItem(draft, 'person.name', { note: 'Alex Smith' }, NOW);
draft = editItem(draft, 'concern.what', { note: 'Bruise on cheek.\nSeen with mother.' }, NOW);
draft = editItem(draft, 'consent.given', { choice: 'not-sought' }, NOW);
draft = editItem(draft, 'person.immigration', { status: 'na' }, NOW);
draft = editItem(draft, 'referrer.role', { note: 'GP partner and safeguarding lead' }, NOW);
draft = editMeta(draft, { concernTypes: ['physical', 'trafficking'] }, NOW);
const text = referralText(draft, MARF_CHECKLIST);

describe('paste-ready referral text', () => {
  it.each([
    ['an answer, by its label', 'Is anyone in immediate danger? No'],
    ['the child’s name with a label that stands alone', "Child's full name: Alex Smith"],
    ['a multi-line note under its label, as typed', 'What you are worried about, in plain facts:\nBruise on cheek.\nSeen with mother.'],
    ['the types of harm ticked', 'Type or types of harm: Physical abuse; Trafficking / modern slavery'],
    ['the pre-filled call time, once, in UK time (BST)', 'Date and time of the call: Wednesday 1 July 2026 at 09:30 (UK time)'],
    ['the due time, distinct from the call time', 'Deadline for the written referral: Due by Thursday 2 July 2026 at 09:30 (UK time)'],
    ['the referrer as edited in the draft', 'Job title or role: GP partner and safeguarding lead'],
    ['the front door phoned', 'Front door phoned: Testshire MASH 01234 567890'],
  ])('has %s', (_, fragment) => {
    expect(text).toContain(fragment);
  });

  it('has no status tags, no draft header and no underlines', () => {
    expect(text).not.toMatch(/\[(To do|Done|Not applicable)\]/);
    expect(text).not.toMatch(/DRAFT|MULTI-AGENCY/);
    expect(text).not.toMatch(/^-{3,}$/m);
  });

  it('says each fact once', () => {
    expect(text.match(/Alex Smith/g)).toHaveLength(1);
    expect(text.match(/Wednesday 1 July 2026 at 09:30/g)).toHaveLength(1);
    expect(text.match(/Dr A\. Example/g)).toHaveLength(1);
  });

  it('leaves out not-applicable and empty items; one short "Not yet known" line at the end names the essentials', () => {
    expect(text).not.toContain('Immigration status');
    expect(text).not.toContain('Other names or spellings');
    const last = text.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^Not yet known: Is the child safe tonight\?; Child's date of birth.*; Child's address and postcode; and \d+ other questions\.$/);
  });

  it('keeps the form’s order of sections (immediate safety first, the referrer last)', () => {
    const titles = text.split('\n\n').map((block) => block.split('\n')[0]);
    expect(titles.slice(0, -1)).toEqual(['Immediate safety', 'Telephone referral', 'The child', 'The concern', 'Consent and information sharing', 'Referrer']);
  });

  it('copies one section alone, and one answer alone', () => {
    expect(sectionText(draft, MARF_CHECKLIST, 'concern')).toBe(
      'The concern\nWhat you are worried about, in plain facts:\nBruise on cheek.\nSeen with mother.\nType or types of harm: Physical abuse; Trafficking / modern slavery\n',
    );
    expect(sectionText(draft, MARF_CHECKLIST, 'household')).toBe('');
    expect(answerText(draft, item('person.name'))).toBe('Alex Smith');
    expect(answerText(draft, item('consent.given'))).toBe('Not sought');
    expect(answerText(draft, item('person.immigration'))).toBe('');
  });

  it('lists nothing as not yet known once everything is answered or not applicable', () => {
    let all = fresh();
    for (const s of MARF_CHECKLIST.sections) for (const i of s.items) all = editItem(all, i.id, { status: 'na' }, NOW);
    expect(notYetKnown(all, MARF_CHECKLIST)).toEqual([]);
    expect(referralText(all, MARF_CHECKLIST)).not.toContain('Not yet known');
  });
});

describe('status follows the work', () => {
  const todo = { ...EMPTY_ITEM, updatedAt: NOW.toISOString() };
  it.each([
    ['a note written', todo, { note: 'Sam' }, 'done'],
    ['an answer picked', todo, { choice: 'yes' }, 'done'],
    ['only spaces', todo, { note: '   ' }, 'todo'],
    ['the note cleared again', { ...todo, status: 'done' as const, note: 'Sam' }, { note: '' }, 'todo'],
    ['a note on a not-applicable item', { ...todo, status: 'na' as const }, { note: 'why' }, 'na'],
    ['a status set by the practitioner', { ...todo, note: 'Sam', status: 'done' as const }, { status: 'todo' as const }, 'todo'],
  ])('%s → %s', (_, old, patch, expected) => {
    expect(derivedStatus(old, patch)).toBe(expected);
  });

  it('pre-filled items count as done from the start', () => {
    const d = fresh();
    expect(d.items['telephone.at']?.status).toBe('done');
    expect(d.items['referrer.name']?.status).toBe('done');
  });
});
