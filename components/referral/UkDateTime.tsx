// Date and time as GOV.UK asks for them: day, month, year and a 24-hour time, in UK time,
// whatever the browser's locale (a datetime-local box is 7 tab stops and "12/01/2026, 10:20 AM"
// in an en-US browser). What is typed stays on screen while it is wrong, with the reason beside it.
import { useSignal } from '@preact/signals';
import { fromUkDateParts, toUkDateParts, type UkDateField, type UkDateParts } from '../../lib/referral/uk-format';

interface Props {
  id: string;
  legend: string;
  hint?: string;
  value: Date | null;
  /** A valid date and time as typed, or null while what is typed is not one. */
  onChange(at: Date | null): void;
  /** An error from outside (the form was sent with a bad value). */
  error?: string;
}

const FIELDS: { key: UkDateField; label: string; width: string; inputMode: 'numeric' | 'text' }[] = [
  { key: 'day', label: 'Day', width: 'ref-date__2', inputMode: 'numeric' },
  { key: 'month', label: 'Month', width: 'ref-date__2', inputMode: 'numeric' },
  { key: 'year', label: 'Year', width: 'ref-date__4', inputMode: 'numeric' },
  { key: 'time', label: 'Time (24-hour)', width: 'ref-date__5', inputMode: 'text' },
];

export function UkDateTime({ id, legend, hint, value, onChange, error: outside }: Props) {
  const parts = useSignal<UkDateParts>(value ? toUkDateParts(value) : { day: '', month: '', year: '', time: '' });
  const problem = useSignal<{ error: string; field: UkDateField } | null>(null);
  const error = problem.value?.error ?? outside;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  // A valid value is taken as it is typed; an error is shown only when a field is left, since
  // "1" on the way to "14" is not a mistake.
  const check = (showError: boolean) => {
    const result = fromUkDateParts(parts.value);
    if ('at' in result) {
      problem.value = null;
      if (!value || result.at.getTime() !== value.getTime()) onChange(result.at);
      return;
    }
    if (value) onChange(null);
    if (showError) problem.value = result;
  };
  const edit = (key: UkDateField, text: string) => {
    parts.value = { ...parts.value, [key]: text };
    check(false);
  };

  return (
    <fieldset class="ref-date" id={id} aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
      <legend class="ref-legend">{legend}</legend>
      {hint ? (
        <span class="nhsuk-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="nhsuk-error-message" id={errorId}>
          <span class="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <div class="ref-date__row">
        {FIELDS.map((f) => (
          <div class="ref-date__item" key={f.key}>
            <label class="nhsuk-label" for={`${id}-${f.key}`}>
              {f.label}
            </label>
            <input
              id={`${id}-${f.key}`}
              class={`nhsuk-input ${f.width}${problem.value?.field === f.key || (outside && !problem.value) ? ' nhsuk-input--error' : ''}`}
              inputMode={f.inputMode}
              autocomplete="off"
              spellcheck={false}
              value={parts.value[f.key]}
              onInput={(e) => edit(f.key, e.currentTarget.value)}
              onChange={() => check(true)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
