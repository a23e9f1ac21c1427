import '../../components/theme.css';
import '../../components/app.css';
import { useEffect } from 'preact/hooks';
import { ContactsView } from '../../components/ContactsView';
import { PageShell } from '../../components/PageShell';
import { PopupDrafts } from '../../components/PopupDrafts';
import { useStatusMessage } from '../../components/StatusMessage';
import { BANK_HOLIDAYS } from '../../lib/contacts/bank-holidays';
import { CALL_NOW_AREAS } from '../../lib/contacts/call-now-areas';
import { createPageEnv } from '../../lib/page-env';
import { openSidePanel } from '../../lib/side-panel';

const env = createPageEnv();

function openPanel(newDraft: boolean, say: (text: string) => void) {
  // open() first, inside the click: both browsers refuse it once the gesture has passed.
  const opening = openSidePanel();
  // The popup closes only once the request is stored, or an open panel would never see it.
  const asking = newDraft
    ? import('../../lib/intent').then(({ intentItem }) => intentItem.setValue({ action: 'new-draft', at: Date.now() }))
    : Promise.resolve();
  Promise.all([opening, asking]).then(
    () => window.close(),
    (e: Error) => say(`Could not open the side panel: ${e.message}`),
  );
}

export function App() {
  const status = useStatusMessage();
  // For the benchmark: the area's own numbers are on screen (a mark is cheap and always on).
  useEffect(() => void performance.mark('sc:numbers-shown'), []);
  return (
    <PageShell variant="popup" onExit={env.quickExit.exit} shortcuts={env.shortcuts} status={status}>
      <ContactsView
        store={env.contacts}
        areas={CALL_NOW_AREAS}
        bankHolidays={BANK_HOLIDAYS}
        lookupPostcode={env.lookupPostcode}
        onCopy={env.copyAndSay(status.say)}
      >
        <PopupDrafts onNewDraft={() => openPanel(true, status.say)} onOpenPanel={() => openPanel(false, status.say)} />
      </ContactsView>
    </PageShell>
  );
}
