import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { toTel, type Area } from '../../lib/contacts/schema';
import { formatUkDayTime } from '../../lib/contacts/uk-time';
import {
  concernTypesFor,
  displaySections,
  guidanceFor,
  itemsFor,
  textFor,
  type Checklist,
  type ChecklistSection,
} from '../../lib/referral/checklist';
import { timeLeft } from '../../lib/referral/deadline';
import { countDone, countToDo, itemState } from '../../lib/referral/draft';
import { deadlineCheckNote, frontDoorFor, NO_DEADLINE_TEXT } from '../../lib/referral/prefill';
import { retentionText } from '../../lib/referral/retention';
import type { Draft } from '../../lib/referral/schema';
import { answerText, referralText, sectionText } from '../../lib/referral/text-export';
import { formatUkLong } from '../../lib/referral/uk-format';
import type { DraftsStore } from '../../lib/state/drafts-store';
import { ChecklistItemView } from './ChecklistItem';
import { CopyButton } from './CopyButton';
import { UkDateTime } from './UkDateTime';

export interface DraftEditorProps {
  store: DraftsStore;
  draftId: string;
  area: Area | undefined;
  checklist: Checklist;
  retentionDays: number;
  now: Date;
  copy(text: string): Promise<void>;
  print(): void;
  say(message: string): void;
  /** Move focus to the draft's heading when it opens (not when the page itself opens on it). */
  autoFocus?: boolean;
  /** Reopened where the practitioner left off: focus this item's first field instead. */
  focusItemId?: string | null;
  /** Just started: focus the first question of the open section. */
  focusFirstField?: boolean;
  onItemEdited?(itemId: string): void;
  onClose(): void;
}

const todoIn = (draft: Draft, section: ChecklistSection) => countToDo(draft, section.items.map((i) => i.id));

