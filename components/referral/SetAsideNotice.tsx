import { useSignal } from '@preact/signals';
import { quarantineJson, type QuarantineEntry } from '../../lib/storage/quarantine';

interface Props {
  entries: readonly QuarantineEntry[];
  onDelete(): void;
}

/** Data that could not be read is never dropped: the user is told and can take it away. */
export function SetAsideNotice({ entries, onDelete }: Props) {
  const open = useSignal(false);
  const confirming = useSignal(false);
  if (entries.length === 0) return null;
  const drafts = entries.filter((e) => e.key === 'local:drafts').length;
  const other = entries.length - drafts;
  const what = [
    drafts ? `${drafts} saved ${drafts === 1 ? 'draft' : 'drafts'}` : '',
    other ? `${other} saved ${other === 1 ? 'setting' : 'settings'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const json = quarantineJson(entries);
  return (
    <div class="nhsuk-warning ref-set-aside" role="region" aria-labelledby="set-aside-text">
      <p id="set-aside-text">
        <strong>{`${what} could not be read and ${entries.length === 1 ? 'was' : 'were'} set aside.`}</strong>{' '}
        <button type="button" class="ref-link-button" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
          Export it
        </button>
      </p>
      {open.value && (
        <div>
          <p>
            <a download="safeguarding-companion-set-aside.json" href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`}>
              Download as a file (JSON)
            </a>
          </p>
          <label class="nhsuk-label" for="set-aside-json">
            Set-aside data (JSON), to copy
          </label>
          <textarea id="set-aside-json" class="nhsuk-textarea ref-json" readOnly rows={6} value={json} />
          {confirming.value ? (
            <p>
              <strong>Delete the set-aside data? It cannot be undone.</strong>{' '}
              <button type="button" class="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={onDelete}>
                Yes, delete it
              </button>{' '}
              <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => (confirming.value = false)}>
                Cancel
              </button>
            </p>
          ) : (
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => (confirming.value = true)}>
              Delete set-aside data
            </button>
          )}
        </div>
      )}
    </div>
  );
}
