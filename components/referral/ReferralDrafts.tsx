import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { copyText } from '../../lib/clipboard';
import type { AreaIndexEntry } from '../../lib/contacts/area-options';
import type { Area } from '../../lib/contacts/schema';
import { formatUkDayTime } from '../../lib/contacts/uk-time';
import { MARF_CHECKLIST, itemsFor, type Checklist } from '../../lib/referral/checklist';
import { timeLeft } from '../../lib/referral/deadline';
import { countDone } from '../../lib/referral/draft';
import { DEFAULT_RETENTION_DAYS } from '../../lib/referral/retention';
import type { Draft } from '../../lib/referral/schema';
import type { Profile } from '../../lib/settings/profile';
import type { DraftsStore } from '../../lib/state/drafts-store';
import { DraftEditor } from './DraftEditor';
import { NewDraftForm, type NewDraftValues } from './NewDraftForm';
import { SetAsideNotice } from './SetAsideNotice';
import { useNow } from './use-now';
import './referral.css';

export interface ReferralDraftsProps {
  store: DraftsStore;
  /** Every area's id and name (the index), for titles and the new-draft picker; full areas will do. */
  areas: readonly (AreaIndexEntry | Area)[];
  /** A full area file already loaded (drafts' areas are loaded before this renders). Default: from `areas`. */
  areaOf?(id: string): Area | undefined;
  /** Loads an area's full file: a new draft is pre-filled from it. Default: `areaOf`. */
  loadArea?(id: string): Promise<Area | undefined>;
  /** The area chosen in the page's "Area" picker: the default for a new draft. */
  currentAreaId: string | null;
  profile: ReadonlySignal<Profile>;
  /** The organisation's address from policy: pre-fills "Organisation address". */
  referrerAddress?: ReadonlySignal<string>;
  retentionDays?: number;
  checklist?: Checklist;
  now?: () => Date;
  copy?(text: string): Promise<void>;
  print?(): void;
  /** Open this draft at once (where the practitioner left off in this browser session). */
  initialDraftId?: string | null;
  /** With initialDraftId: the item last edited, which gets the focus. */
  initialItemId?: string | null;
  /** Told where the practitioner is: the open draft and the item edited, or null for the list. */
  onPlace?(draftId: string | null, itemId?: string): void;
  /** Counts the popup's "New referral draft" presses: each new count opens the form. */
  newDraftRequests?: number;
}

const systemNow = () => new Date();

function draftTitle(d: Draft, areas: readonly AreaIndexEntry[], now: Date): string {
  const area = areas.find((a) => a.id === d.areaId)?.name ?? d.areaId;
  return `${d.subject === 'child' ? 'Child' : 'Adult'}, ${area}, phoned ${formatUkDayTime(new Date(d.telephone.at), now)}`;
}

