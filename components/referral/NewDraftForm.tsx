import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AreaIndexEntry } from '../../lib/contacts/area-options';
import type { Subject } from '../../lib/referral/checklist';
import { AreaPicker } from '../AreaPicker';
import { UkDateTime } from './UkDateTime';

export interface NewDraftValues {
  subject: Subject;
  areaId: string;
  callAt: Date;
  takenBy: string;
  reference: string;
}

interface Props {
  areas: readonly AreaIndexEntry[];
  currentAreaId: string | null;
  now: () => Date;
  onSubmit(values: NewDraftValues): void;
  onCancel(): void;
}

export function NewDraftForm({ areas, currentAreaId, now, onSubmit, onCancel }: Props) {
  const subject = useSignal<Subject | null>(null);
  const areaId = useSignal<string | null>(currentAreaId);
  const callAt = useSignal<Date | null>(now());
  const takenBy = useSignal('');
  const reference = useSignal('');
  const errors = useSignal<{ subject?: string; area?: string; callAt?: string }>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (e: Event) => {
    e.preventDefault();
    const at = callAt.value;
    const next = {
      subject: subject.value ? undefined : 'Choose whether the referral is about a child or an adult',
      area: areaId.value ? undefined : 'Choose the area whose front door you phoned',
      callAt: at ? undefined : 'Enter the date and a 24-hour time of the phone call, for example 1 12 2026 and 14:30',
    };
    errors.value = next;
    if (!subject.value || !areaId.value || !at) {
      const firstWrong = next.subject ? 'new-draft-child' : next.area ? 'new-draft-area' : 'new-draft-call-at-day';
      (document.getElementById(firstWrong) as HTMLElement | null)?.focus();
      return;
    }
    onSubmit({ subject: subject.value, areaId: areaId.value, callAt: at, takenBy: takenBy.value.trim(), reference: reference.value.trim() });
  };

  return (
    <form class="nhsuk-card ref-new" onSubmit={submit} noValidate aria-labelledby="new-draft-title">
      <h3 id="new-draft-title">New referral draft</h3>
      <fieldset class="ref-choice" aria-describedby={errors.value.subject ? 'new-draft-subject-error' : undefined}>
        <legend class="ref-legend">Is the referral about a child or an adult?</legend>
        {errors.value.subject && (
          <span class="nhsuk-error-message" id="new-draft-subject-error">
            {errors.value.subject}
          </span>
        )}
        {(['child', 'adult'] as const).map((s) => (
          <div class="ref-radio" key={s}>
            <input
              type="radio"
              id={`new-draft-${s}`}
              name="new-draft-subject"
              value={s}
              ref={s === 'child' ? first : undefined}
              checked={subject.value === s}
              onChange={() => (subject.value = s)}
            />
            <label for={`new-draft-${s}`}>{s === 'child' ? 'Child' : 'Adult'}</label>
          </div>
        ))}
      </fieldset>
      {errors.value.area && (
        <span class="nhsuk-error-message" id="new-draft-area-error">
          {errors.value.area}
        </span>
      )}
      <AreaPicker
        id="new-draft-area"
        areas={areas}
        value={areaId.value}
        ownAreaId={currentAreaId}
        hint="The area whose front door you phoned"
        onChange={(id) => (areaId.value = id)}
      />
      <div class="field">
        <UkDateTime
          id="new-draft-call-at"
          legend="Time of phone call (UK time)"
          hint="Now, unless you are writing this up later."
          value={callAt.value}
          error={errors.value.callAt}
          onChange={(at) => (callAt.value = at)}
        />
      </div>
      <div class="field">
        <label class="nhsuk-label" for="new-draft-taken-by">
          Who took the call
        </label>
        <input id="new-draft-taken-by" class="nhsuk-input" value={takenBy} onInput={(e) => (takenBy.value = e.currentTarget.value)} />
      </div>
      <div class="field">
        <label class="nhsuk-label" for="new-draft-reference">
          Reference
        </label>
        <span class="nhsuk-hint" id="new-draft-reference-hint">
          If the front door gave you one.
        </span>
        <input
          id="new-draft-reference"
          class="nhsuk-input"
          aria-describedby="new-draft-reference-hint"
          value={reference}
          onInput={(e) => (reference.value = e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="nhsuk-button">
        Start draft
      </button>{' '}
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
