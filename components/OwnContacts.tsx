// "Your own contacts" on the options page: the practice safeguarding lead, the named GP… added for
// one area or for all, edited and deleted with the keyboard alone (delete asks first; Escape keeps it).
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AreaIndexEntry } from '../lib/contacts/area-options';
import { ALL_AREAS, ownContactFrom, type OwnContact, type OwnContactInput, type OwnContacts } from '../lib/settings/own-contacts';
import { AreaPicker } from './AreaPicker';

interface Props {
  list: OwnContacts;
  areas: readonly AreaIndexEntry[];
  /** Today's date (YYYY-MM-DD), recorded as when the contact was added. */
  today: string;
  onSave(entry: OwnContact): Promise<void> | void;
  onDelete(id: string): Promise<void> | void;
}

const ROLE_CHOICES: { value: OwnContactInput['role']; label: string }[] = [
  { value: 'local-lead', label: 'Local safeguarding lead' },
  { value: 'front-door', label: 'Front door (takes referrals)' },
  { value: 'out-of-hours', label: 'Out of hours' },
  { value: 'advice-only', label: 'Advice' },
  { value: 'other', label: 'Other' },
];
const AUDIENCE_CHOICES: { value: OwnContactInput['audience']; label: string }[] = [
  { value: 'both', label: 'Children and adults' },
  { value: 'children', label: 'Children' },
  { value: 'adults', label: 'Adults' },
];
const BLANK: OwnContactInput = { areaId: ALL_AREAS, name: '', role: 'local-lead', audience: 'both', phone: '', email: '', notes: '', hours: '' };

function inputFrom(entry: OwnContact): OwnContactInput {
  const c = entry.contact;
  return {
    areaId: entry.areaId,
    name: c.name,
    role: (ROLE_CHOICES.some((r) => r.value === c.role) ? c.role : 'other') as OwnContactInput['role'],
    audience: c.audience,
    phone: c.phone ?? '',
    email: c.email ?? '',
    notes: c.notes ?? '',
    hours: c.hours.kind === 'unstated' && c.hours.text !== 'Hours not given' ? (c.hours.text ?? '') : '',
  };
}

