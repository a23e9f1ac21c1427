// "Export backup" and "Import backup" on the options page. Export first warns that the file holds
// patient information; import says what is wrong, by where in the file, and imports nothing then.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  exportBackup(): Promise<{ name: string; text: string }>;
  importBackup(text: string): Promise<{ ok: true; message: string } | { ok: false; problems: string[] }>;
  /** Hands the file to the browser (an <a download> in the page). */
  download(name: string, text: string): void;
}

export function BackupSection({ exportBackup, importBackup, download }: Props) {
  const warning = useSignal(false);
  const result = useSignal<{ ok: true; message: string } | { ok: false; problems: string[] } | null>(null);
  const warningText = useRef<HTMLParagraphElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (warning.value) warningText.current?.focus();
  }, [warning.value]);

  const cancel = () => {
    warning.value = false;
    exportButton.current?.focus();
  };
  return (
    <section class="nhsuk-card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p class="nhsuk-hint">One file with your details, settings, own contacts, referral drafts and set-aside values, to move to a new computer.</p>
      {warning.value ? (
        <div
          class="nhsuk-warning"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          <p tabIndex={-1} ref={warningText}>
            <strong>The backup contains patient information</strong> (your referral drafts). Store it only where your organisation
            allows, and delete it once imported. Press Escape to go back.
          </p>
          <button
            type="button"
            class="nhsuk-button"
            onClick={() =>
              void exportBackup().then(({ name, text }) => {
                download(name, text);
                warning.value = false;
                result.value = { ok: true, message: `Saved ${name} to your downloads.` };
              })
            }
          >
            Export backup now
          </button>{' '}
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={exportButton} onClick={() => (warning.value = true)}>
          Export backup
        </button>
      )}
      <div class="field">
        <label class="nhsuk-label" for="backup-import">
          Import backup
        </label>
        <span class="nhsuk-hint" id="backup-import-hint">
          A file made by "Export backup". Drafts here are replaced only by newer copies; nothing here is deleted.
        </span>
        <input
          id="backup-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="backup-import-hint backup-result"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            void file.text().then(importBackup).then((r) => (result.value = r));
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div id="backup-result" role="status">
        {result.value?.ok ? <p>{result.value.message}</p> : null}
        {result.value && !result.value.ok ? (
          <div class="nhsuk-warning">
            <p>
              <strong>Nothing was imported.</strong> The file has these problems:
            </p>
            <ul>
              {result.value.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
