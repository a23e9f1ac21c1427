import '../../components/theme.css';
import '../../components/app.css';
import { ContactsView } from '../../components/ContactsView';
import { StatusMessage, useStatusMessage } from '../../components/StatusMessage';
import { UrgentPanel } from '../../components/UrgentPanel';
import { BANK_HOLIDAYS, BUNDLED_AREAS, NATIONAL_CONTACTS } from '../../lib/contacts/bundled';
import { createPageEnv } from '../../lib/page-env';

const env = createPageEnv();

export function App() {
  const status = useStatusMessage();
  return (
    <div class="page popup-body">
      <header class="page__header">
        <h1>Safeguarding Companion</h1>
      </header>
      <main>
        <UrgentPanel />
        <ContactsView
          store={env.contacts}
          areas={BUNDLED_AREAS}
          national={NATIONAL_CONTACTS}
          bankHolidays={BANK_HOLIDAYS}
          lookupPostcode={env.lookupPostcode}
          onCopy={(text, what) => env.copy(text).then(() => status.say(`Copied ${what}: ${text}`), (e: Error) => status.say(e.message))}
        />
      </main>
      <StatusMessage status={status} />
    </div>
  );
}
