import type { CallNowArea } from '../lib/contacts/call-now-areas';

interface Props {
  areas: readonly Pick<CallNowArea, 'id' | 'name'>[];
  value: string;
  lockedBy: string | null;
  onChange(id: string): void;
}

export function AreaPicker({ areas, value, lockedBy, onChange }: Props) {
  return (
    <div class="field">
      <label class="nhsuk-label" for="area-select">
        Area
      </label>
      {lockedBy ? (
        <span class="nhsuk-hint" id="area-locked">
          {lockedBy}
        </span>
      ) : null}
      <select
        id="area-select"
        class="nhsuk-select"
        value={value}
        disabled={!!lockedBy}
        aria-describedby={lockedBy ? 'area-locked' : undefined}
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
