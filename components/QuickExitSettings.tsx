import { useSignal } from '@preact/signals';
import { checkNeutralPageUrl } from '../lib/quick-exit/neutral-page';
import type { QuickExitSettings as Settings } from '../lib/settings/quick-exit';
import './quick-exit.css';

interface Props {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<void>;
  /** browser.permissions.request(...) — called inside the change handler, as browsers require. */
  requestHistoryPermission(): Promise<boolean>;
  releaseHistoryPermission(): Promise<void>;
  /** Set when the organisation's policy fixes the neutral page. */
  neutralPageLockedBy?: string | null;
  /** Set when the organisation's policy does not allow history removal. */
  historyRemovalLockedBy?: string | null;
}

/** Options section "Quick exit": the neutral page, opt-in history removal, and what it cannot hide. */
export function QuickExitSettings(props: Props) {
  return (
    <section class="nhsuk-card" aria-labelledby="quick-exit-heading">
      <h2 id="quick-exit-heading">Quick exit</h2>
      <NeutralPageField {...props} />
      <HistoryOption {...props} />
      <QuickExitHonesty />
    </section>
  );
}

function NeutralPageField({ settings, onSave, neutralPageLockedBy }: Props) {
  const text = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const saved = useSignal('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkNeutralPageUrl(text.value ?? settings.neutralPageUrl);
    saved.value = '';
    if (!check.ok) {
      error.value = check.message;
      return;
    }
    error.value = null;
    try {
      await onSave({ neutralPageUrl: check.url });
      text.value = null;
      saved.value = 'Neutral page saved.';
    } catch (e) {
      error.value = `Not saved: ${(e as Error).message}`;
    }
  };

  const describedBy = ['neutral-page-hint', error.value ? 'neutral-page-error' : null].filter(Boolean).join(' ');
  return (
    <form class="field" onSubmit={submit} noValidate>
      <label class="nhsuk-label" for="neutral-page">
        Neutral page
      </label>
      <span class="nhsuk-hint" id="neutral-page-hint">
        {neutralPageLockedBy ??
          'Opens when a quick exit closes the last tab in a window, so the window stays open on something innocuous. The address must start with https://'}
      </span>
      {error.value ? (
        <span class="nhsuk-error-message" id="neutral-page-error">
          <span class="visually-hidden">Error: </span>
          {error.value}
        </span>
      ) : null}
      <input
        id="neutral-page"
        class={`nhsuk-input${error.value ? ' nhsuk-input--error' : ''}`}
        type="text"
        inputMode="url"
        autocomplete="url"
        spellcheck={false}
        value={text.value ?? settings.neutralPageUrl}
        disabled={!!neutralPageLockedBy}
        aria-invalid={!!error.value}
        aria-describedby={describedBy}
        onInput={(e) => (text.value = e.currentTarget.value)}
      />
      <button class="nhsuk-button nhsuk-button--secondary" type="submit" disabled={!!neutralPageLockedBy}>
        Save neutral page
      </button>
      <span class="quick-exit-settings__saved" role="status">
        {saved.value}
      </span>
    </form>
  );
}

function HistoryOption({
  settings,
  onSave,
  requestHistoryPermission,
  releaseHistoryPermission,
  historyRemovalLockedBy,
}: Props) {
  const note = useSignal('');
  const busy = useSignal(false);

  const onChange = (event: Event) => {
    const box = event.currentTarget as HTMLInputElement;
    note.value = '';
    if (box.checked) {
      // Stays unticked until the browser says yes.
      box.checked = false;
      busy.value = true;
      // Called synchronously here: the permission prompt needs this user gesture.
      const asking = requestHistoryPermission();
      void asking
        .then(async (granted) => {
          if (!granted) {
            note.value = 'The browser did not give permission, so closed pages stay in history.';
            return;
          }
          await onSave({ removeFromHistory: true });
          note.value = 'A quick exit will now also remove the closed page from history.';
        })
        .catch((e: Error) => (note.value = `Not changed: ${e.message}`))
        .finally(() => (busy.value = false));
      return;
    }
    busy.value = true;
    void onSave({ removeFromHistory: false })
      .then(releaseHistoryPermission)
      .then(() => (note.value = 'Closed pages will stay in history. The permission has been given back.'))
      .catch((e: Error) => (note.value = `Not changed: ${e.message}`))
      .finally(() => (busy.value = false));
  };

  return (
    <div class="field">
      <div class="checkbox">
        <input
          id="quick-exit-history"
          type="checkbox"
          checked={settings.removeFromHistory}
          disabled={busy.value || !!historyRemovalLockedBy}
          aria-describedby="quick-exit-history-hint"
          onChange={onChange}
        />
        <label for="quick-exit-history">Also remove the closed page from history</label>
      </div>
      <span class="nhsuk-hint" id="quick-exit-history-hint">
        {historyRemovalLockedBy ??
          'Off unless you turn it on. Turning it on asks the browser for permission to read and change your browsing history; turning it off gives that permission back.'}
      </span>
      <p role="status">{note.value}</p>
    </div>
  );
}

export function QuickExitHonesty() {
  return (
    <div class="nhsuk-inset">
      <h3>What quick exit does and does not hide</h3>
      <ul>
        <li>
          It closes the current tab at once, and closes this extension's popup and side panel. If that was the
          last tab in its window, the neutral page opens first so the window stays open.
        </li>
        <li>
          It does not erase your browsing history unless "Also remove the closed page from history" is on. Even
          then it removes only the address of the closed page: other pages you visited on that site stay.
        </li>
        <li>
          Referral drafts and other extension data stay on this device, in this browser, until you delete them or
          the retention period deletes them.
        </li>
        <li>
          Out of its reach: history already synced to your account or other devices, other windows and tabs,
          other devices, and logs kept by routers, networks or web filters.
        </li>
      </ul>
    </div>
  );
}
