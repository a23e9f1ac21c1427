import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { textFor, type ChecklistItem, type Guidance, type Subject } from '../../lib/referral/checklist';
import type { ItemPatch } from '../../lib/referral/draft';
import type { ItemState, ItemStatus } from '../../lib/referral/schema';

const STATUSES: readonly { value: ItemStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'done', label: 'Done' },
  { value: 'na', label: 'Not applicable' },
];

interface RadioOption {
  value: string;
  label: string;
}

/**
 * Arrow keys move and select within the group, Space selects: handled here (default prevented)
 * so every browser behaves the same and a selection always reaches the store.
 */
function onRadioKeys(e: TargetedKeyboardEvent<HTMLElement>, options: readonly RadioOption[], pick: (v: string) => void) {
  const target = e.target as HTMLInputElement;
  if (target.type !== 'radio') return;
  const i = options.findIndex((o) => o.value === target.value);
  let next = i;
  if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (i + 1) % options.length;
  else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = (i - 1 + options.length) % options.length;
  else if (e.key !== ' ') return;
  e.preventDefault();
  const value = options[next]!.value;
  pick(value);
  const group = target.closest('fieldset');
  group?.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`)?.focus();
}

function RadioGroup(props: {
  name: string;
  legend: string;
  legendHidden?: boolean;
  options: readonly RadioOption[];
  value: string | undefined;
  onPick(value: string): void;
  className: string;
}) {
  const { name, legend, options, value, onPick } = props;
  // Keep one tab stop even before anything is chosen, as a native radio group does.
  const tabValue = value ?? options[0]!.value;
  return (
    <fieldset class={props.className} onKeyDown={(e) => onRadioKeys(e, options, onPick)}>
      <legend class={props.legendHidden ? 'visually-hidden' : 'ref-legend'}>{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div class="ref-radio" key={o.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              tabIndex={o.value === tabValue ? 0 : -1}
              onChange={() => onPick(o.value)}
            />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

interface Props {
  draftId: string;
  subject: Subject;
  item: ChecklistItem;
  state: ItemState;
  guidance: readonly Guidance[];
  onChange(patch: ItemPatch): void;
  /** Extra controls inside the item (the concern-type checkboxes). */
  children?: ComponentChildren;
  /** After the note (its Copy button). */
  after?: ComponentChildren;
}

export function ChecklistItemView({ draftId, subject, item, state, guidance, onChange, children, after }: Props) {
  const label = textFor(item.label, subject);
  const base = `${draftId}-${item.id.replace(/\W/g, '-')}`;
  const hint = item.hint ? textFor(item.hint, subject) : undefined;
  return (
    <div class={`ref-item ref-item--${state.status}`} role="group" aria-labelledby={`${base}-label`} data-item-id={item.id}>
      <p class="ref-item__label" id={`${base}-label`}>
        {label}
      </p>
      {hint && (
        <p class="nhsuk-hint" id={`${base}-hint`}>
          {hint}
        </p>
      )}
      <RadioGroup
        className="ref-status"
        name={`${base}-status`}
        legend={`Status: ${label}`}
        legendHidden
        options={STATUSES}
        value={state.status}
        onPick={(v) => onChange({ status: v as ItemStatus })}
      />
      {item.choices && (
        <RadioGroup
          className="ref-choice"
          name={`${base}-choice`}
          legend="Answer"
          options={item.choices}
          value={state.choice}
          onPick={(v) => onChange({ choice: v })}
        />
      )}
      {children}
      {guidance.map((g) => (
        <div class="nhsuk-inset ref-guidance" key={g.title}>
          <p class="ref-guidance__title">{g.title}</p>
          <ul>
            {g.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      ))}
      <label class="nhsuk-label ref-note-label" for={`${base}-note`}>
        Note
      </label>
      <textarea
        id={`${base}-note`}
        class="nhsuk-textarea ref-note"
        // Every item has a "Note": the name says whose, for screen reader and voice control lists.
        aria-label={`Note: ${label}`}
        rows={state.note.includes('\n') || state.note.length > 60 ? 4 : 2}
        value={state.note}
        aria-describedby={hint ? `${base}-hint` : undefined}
        onInput={(e) => onChange({ note: e.currentTarget.value })}
      />
      {after}
    </div>
  );
}
