import '../../components/theme.css';
import '../../components/app.css';
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { ContactsView } from '../../components/ContactsView';
import { PageShell } from '../../components/PageShell';
import { useStatusMessage } from '../../components/StatusMessage';
import { useLazy } from '../../components/use-lazy';
import { BANK_HOLIDAYS } from '../../lib/contacts/bank-holidays';
import { CALL_NOW_AREAS } from '../../lib/contacts/call-now-areas';
import { createPageEnv } from '../../lib/page-env';
import type { DraftsProps } from './Drafts';

const draftsModule = import('./Drafts');
const Drafts = signal<ComponentType<DraftsProps> | null>(null);
void draftsModule.then((m) => (Drafts.value = m.Drafts));

const env = createPageEnv(() => draftsModule.then((m) => m.flushDrafts()));

/** Bumped when the popup asks for a new draft, so the drafts section opens its form. */
const newDraftRequests = signal(0);
void import('../../lib/intent').then(({ intentItem, takeIntent }) => {
  const check = () => void takeIntent().then((intent) => intent && newDraftRequests.value++);
  check();
  intentItem.watch(check);
});

export function App() {
  const status = useStatusMessage();
  // For the benchmark: the area's own numbers are on screen (a mark is cheap and always on).
  useEffect(() => void performance.mark('sc:numbers-shown'), []);
  const Loaded = Drafts.value;
  const Shortcuts = useLazy(() => import('../../components/Shortcuts').then((m) => m.Shortcuts));
  const keys = env.shortcuts.value;
  return (
    <PageShell variant="sidepanel" onExit={env.quickExit.exit} shortcuts={env.shortcuts} status={status}>
      <ContactsView
        store={env.contacts}
        areas={CALL_NOW_AREAS}
        bankHolidays={BANK_HOLIDAYS}
        lookupPostcode={env.lookupPostcode}
        onCopy={env.copyAndSay(status.say)}
      >
        {Loaded ? (
          <Loaded currentAreaId={env.contacts.areaId.value} newDraftRequests={newDraftRequests} copy={env.copy} />
        ) : (
          <p class="nhsuk-hint">Loading referral drafts…</p>
        )}
      </ContactsView>
      {keys && Shortcuts ? (
        <details class="nhsuk-card shortcuts-panel">
          <summary>Keyboard shortcuts</summary>
          <Shortcuts store={keys.store} family={keys.family} headingLevel={3} />
        </details>
      ) : null}
    </PageShell>
  );
}
