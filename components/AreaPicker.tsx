import type { CallNowArea } from '../lib/contacts/call-now-areas';

interface Props {
  areas: readonly Pick<CallNowArea, 'id' | 'name'>[];
  value: string;
  /** Why the area cannot be changed (managed policy); the select is disabled while set. */
  lockedBy?: string | null;
  onChange(id: string): void;
  /** The select's id; a page that shows two pickers (contacts and a new draft) needs them distinct. */
  id?: string;
}

export function AreaPicker({ areas, value, lockedBy = null, onChange, id = 'area-select' }: Props) {
  const hintId = `${id}-locked`;
  return (
    <div class="field">
      <label class="nhsuk-label" for={id}>
        Area
      </label>
      {lockedBy ? (
        <span class="nhsuk-hint" id={hintId}>
          {lockedBy}
        </span>
      ) : null}
      <select
        id={id}
        class="nhsuk-select"
        value={value}
        disabled={!!lockedBy}
        aria-describedby={lockedBy ? hintId : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