export function ReferralDrafts(props: ReferralDraftsProps) {
  const { store, areas } = props;
  const areaOf =
    props.areaOf ?? ((id: string) => areas.find((a): a is Area => a.id === id && 'contacts' in a));
  const loadArea = props.loadArea ?? ((id: string) => Promise.resolve(areaOf(id)));
  const checklist = props.checklist ?? MARF_CHECKLIST;
  const retentionDays = props.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const now = useNow(props.now ?? systemNow);
  const view = useSignal<'list' | 'new' | { draftId: string }>(props.initialDraftId ? { draftId: props.initialDraftId } : 'list');
  const shown = view.value;
  const shownDraft = typeof shown === 'object' ? shown.draftId : null;
  useEffect(() => props.onPlace?.(shownDraft), [shownDraft]);
  useEffect(() => {
    if (props.newDraftRequests) view.value = 'new';
  }, [props.newDraftRequests]);
  const message = useSignal('');
  const confirmAll = useSignal(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const confirmAllText = useRef<HTMLParagraphElement>(null);
  const deleteAllButton = useRef<HTMLButtonElement>(null);
  // Focus moves to what the user opened, never on page load (Quick exit stays first).
  const navigated = useRef(false);
  // A draft just started opens on its first question, not its heading: the next key is an answer.
  const justCreated = useRef<string | null>(null);
  const go = (next: typeof view.value) => {
    navigated.current = true;
    view.value = next;
  };
  const say = (text: string) => (message.value = text);
  const backToList = () => {
    go('list');
    // Return focus to a stable place once the list is back.
    setTimeout(() => newButton.current?.focus(), 0);
  };

  useEffect(() => {
    if (confirmAll.value) confirmAllText.current?.focus();
  }, [confirmAll.value]);

  const create = async (values: NewDraftValues) => {
    const area = await loadArea(values.areaId).catch(() => undefined);
    const id = store.create({ ...values, area, profile: props.profile.value, referrerAddress: props.referrerAddress?.value });
    justCreated.current = id;
    say('Referral draft started. It is saved on this device as you type.');
    go({ draftId: id });
  };

  const drafts = store.drafts.value;
  const current = view.value;

  return (
    <section class="ref" aria-labelledby="referral-drafts-heading">
      <h2 id="referral-drafts-heading">Referral drafts</h2>
      {store.saveError.value && (
        <div class="nhsuk-warning ref-error" role="alert">
          <p>
            <strong>{store.saveError.value}</strong>
          </p>
        </div>
      )}
      <SetAsideNotice
        entries={store.setAside.value}
        onDelete={() => void store.clearSetAside().then(() => say('Set-aside data deleted.'))}
      />

      {typeof current === 'object' ? (
        <DraftEditor
          store={store}
          draftId={current.draftId}
          area={areaOf(store.draft(current.draftId)?.areaId ?? '')}
          checklist={checklist}
          retentionDays={retentionDays}
          now={now}
          copy={props.copy ?? ((t) => copyText(t))}
          print={props.print ?? (() => window.print())}
          say={say}
          autoFocus={navigated.current}
          focusFirstField={justCreated.current === current.draftId}
          focusItemId={!navigated.current && current.draftId === props.initialDraftId ? props.initialItemId : null}
          onItemEdited={(itemId) => props.onPlace?.(current.draftId, itemId)}
          onClose={backToList}
        />
      ) : current === 'new' ? (
        <NewDraftForm
          areas={areas}
          currentAreaId={props.currentAreaId}
          now={props.now ?? systemNow}
          onSubmit={(values) => void create(values)}
          onCancel={backToList}
        />
      ) : (
        <>
          <p class="nhsuk-hint">
            After phoning the front door, start a draft: it is pre-filled, saved on this device as you type, and copied out as text for the online form.
          </p>
          <button type="button" class="nhsuk-button" ref={newButton} onClick={() => go('new')}>
            New referral draft
          </button>
          {!store.ready.value ? (
            <p>Loading drafts…</p>
          ) : drafts.length === 0 ? (
            <p>No drafts.</p>
          ) : (
            <>
              <ul class="ref-list">
                {drafts.map((d) => {
                  const due = d.dueAt ? new Date(d.dueAt) : null;
                  const left = due ? timeLeft(due, now) : null;
                  const progress = countDone(d, itemsFor(checklist, d.subject).map((i) => i.id));
                  return (
                    <li class="ref-list__item" key={d.id}>
                      <button type="button" class="ref-link-button ref-list__open" onClick={() => go({ draftId: d.id })}>
                        {draftTitle(d, areas, now)}
                      </button>
                      <p class="ref-list__due">
                        {d.submittedAt ? (
                          <strong class="nhsuk-tag nhsuk-tag--closed">{`Submitted ${formatUkDayTime(new Date(d.submittedAt), now)}`}</strong>
                        ) : due && left ? (
                          <>
                            {`Due by ${formatUkDayTime(due, now)} `}
                            <strong class={left.overdue ? 'nhsuk-tag ref-tag--overdue' : 'nhsuk-tag nhsuk-tag--open'}>
                              {left.overdue ? 'Overdue' : left.text}
                            </strong>
                          </>
                        ) : (
                          <span class="ref-no-deadline">No due time set</span>
                        )}
                      </p>
                      <p class="nhsuk-hint">{`${progress.total - progress.done - progress.na} still to do`}</p>
                    </li>
                  );
                })}
              </ul>
              {confirmAll.value ? (
                <div
                  class="nhsuk-warning ref-confirm"
                  onKeyDown={(e) => {
                    if (e.key !== 'Escape') return;
                    e.preventDefault();
                    e.stopPropagation();
                    confirmAll.value = false;
                    setTimeout(() => deleteAllButton.current?.focus(), 0);
                  }}
                >
                  <p tabIndex={-1} ref={confirmAllText}>
                    <strong>{`Delete all ${drafts.length === 1 ? '1 draft' : `${drafts.length} drafts`}? It cannot be undone.`}</strong> Press Escape to keep
                    them.
                  </p>
                  <button
                    type="button"
                    class="nhsuk-button nhsuk-button--warning"
                    onClick={() => {
                      store.deleteAll();
                      confirmAll.value = false;
                      say('All drafts deleted.');
                      newButton.current?.focus();
                    }}
                  >
                    Yes, delete all drafts
                  </button>{' '}
                  <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (confirmAll.value = false)}>
                    Cancel
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  ref={deleteAllButton}
                  class="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                  onClick={() => (confirmAll.value = true)}
                >
                  Delete all drafts
                </button>
              )}
            </>
          )}
        </>
      )}
      <p class="ref-live" role="status">
        {message}
      </p>
    </section>
  );
}