export function OwnContacts({ list, areas, today, onSave, onDelete }: Props) {
  const editing = useSignal<{ id: string | null; values: OwnContactInput } | null>(null);
  const problems = useSignal<Record<string, string>>({});
  const confirming = useSignal<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (editing.value) firstField.current?.focus();
  }, [editing.value?.id, !!editing.value]);
  useEffect(() => {
    if (confirming.value) confirmText.current?.focus();
  }, [confirming.value]);

  const areaName = (id: string) => (id === ALL_AREAS ? 'All my areas' : (areas.find((a) => a.id === id)?.name ?? id));
  const set = (patch: Partial<OwnContactInput>) => {
    if (editing.value) editing.value = { ...editing.value, values: { ...editing.value.values, ...patch } };
  };
  const close = () => {
    editing.value = null;
    problems.value = {};
    setTimeout(() => addButton.current?.focus(), 0);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const current = editing.value;
    if (!current) return;
    const result = ownContactFrom(current.values, today, list.contacts.map((c) => c.contact.id), current.id ?? undefined);
    if (!result.ok) {
      problems.value = result.problems;
      const first = Object.keys(result.problems)[0];
      document.getElementById(`own-${first === 'areaId' ? 'area' : first}`)?.focus();
      return;
    }
    try {
      await onSave(result.value);
    } catch {
      return; // the page says why (a full storage); what was typed stays in the form
    }
    close();
  };
  const field = (key: 'name' | 'phone' | 'email' | 'hours', label: string, hint?: string, type = 'text') => {
    const v = editing.value!.values;
    const error = problems.value[key];
    const describedBy = [hint ? `own-${key}-hint` : '', error ? `own-${key}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label class="nhsuk-label" for={`own-${key}`}>
          {label}
        </label>
        {hint ? (
          <span class="nhsuk-hint" id={`own-${key}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span class="nhsuk-error-message" id={`own-${key}-error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </span>
        ) : null}
        <input
          id={`own-${key}`}
          ref={key === 'name' ? firstField : undefined}
          class={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
          type={type as 'text'}
          value={v[key]}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onInput={(e) => set({ [key]: e.currentTarget.value })}
        />
      </div>
    );
  };

  return (
    <section class="nhsuk-card" aria-labelledby="own-contacts-heading">
      <h2 id="own-contacts-heading">Your own contacts</h2>
      <p class="nhsuk-hint">
        Contacts no national list has — your practice safeguarding lead, the named GP, the designated nurse. Kept on this device and
        shown with the area's contacts ("Added on this device"); a local lead also appears under Call now.
      </p>
      {list.contacts.length ? (
        <ul class="own-contacts">
          {list.contacts.map((entry) => (
            <li key={entry.contact.id} class="own-contacts__item">
              <strong>{entry.contact.name}</strong>
              {` — ${entry.contact.phone ?? entry.contact.email ?? ''} (${areaName(entry.areaId)})`}{' '}
              <button
                type="button"
                class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                aria-label={`Edit ${entry.contact.name}`}
                onClick={() => (editing.value = { id: entry.contact.id, values: inputFrom(entry) })}
              >
                Edit
              </button>{' '}
              <button
                type="button"
                class="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                aria-label={`Delete ${entry.contact.name}`}
                onClick={() => (confirming.value = entry.contact.id)}
              >
                Delete
              </button>
              {confirming.value === entry.contact.id ? (
                <div
                  class="nhsuk-warning"
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      confirming.value = null;
                    }
                  }}
                >
                  <p tabIndex={-1} ref={confirmText}>
                    <strong>{`Delete ${entry.contact.name}? It cannot be undone.`}</strong> Press Escape to keep it.
                  </p>
                  <button
                    type="button"
                    class="nhsuk-button nhsuk-button--warning"
                    onClick={() => {
                      confirming.value = null;
                      void Promise.resolve(onDelete(entry.contact.id)).then(() => addButton.current?.focus());
                    }}
                  >
                    Yes, delete it
                  </button>{' '}
                  <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (confirming.value = null)}>
                    Cancel
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>None yet.</p>
      )}
      {editing.value ? (
        <form class="own-contacts__form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="own-form-title">
          <h3 id="own-form-title">{editing.value.id ? 'Edit contact' : 'Add a contact'}</h3>
          {field('name', 'Name', 'e.g. Practice safeguarding lead (Dr Patel)')}
          <SelectField id="own-role" label="Role" value={editing.value.values.role} choices={ROLE_CHOICES} onChange={(role) => set({ role })} />
          <SelectField id="own-audience" label="For" value={editing.value.values.audience} choices={AUDIENCE_CHOICES} onChange={(audience) => set({ audience })} />
          <div class="field">
            <label class="nhsuk-label">
              <input
                type="checkbox"
                checked={editing.value.values.areaId === ALL_AREAS}
                onChange={(e) => set({ areaId: e.currentTarget.checked ? ALL_AREAS : '' })}
              />{' '}
              All my areas
            </label>
          </div>
          {editing.value.values.areaId !== ALL_AREAS ? (
            <>
              {problems.value.areaId ? <span class="nhsuk-error-message">{problems.value.areaId}</span> : null}
              <AreaPicker id="own-area" areas={areas} value={editing.value.values.areaId || null} onChange={(id) => set({ areaId: id })} />
            </>
          ) : null}
          {field('phone', 'Phone', 'UK number, e.g. 01902 000123', 'tel')}
          {field('email', 'Email (optional)', undefined, 'email')}
          {field('hours', 'Hours (optional)', 'In words, e.g. "Mon–Fri 08:00–18:30"')}
          <div class="field">
            <label class="nhsuk-label" for="own-notes">
              Notes (optional)
            </label>
            <textarea id="own-notes" class="nhsuk-textarea" rows={2} value={editing.value.values.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
          </div>
          <button type="submit" class="nhsuk-button">
            Save contact
          </button>{' '}
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={close}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={addButton} onClick={() => (editing.value = { id: null, values: { ...BLANK } })}>
          Add a contact
        </button>
      )}
    </section>
  );
}

function SelectField<T extends string>(props: { id: string; label: string; value: T; choices: readonly { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <div class="field">
      <label class="nhsuk-label" for={props.id}>
        {props.label}
      </label>
      <select id={props.id} class="nhsuk-select" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
