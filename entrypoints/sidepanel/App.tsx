import '../../components/theme.css';
import '../../components/app.css';
import { useEffect } from 'preact/hooks';
import { ContactsView } from '../../components/ContactsView';
import { PageShell } from '../../components/PageShell';
import { ReferralDrafts } from '../../components/referral/ReferralDrafts';
import { Shortcuts } from '../../components/Shortcuts';
import { useStatusMessage } from '../../components/StatusMessage';
import { BANK_HOLIDAYS, BUNDLED_AREAS, NATIONAL_CONTACTS, findArea } from '../../lib/contacts/bundled';
import { takeIntent, intentItem } from '../../lib/intent';
import { createPageEnv } from '../../lib/page-env';
import { loadPolicy } from '../../lib/settings/load-policy';
import { preferencesItem } from '../../lib/settings/preferences';
import { profileItem } from '../../lib/settings/profile';
import { bindFlushOnHide, createDraftsStore } from '../../lib/state/drafts-store';
import { createProfileStore } from '../../lib/state/profile-store';
import { createSettingsStore } from '../../lib/state/settings-store';
import { draftsItem } from '../../lib/storage/drafts';
import { signal } from '@preact/signals';

const drafts = createDraftsStore(draftsItem(), { bankHolidays: BANK_HOLIDAYS, findArea });
bindFlushOnHide(drafts, window);
const profile = createProfileStore(profileItem());
bindFlushOnHide(profile, window);
const settings = createSettingsStore(preferencesItem, loadPolicy);
const env = createPageEnv(() => drafts.flushNow());
/** Bumped when the popup asks for a new draft, so the drafts section opens its form. */
const newDraftRequests = signal(0);
const checkIntent = () => void takeIntent().then((intent) => intent && newDraftRequests.value++);
checkIntent();
intentItem.watch(checkIntent);

export function App() {
  const status = useStatusMessage();
  useEffect(() => void performance.mark('sc:numbers-shown'), []);
  return (
    <PageShell variant="sidepanel" onExit={env.quickExit.exit} shortcuts={env.shortcuts} family={env.family} status={status}>
      <ContactsView
        store={env.contacts}
        areas={BUNDLED_AREAS}
        national={NATIONAL_CONTACTS}
        bankHolidays={BANK_HOLIDAYS}
        lookupPostcode={env.lookupPostcode}
        onCopy={(text, what) => env.copy(text).then(() => status.say(`Copied ${what}: ${text}`), (e: Error) => status.say(e.message))}
      >
        <ReferralDrafts
          key={newDraftRequests.value}
          store={drafts}
          areas={BUNDLED_AREAS}
          currentAreaId={env.contacts.areaId.value}
          profile={profile.profile}
          retentionDays={settings.retentionDays.value}
          copy={env.copy}
          print={() => window.print()}
        />
      </ContactsView>
      <details class="nhsuk-card shortcuts-panel">
        <summary>Keyboard shortcuts</summary>
        <Shortcuts store={env.shortcuts} family={env.family} headingLevel={3} />
      </details>
    </PageShell>
  );
}
