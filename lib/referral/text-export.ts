// The draft as plain text to paste into a council's online form: only what has content, in the
// form's (MARF) order, each fact once, with plain labels and no status tags. Online MARFs have a
// box per question, so a section or a single answer can be copied on its own as well.
import { concernTypesFor, ESSENTIAL_ITEMS, sectionsFor, textFor, type Checklist, type ChecklistItem, type ChecklistSection, type Subject } from './checklist';
import { itemState } from './draft';
import type { Draft } from './schema';

/** "Full name" in "The child" reads "Child's full name", so a pasted line stands on its own. */
function labelFor(item: ChecklistItem, section: ChecklistSection, subject: Subject): string {
  const label = textFor(item.label, subject);
  if (section.id !== 'person') return label;
  const who = subject === 'child' ? "Child's" : "Adult's";
  return `${who} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** What the practitioner wrote for one item: its answer, the types ticked, its note. Empty if none. */
export function answerText(draft: Draft, item: ChecklistItem): string {
  const state = itemState(draft, item.id);
  if (state.status === 'na') return '';
  const parts: string[] = [];
  const choice = item.choices?.find((c) => c.value === state.choice);
  if (choice) parts.push(choice.label);
  if (item.id === 'concern.types' && draft.concernTypes.length > 0) {
    const names = concernTypesFor(draft.subject)
      .filter((t) => draft.concernTypes.includes(t.id))
      .map((t) => textFor(t.label, draft.subject));
    parts.push(names.join('; '));
  }
  const note = state.note.trim();
  if (note) parts.push(note);
  return parts.join('. ');
}

function itemLine(draft: Draft, item: ChecklistItem, section: ChecklistSection): string | null {
  const answer = answerText(draft, item);
  if (!answer) return null;
  const label = labelFor(item, section, draft.subject);
  // A question keeps its question mark ("Is anyone in immediate danger? No"); a multi-line note
  // starts on its own line, as typed.
  const mark = label.endsWith('?') ? '' : ':';
  return answer.includes('\n') ? `${label}${mark}\n${answer}` : `${label}${mark} ${answer}`;
}

function sectionLines(draft: Draft, section: ChecklistSection): string[] {
  return section.items.map((item) => itemLine(draft, item, section)).filter((l): l is string => l !== null);
}

/** One section: its title, then each answered item. Empty when nothing in it has content. */
export function sectionText(draft: Draft, checklist: Checklist, sectionId: string): string {
  const section = sectionsFor(checklist, draft.subject).find((s) => s.id === sectionId);
  if (!section) return '';
  const lines = sectionLines(draft, section);
  return lines.length ? `${[textFor(section.title, draft.subject), ...lines].join('\n')}\n` : '';
}

/** Items with no content that still matter (not marked not applicable), by label. */
export function notYetKnown(draft: Draft, checklist: Checklist): string[] {
  return sectionsFor(checklist, draft.subject).flatMap((section) =>
    section.items.filter((item) => itemState(draft, item.id).status !== 'na' && !answerText(draft, item)).map((item) => labelFor(item, section, draft.subject)),
  );
}

/** The whole referral, section by section; the print view uses the same text. */
export function referralText(draft: Draft, checklist: Checklist): string {
  const blocks = sectionsFor(checklist, draft.subject)
    .map((section) => sectionLines(draft, section).length && sectionText(draft, checklist, section.id).trimEnd())
    .filter((b): b is string => !!b);
  // Kept short: the essentials by name, the rest as a count.
  const missing = notYetKnown(draft, checklist);
  const essential = sectionsFor(checklist, draft.subject)
    .flatMap((section) => section.items.filter((i) => ESSENTIAL_ITEMS.includes(i.id)).map((i) => ({ i, section })))
    .filter(({ i, section }) => missing.includes(labelFor(i, section, draft.subject)))
    .map(({ i, section }) => labelFor(i, section, draft.subject));
  const others = missing.length - essential.length;
  if (missing.length) {
    const rest = others ? `${essential.length ? '; and ' : ''}${others} other ${others === 1 ? 'question' : 'questions'}` : '';
    blocks.push(`Not yet known: ${essential.join('; ')}${rest}.`);
  }
  return `${blocks.join('\n\n')}\n`;
}
