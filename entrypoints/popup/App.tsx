import '../../components/theme.css';
import '../../components/app.css';
import { ContactsPage } from '../../components/ContactsPage';
import { PopupDrafts } from '../../components/PopupDrafts';
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
  return (
    <ContactsPage env={env} variant="popup">
      {(say) => <PopupDrafts onNewDraft={() => openPanel(true, say)} onOpenPanel={() => openPanel(false, say)} />}
    </ContactsPage>
  );
}
