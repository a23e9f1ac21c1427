// The "Area" picker for 153 councils: an editable combobox with a filtered list (WAI-ARIA APG
// "combobox with listbox popup, list autocomplete"). Type a few letters, arrows to move, Enter to
// choose, Escape to close (and again to undo the typing). Names wrap, never truncated.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { filterOptions, pickerOptions, type AreaIndexEntry } from '../lib/contacts/area-options';

interface Props {
  /** Every area (areas.ts AREA_INDEX); null until it has loaded, when only the name shows. */
  areas: readonly AreaIndexEntry[] | null;
  /** The chosen area's id, or null when none is chosen yet. */
  value: string | null;
  /** The chosen area's name, for the moment before `areas` arrives. */
  valueName?: string;
  ownAreaId?: string | null;
  policyAreaId?: string | null;
  /** Why the area cannot be changed (managed policy); the picker is disabled while set. */
  lockedBy?: string | null;
  onChange(id: string): void;
  /** The input's id; a page that shows two pickers (contacts and a new draft) needs them distinct. */
  id?: string;
  label?: string;
  /** Extra hint under the label. */
  hint?: string;
}

export function AreaPicker(props: Props) {
  const { areas, value, lockedBy = null, onChange, id = 'area-select', label = 'Area' } = props;
  const options = areas ? pickerOptions(areas, { own: props.ownAreaId, policyDefault: props.policyAreaId }) : [];
  const currentName = areas?.find((a) => a.id === value)?.name ?? props.valueName ?? '';
  const text = useSignal<string | null>(null); // what is typed; null: showing the chosen name
  const open = useSignal(false);
  const active = useSignal(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;

  const shown = text.value === null ? options : filterOptions(options, text.value);
  const activeIndex = Math.min(active.value, shown.length - 1);
  const activeOption = open.value && activeIndex >= 0 ? shown[activeIndex] : undefined;
  const optionId = (o: AreaIndexEntry) => `${id}-option-${o.id}`;

  useEffect(() => {
    if (!activeOption) return;
    list.current?.querySelector(`[id="${optionId(activeOption)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption?.id, open.value]);

  const close = (restore: boolean) => {
    open.value = false;
    if (restore) text.value = null;
  };
  const choose = (o: AreaIndexEntry) => {
    close(true);
    if (o.id !== value) onChange(o.id);
  };
  const openAt = (index: number) => {
    open.value = true;
    active.value = index;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const last = shown.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open.value) openAt(e.altKey ? -1 : Math.max(0, shown.findIndex((o) => o.id === value)));
        else active.value = activeIndex >= last ? 0 : activeIndex + 1;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open.value) openAt(last);
        else active.value = activeIndex <= 0 ? last : activeIndex - 1;
        break;
      case 'Enter':
        if (open.value && activeOption) {
          e.preventDefault();
          choose(activeOption);
        }
        break;
      case 'Escape':
        // First Escape closes the list, the second undoes the typing; never a quick exit.
        if (open.value) {
          e.preventDefault();
          close(false);
        } else if (text.value !== null) {
          e.preventDefault();
          text.value = null;
        }
        break;
      case 'Tab':
        close(true);
        break;
    }
  };

  const matchCount = shown.length;
  const status =
    text.value === null || !open.value
      ? ''
      : matchCount === 0
        ? `No council matches "${text.value}". Try the postcode instead.`
        : `${matchCount} ${matchCount === 1 ? 'council matches' : 'councils match'}.`;

  return (
    <div class="field area-picker">
      <label class="nhsuk-label" for={id}>
        {label}
      </label>
      {lockedBy ? (
        <span class="nhsuk-hint" id={hintId}>
          {lockedBy}
        </span>
      ) : (
        <span class="nhsuk-hint" id={hintId}>
          {props.hint ?? 'Type the council’s name'}
        </span>
      )}
      <div class="area-picker__box">
        <input
          id={id}
          ref={input}
          class="nhsuk-input area-picker__input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={open.value}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={hintId}
          data-area-id={value ?? ''}
          disabled={!!lockedBy}
          placeholder={value ? undefined : 'Choose your area'}
          value={text.value ?? currentName}
          onInput={(e) => {
            text.value = e.currentTarget.value;
            openAt(0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => (open.value ? close(false) : openAt(Math.max(0, shown.findIndex((o) => o.id === value))))}
          onBlur={() => close(true)}
        />
        <ul
          id={listId}
          ref={list}
          role="listbox"
          aria-label={`${label} choices`}
          class="area-picker__list"
          hidden={!open.value || shown.length === 0}
        >
          {open.value &&
            shown.map((o, i) => (
              <li
                key={o.id}
                id={optionId(o)}
                role="option"
                aria-selected={i === activeIndex}
                class={`area-picker__option${i === activeIndex ? ' area-picker__option--active' : ''}`}
                // Keep focus in the input; choose on mousedown before the blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
              >
                <span class="area-picker__name">{o.name}</span>
                {o.tag ? <span class="area-picker__tag">{` (${o.tag})`}</span> : null}
              </li>
            ))}
        </ul>
      </div>
      <span class="visually-hidden" id={statusId} role="status">
        {status}
      </span>
    </div>
  );
}
