import { useSignal } from '@preact/signals';

interface Props {
  days: number;
  /** Set when the organisation's policy decides it. */
  lockedBy: string | null;
  onChange(days: number): void;
}

export function RetentionSetting({ days, lockedBy, onChange }: Props) {
  const text = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const commit = (raw: string) => {
    text.value = raw;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || n < 1 || n > 365) {
      error.value = 'Enter a whole number of days from 1 to 365.';
      return;
    }
    error.value = null;
    text.value = null;
    onChange(n);
  };
  return (
    <div class="field">
      <label class="nhsuk-label" for="retention-days">
        Delete untouched drafts after (days)
      </label>
      <span class="nhsuk-hint" id="retention-hint">
        {lockedBy ?? 'Counted from the last edit. Overdue drafts are flagged, never deleted for being overdue.'}
      </span>
      {error.value ? (
        <span class="nhsuk-error-message" id="retention-error">
          <span class="visually-hidden">Error: </span>
          {error.value}
        </span>
      ) : null}
      <input
        id="retention-days"
        class={`nhsuk-input nhsuk-input--short${error.value ? ' nhsuk-input--error' : ''}`}
        type="text"
        inputMode="numeric"
        value={text.value ?? String(days)}
        disabled={!!lockedBy}
        aria-invalid={!!error.value}
        aria-describedby={error.value ? 'retention-hint retention-error' : 'retention-hint'}
        onChange={(e) => commit(e.currentTarget.value)}
      />
    </div>
  );
}
