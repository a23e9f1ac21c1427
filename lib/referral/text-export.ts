// The draft as plain text in MARF order, to paste into a council's online form. Plain text
// because those forms accept nothing else, and every field is labelled so nothing is ambiguous.
import type { Area } from '../contacts/schema';
import { concernTypesFor, sectionsFor, textFor, type Checklist } from './checklist';
import { itemState } from './draft';
import { formText, frontDoorText, NO_DEADLINE_TEXT } from './prefill';
import type { Draft, ItemStatus } from './schema';
import { formatUkLong } from './uk-format';

const STATUS_TEXT: Record<ItemStatus, string> = { todo: 'To do', done: 'Done', na: 'Not applicable' };

export function referralText(draft: Draft, area: Area | undefined, checklist: Checklist): string {
  const who = draft.subject === 'child' ? 'child' : 'adult';
  const r = draft.referrer;
  const lines: string[] = [
    `MULTI-AGENCY REFERRAL (${who.toUpperCase()}) — DRAFT`,
    `Area: ${area ? `${area.name} (${area.council})` : draft.areaId}`,
    `Front door: ${frontDoorText(area, draft.subject) || 'not recorded'}`,
    `Telephone referral: ${formatUkLong(new Date(draft.telephone.at))}`,
    `Call taken by: ${draft.telephone.takenBy || 'not recorded'}`,
    `Reference: ${draft.telephone.reference || 'none'}`,
    `Written referral due by: ${draft.dueAt ? formatUkLong(new Date(draft.dueAt)) : NO_DEADLINE_TEXT}`,
  ];
  const form = formText(area);
  if (form) lines.push(`Online form: ${form}`);
  if (draft.submittedAt) lines.push(`Submitted: ${formatUkLong(new Date(draft.submittedAt))}`);
  // The Referrer items start as the profile snapshot; what the user wrote there wins.
  const referrer = (id: string, fallback: string) => itemState(draft, `referrer.${id}`).note.trim() || fallback;
  lines.push(
    '',
    'Referrer:',
    `  Name: ${referrer('name', r.name)}`,
    `  Role: ${referrer('role', r.role)}`,
    `  Organisation: ${referrer('organisation', r.organisation)}`,
    `  Phone: ${referrer('phone', r.phone)}`,
    `  Email: ${referrer('email', r.email)}`,
  );

  sectionsFor(checklist, draft.subject).forEach((section, n) => {
    const title = `${n + 1}. ${textFor(section.title, draft.subject)}`;
    lines.push('', title.toUpperCase(), '-'.repeat(title.length));
    for (const item of section.items) {
      const state = itemState(draft, item.id);
      lines.push(`${textFor(item.label, draft.subject)} [${STATUS_TEXT[state.status]}]`);
      const choice = item.choices?.find((c) => c.value === state.choice);
      if (choice) lines.push(`  Answer: ${choice.label}`);
      if (item.id === 'concern.types' && draft.concernTypes.length > 0) {
        const names = concernTypesFor(draft.subject)
          .filter((t) => draft.concernTypes.includes(t.id))
          .map((t) => textFor(t.label, draft.subject));
        lines.push(`  Types: ${names.join('; ')}`);
      }
      // Indent continuation lines so a multi-line note stays under its item when pasted.
      if (state.note.trim()) lines.push(...state.note.trim().split(/\r?\n/).map((l) => `  ${l}`));
    }
  });
  return `${lines.join('\n')}\n`;
}