export function DraftEditor(props: DraftEditorProps) {
  const { store, draftId, area, checklist, now, say } = props;
  const draft = store.draft(draftId);
  const confirming = useSignal(false);
  const editingDue = useSignal(false);
  const manualCopy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const checklistRef = useRef<HTMLDivElement>(null);
  const sections = draft ? displaySections(checklist, draft.subject) : [];
  // The section in progress is open, finished ones folded; the resumed item's section too.
  const open = useSignal<ReadonlySet<string>>(
    new Set(
      draft
        ? [
            sections.find((s) => todoIn(draft, s) > 0)?.id ?? sections[0]?.id,
            sections.find((s) => s.items.some((i) => i.id === props.focusItemId))?.id,
          ].filter((id): id is string => !!id)
        : [],
    ),
  );
  const setOpen = (id: string, isOpen: boolean) => {
    if (open.value.has(id) === isOpen) return;
    const next = new Set(open.value);
    if (isOpen) next.add(id);
    else next.delete(id);
    open.value = next;
  };

  useEffect(() => {
    const box = props.focusItemId ? checklistRef.current?.querySelector(`[data-item-id="${CSS.escape(props.focusItemId)}"]`) : null;
    // The note first: it is where typing resumes; an item without one has its answer.
    const resumed = box?.querySelector<HTMLElement>('textarea') ?? box?.querySelector<HTMLElement>('input:checked, input');
    const first = props.focusFirstField
      ? checklistRef.current?.querySelector<HTMLElement>('details[open] [data-item-id] .ref-choice input[tabindex="0"], details[open] [data-item-id] textarea')
      : null;
    const target = resumed ?? first;
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    } else if (props.autoFocus !== false) heading.current?.focus();
  }, [draftId]);
  useEffect(() => {
    if (confirming.value) confirmText.current?.focus();
  }, [confirming.value]);

  if (!draft) {
    return (
      <div class="nhsuk-card">
        <p>This draft has been deleted.</p>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={props.onClose}>
          Back to drafts
        </button>
      </div>
    );
  }

  const who = draft.subject === 'child' ? 'Child' : 'Adult';
  const ids = itemsFor(checklist, draft.subject).map((i) => i.id);
  const progress = countDone(draft, ids);
  const toDo = countToDo(draft, ids);
  const due = draft.dueAt ? new Date(draft.dueAt) : null;
  const left = due ? timeLeft(due, now) : null;
  const door = frontDoorFor(area, draft.subject);
  const guidance = guidanceFor(draft.subject, draft.concernTypes, itemState(draft, 'consent.given').choice);
  const base = `draft-${draftId}`;
  const sectionId = (s: ChecklistSection) => `${base}-${s.id}`;
  const dueCheck = deadlineCheckNote(area, draft.dueSource);
  const copyProps = { copy: props.copy, say };

  const toggleType = (id: string, on: boolean) =>
    store.setConcernTypes(draftId, on ? [...draft.concernTypes.filter((t) => t !== id), id] : draft.concernTypes.filter((t) => t !== id));
  const jumpTo = (s: ChecklistSection) => {
    setOpen(s.id, true);
    // After the section has opened: its heading gets the focus, so Tab goes into it.
    setTimeout(() => {
      const summary = document.getElementById(`${sectionId(s)}-summary`);
      summary?.focus();
      summary?.scrollIntoView({ block: 'start' });
    }, 0);
  };
  const cancelDelete = () => {
    confirming.value = false;
    deleteButton.current?.focus();
  };

  return (
    <article class="ref-editor" aria-labelledby={`${base}-title`}>
      <a class="ref-skip" href={`#${base}-sections`}>
        Skip to the draft’s sections
      </a>
      <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small ref-no-print" onClick={props.onClose}>
        Back to drafts
      </button>
      <h3 id={`${base}-title`} tabIndex={-1} ref={heading}>
        {`Referral draft: ${who.toLowerCase()}, ${area?.name ?? draft.areaId}`}
      </h3>

      <dl class="ref-facts">
        <dt>Front door</dt>
        <dd>
          {door?.phone ? (
            <a href={`tel:${toTel(door.phone)}`}>{`Call ${door.name} on ${door.phone}`}</a>
          ) : (
            'Not in the contact data for this area'
          )}
        </dd>
        <dt>Phoned</dt>
        <dd>{formatUkLong(new Date(draft.telephone.at))}</dd>
        {draft.submittedAt ? (
          <>
            <dt>Submitted</dt>
            <dd>
              <strong class="nhsuk-tag nhsuk-tag--closed">{`Submitted ${formatUkDayTime(new Date(draft.submittedAt), now)}`}</strong>
            </dd>
          </>
        ) : (
          <>
            <dt>Due</dt>
            <dd>
              {due && left ? (
                <>
                  {`Due by ${formatUkDayTime(due, now)} `}
                  <strong class={left.overdue ? 'nhsuk-tag ref-tag--overdue' : 'nhsuk-tag nhsuk-tag--open'}>{left.overdue ? 'Overdue' : left.text}</strong>
                  {left.overdue && <span class="visually-hidden">{` (${left.text})`}</span>}
                  {dueCheck ? <strong class="ref-due-check">{dueCheck}</strong> : null}
                </>
              ) : (
                <span class="ref-no-deadline">{NO_DEADLINE_TEXT}</span>
              )}
            </dd>
          </>
        )}
      </dl>

      {!draft.submittedAt && (!due || editingDue.value) ? (
        <div class="field ref-no-print">
          <UkDateTime
            id={`${base}-due`}
            legend="Due time (UK time)"
            value={due}
            onChange={(at) => {
              if (!at) return;
              store.setDue(draftId, at);
              say(`Due time set: ${formatUkLong(at)}.`);
            }}
          />
        </div>
      ) : !draft.submittedAt ? (
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small ref-no-print" onClick={() => (editingDue.value = true)}>
          Change due time
        </button>
      ) : null}

      <details class="ref-call ref-no-print">
        <summary>Call details</summary>
        <UkDateTime
          id={`${base}-call-at`}
          legend="Time of phone call (UK time)"
          value={new Date(draft.telephone.at)}
          onChange={(at) => at && store.setTelephone(draftId, { at: at.toISOString() })}
        />
        <div class="field">
          <label class="nhsuk-label" for={`${base}-taken-by`}>
            Who took the call
          </label>
          <input
            id={`${base}-taken-by`}
            class="nhsuk-input"
            value={draft.telephone.takenBy}
            onInput={(e) => store.setTelephone(draftId, { takenBy: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label class="nhsuk-label" for={`${base}-reference`}>
            Reference
          </label>
          <input
            id={`${base}-reference`}
            class="nhsuk-input"
            value={draft.telephone.reference}
            onInput={(e) => store.setTelephone(draftId, { reference: e.currentTarget.value })}
          />
        </div>
      </details>

      <p class="ref-progress">
        <strong>{toDo === 0 ? 'Nothing left to do' : `${toDo} ${toDo === 1 ? 'item' : 'items'} still to do`}</strong>
        {`, ${progress.done} done${progress.na > 0 ? `, ${progress.na} not applicable` : ''}`}
      </p>
      <p class="nhsuk-hint">{retentionText(draft, props.retentionDays)}</p>

      <nav class="ref-toc ref-no-print" id={`${base}-sections`} aria-label="Sections of this draft" tabIndex={-1}>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a
                href={`#${sectionId(s)}`}
                onClick={(e) => {
                  e.preventDefault();
                  jumpTo(s);
                }}
              >
                {textFor(s.title, draft.subject)}
              </a>
              {` — ${todoIn(draft, s) === 0 ? 'done' : `${todoIn(draft, s)} to do`}`}
            </li>
          ))}
        </ol>
      </nav>

      {manualCopy.value && (
        <div class="field ref-no-print">
          <label class="nhsuk-label" for={`${base}-text`}>
            Referral text, to copy
          </label>
          <textarea
            id={`${base}-text`}
            class="nhsuk-textarea ref-json"
            readOnly
            rows={10}
            value={referralText(draft, checklist)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}

      <div class="ref-checklist ref-no-print" ref={checklistRef}>
        {sections.map((section, n) => {
          const total = section.items.length;
          const done = total - todoIn(draft, section);
          const title = `${n + 1}. ${textFor(section.title, draft.subject)}`;
          return (
            <details
              class="ref-section"
              key={section.id}
              id={sectionId(section)}
              open={open.value.has(section.id)}
              onToggle={(e) => setOpen(section.id, (e.currentTarget as HTMLDetailsElement).open)}
            >
              <summary class="ref-section__summary" id={`${sectionId(section)}-summary`}>
                <h4 class="ref-section__title">{title}</h4>
                <span class="ref-section__count">{`${done} of ${total} done`}</span>
              </summary>
              <div class="ref-section__tools">
                <CopyButton
                  {...copyProps}
                  label="Copy"
                  accessibleName={`Copy section: ${textFor(section.title, draft.subject)}`}
                  what={textFor(section.title, draft.subject)}
                  text={() => sectionText(draft, checklist, section.id)}
                />
              </div>
              {section.hint && <p class="nhsuk-hint">{textFor(section.hint, draft.subject)}</p>}
              {section.items.map((item) => {
                const label = textFor(item.label, draft.subject);
                return (
                  <ChecklistItemView
                    key={item.id}
                    draftId={draftId}
                    subject={draft.subject}
                    item={item}
                    state={itemState(draft, item.id)}
                    guidance={guidance.filter((g) => g.itemId === item.id)}
                    onChange={(patch) => {
                      store.updateItem(draftId, item.id, patch);
                      props.onItemEdited?.(item.id);
                    }}
                    after={
                      <CopyButton {...copyProps} label="Copy" accessibleName={`Copy answer: ${label}`} what={label} text={() => answerText(draft, item)} />
                    }
                  >
                    {item.id === 'concern.types' && (
                      <fieldset class="ref-types">
                        <legend class="ref-legend">Types of harm</legend>
                        {concernTypesFor(draft.subject).map((t) => (
                          <div class="ref-check" key={t.id}>
                            <input
                              type="checkbox"
                              id={`${base}-type-${t.id}`}
                              checked={draft.concernTypes.includes(t.id)}
                              onChange={(e) => toggleType(t.id, e.currentTarget.checked)}
                            />
                            <label for={`${base}-type-${t.id}`}>{textFor(t.label, draft.subject)}</label>
                          </div>
                        ))}
                      </fieldset>
                    )}
                  </ChecklistItemView>
                );
              })}
            </details>
          );
        })}
      </div>

      {confirming.value && (
        <div
          class="nhsuk-warning ref-confirm ref-no-print"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              cancelDelete();
            }
          }}
        >
          <p tabIndex={-1} ref={confirmText}>
            <strong>Delete this draft? It cannot be undone.</strong> Press Escape to keep it.
          </p>
          <button
            type="button"
            class="nhsuk-button nhsuk-button--warning"
            onClick={() => {
              store.delete(draftId);
              say('Draft deleted.');
              props.onClose();
            }}
          >
            Yes, delete this draft
          </button>{' '}
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancelDelete}>
            Cancel
          </button>
        </div>
      )}

      {/* After the checklist in the tab order, and on screen at any scroll position. */}
      <div class="ref-actionbar ref-no-print" role="group" aria-label="Draft actions">
        <CopyButton
          {...copyProps}
          className="nhsuk-button nhsuk-button--small"
          label="Copy referral text"
          what="Referral text"
          text={() => referralText(draft, checklist)}
          onRefused={() => (manualCopy.value = true)}
        />
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={props.print}>
          Print
        </button>
        <button
          type="button"
          class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            store.markSubmitted(draftId, !draft.submittedAt);
            say(draft.submittedAt ? 'Marked as not submitted.' : 'Marked as submitted.');
          }}
        >
          {draft.submittedAt ? 'Mark as not submitted' : 'Mark as submitted'}
        </button>
        <button
          type="button"
          ref={deleteButton}
          class="nhsuk-button nhsuk-button--warning nhsuk-button--small"
          onClick={() => (confirming.value = true)}
        >
          Delete draft
        </button>
      </div>

      <pre class="ref-print-text">{referralText(draft, checklist)}</pre>
    </article>
  );
}
