import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { toTel, type Area } from '../../lib/contacts/schema';
import { formatUkDayTime } from '../../lib/contacts/uk-time';
import { concernTypesFor, guidanceFor, itemsFor, sectionsFor, textFor, type Checklist } from '../../lib/referral/checklist';
import { timeLeft } from '../../lib/referral/deadline';
import { countDone, itemState } from '../../lib/referral/draft';
import { deadlineCheckNote, frontDoorFor, NO_DEADLINE_TEXT } from '../../lib/referral/prefill';
import { retentionText } from '../../lib/referral/retention';
import { referralText } from '../../lib/referral/text-export';
import { formatUkLong, fromUkInputValue, toUkInputValue } from '../../lib/referral/uk-format';
import type { DraftsStore } from '../../lib/state/drafts-store';
import { ChecklistItemView } from './ChecklistItem';

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
  onItemEdited?(itemId: string): void;
  onClose(): void;
}

export function DraftEditor(props: DraftEditorProps) {
  const { store, draftId, area, checklist, now, say } = props;
  const draft = store.draft(draftId);
  const confirming = useSignal(false);
  const editingDue = useSignal(false);
  const manualCopy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);

  const checklistRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = props.focusItemId ? checklistRef.current?.querySelector(`[data-item-id="${CSS.escape(props.focusItemId)}"]`) : null;
    // The note first: it is where typing resumes; an item without one has its answer.
    const resumed = box?.querySelector<HTMLElement>('textarea') ?? box?.querySelector<HTMLElement>('input:checked, input');
    if (resumed) {
      resumed.focus();
      resumed.scrollIntoView({ block: 'center' });
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
  const due = draft.dueAt ? new Date(draft.dueAt) : null;
  const left = due ? timeLeft(due, now) : null;
  const door = frontDoorFor(area, draft.subject);
  const guidance = guidanceFor(draft.subject, draft.concernTypes, itemState(draft, 'consent.given').choice);
  const base = `draft-${draftId}`;

  const copy = () =>
    props.copy(referralText(draft, area, checklist)).then(
      () => {
        manualCopy.value = false;
        say('Referral text copied. Paste it into the online form.');
      },
      () => {
        // The browser refused the clipboard: show the text to select and copy by hand.
        manualCopy.value = true;
        say('Could not copy automatically. The referral text is shown below: select it and copy it.');
      },
    );
  const toggleType = (id: string, on: boolean) =>
    store.setConcernTypes(draftId, on ? [...draft.concernTypes.filter((t) => t !== id), id] : draft.concernTypes.filter((t) => t !== id));

  return (
    <article class="ref-editor" aria-labelledby={`${base}-title`}>
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
        <dt>Due</dt>
        <dd>
          {due && left ? (
            <>
              {`Due by ${formatUkDayTime(due, now)} `}
              <strong class={left.overdue ? 'nhsuk-tag ref-tag--overdue' : 'nhsuk-tag nhsuk-tag--open'}>{left.overdue ? 'Overdue' : left.text}</strong>
              {left.overdue && <span class="visually-hidden">{` (${left.text})`}</span>}
              {deadlineCheckNote(area, draft.dueSource) ? <strong class="ref-due-check">{deadlineCheckNote(area, draft.dueSource)}</strong> : null}
            </>
          ) : (
            <span class="ref-no-deadline">{NO_DEADLINE_TEXT}</span>
          )}
        </dd>
        {draft.submittedAt && (
          <>
            <dt>Submitted</dt>
            <dd>{formatUkLong(new Date(draft.submittedAt))}</dd>
          </>
        )}
      </dl>

      {(!due || editingDue.value) ? (
        <div class="field ref-no-print">
          <label class="nhsuk-label" for={`${base}-due`}>
            Due time (UK time)
          </label>
          <input
            id={`${base}-due`}
            class="nhsuk-input ref-input--datetime"
            type="datetime-local"
            value={due ? toUkInputValue(due) : ''}
            onChange={(e) => {
              const at = fromUkInputValue(e.currentTarget.value);
              if (at) {
                store.setDue(draftId, at);
                say(`Due time set: ${formatUkLong(at)}.`);
              }
            }}
          />
        </div>
      ) : (
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small ref-no-print" onClick={() => (editingDue.value = true)}>
          Change due time
        </button>
      )}

      <details class="ref-call ref-no-print">
        <summary>Call details</summary>
        <div class="field">
          <label class="nhsuk-label" for={`${base}-call-at`}>
            Time of phone call (UK time)
          </label>
          <input
            id={`${base}-call-at`}
            class="nhsuk-input ref-input--datetime"
            type="datetime-local"
            value={toUkInputValue(new Date(draft.telephone.at))}
            onChange={(e) => {
              const at = fromUkInputValue(e.currentTarget.value);
              if (at) store.setTelephone(draftId, { at: at.toISOString() });
            }}
          />
        </div>
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
        <strong>{`${progress.done} of ${progress.total - progress.na} done`}</strong>
        {progress.na > 0 ? `, ${progress.na} not applicable` : ''}
      </p>
      <p class="nhsuk-hint">{retentionText(draft, props.retentionDays)}</p>

      <div class="ref-actions ref-no-print">
        <button type="button" class="nhsuk-button" onClick={copy}>
          Copy referral text
        </button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={props.print}>
          Print
        </button>
        <button
          type="button"
          class="nhsuk-button nhsuk-button--secondary"
          onClick={() => {
            store.markSubmitted(draftId, !draft.submittedAt);
            say(draft.submittedAt ? 'Marked as not submitted.' : 'Marked as submitted.');
          }}
        >
          {draft.submittedAt ? 'Mark as not submitted' : 'Mark as submitted'}
        </button>
        <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={() => (confirming.value = true)}>
          Delete draft
        </button>
      </div>

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
            value={referralText(draft, area, checklist)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}

      {confirming.value && (
        <div class="nhsuk-warning ref-confirm ref-no-print">
          <p tabIndex={-1} ref={confirmText}>
            <strong>Delete this draft? It cannot be undone.</strong>
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
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (confirming.value = false)}>
            Cancel
          </button>
        </div>
      )}

      <div class="ref-checklist ref-no-print" ref={checklistRef}>
        {sectionsFor(checklist, draft.subject).map((section, n) => (
          <section class="ref-section" key={section.id} aria-labelledby={`${base}-${section.id}`}>
            <h4 id={`${base}-${section.id}`}>{`${n + 1}. ${textFor(section.title, draft.subject)}`}</h4>
            {section.hint && <p class="nhsuk-hint">{textFor(section.hint, draft.subject)}</p>}
            {section.items.map((item) => (
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
            ))}
          </section>
        ))}
      </div>

      <pre class="ref-print-text">{referralText(draft, area, checklist)}</pre>
    </article>
  );
}
