import '../../components/theme.css';
import '../../components/app.css';
import { AreaPicker } from '../../components/AreaPicker';
import { BackupSection } from '../../components/BackupSection';
import { OwnContacts } from '../../components/OwnContacts';
import { exportBackup, importBackup, type BackupEnv } from '../../lib/backup-actions';
import { draftsItem } from '../../lib/storage/drafts';
import { QuickExitBar } from '../../components/QuickExitButton';
import { QuickExitSettings } from '../../components/QuickExitSettings';
import { RetentionSetting } from '../../components/RetentionSetting';
import { ProfileForm } from '../../components/referral/ProfileForm';
import { Shortcuts } from '../../components/Shortcuts';
import { effect, signal } from '@preact/signals';
import { AREA_INDEX, loadArea } from '../../lib/contacts/areas';
import { unmatchedCorrections } from '../../lib/contacts/corrections';
import { followManagedPolicy } from '../../lib/settings/load-policy';
import { organisationFills } from '../../lib/settings/organisation';
import {
  defineOwnContactsItem,
  EMPTY_OWN_CONTACTS,
  parseOwnContacts,
  removeOwnContact,
  upsertOwnContact,
  type OwnContact,
  type OwnContacts as OwnContactsValue,
} from '../../lib/settings/own-contacts';
import { quarantineItem, saveErrorMessage, setAside } from '../../lib/storage/quarantine';
import { preferencesItem } from '../../lib/settings/preferences';
import { createSettingsStore } from '../../lib/state/settings-store';
import { historyPermission, startPageQuickExit } from '../../lib/quick-exit/browser-env';
import { currentBrowserFamily, startShortcutsStore } from '../../lib/quick-exit/shortcuts-env';
import {
  createQuickExitSettingsStore,
  defineQuickExitSettingsItem,
  quickExitPolicyLocks,
} from '../../lib/settings/quick-exit';
import { profileItem } from '../../lib/settings/profile';
import { connectSaveRelay } from '../../lib/storage/save-relay';
import { browser } from 'wxt/browser';
import { createProfileStore } from '../../lib/state/profile-store';
import { bindFlushOnHide } from '../../lib/state/drafts-store';

const settings = createSettingsStore(preferencesItem, followManagedPolicy);
const profile = createProfileStore(profileItem(), { relay: connectSaveRelay(browser.runtime) });
const quickExit = createQuickExitSettingsStore(defineQuickExitSettingsItem());
const shortcuts = startShortcutsStore();
const family = currentBrowserFamily();
bindFlushOnHide(profile, window);
// The same quick exit as the popup and side panel: it closes the tab this page is in, after
// saving what was typed.
const exit = startPageQuickExit({ flush: () => profile.flushNow(), ownTab: true });

// The practice's own contacts: what cannot be read is set aside (exportable), never dropped.
const ownItem = defineOwnContactsItem();
const own = signal<OwnContactsValue>(EMPTY_OWN_CONTACTS);
const ownProblem = signal<string | null>(null);
const readOwn = (raw: unknown, setAsideBad: boolean) => {
  const parsed = parseOwnContacts(raw);
  own.value = parsed.value;
  ownProblem.value = parsed.problem;
  if (parsed.problem && setAsideBad) {
    void setAside(quarantineItem(), [{ key: ownItem.key, raw, error: parsed.problem }], new Date()).then(() => ownItem.setValue(parsed.value));
  }
};
void ownItem.getValue().then((raw) => readOwn(raw, true));
ownItem.watch((raw) => readOwn(raw, false));
const saveOwn = async (next: OwnContactsValue) => {
  try {
    await ownItem.setValue(next);
    own.value = next;
    ownProblem.value = null;
  } catch (error) {
    ownProblem.value = saveErrorMessage(error);
    throw error;
  }
};
const today = () => new Date().toISOString().slice(0, 10);

const backupEnv: BackupEnv = {
  drafts: draftsItem(),
  quarantine: quarantineItem(),
  profile: profileItem(),
  preferences: preferencesItem,
  quickExit: defineQuickExitSettingsItem(),
  contacts: ownItem,
  now: () => new Date(),
};
const download = (name: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

// A correction whose contact id names an area but no contact in it: said with its reason.
const correctionNotices = signal<string[]>([]);
effect(() => {
  const corrections = settings.policy.value.contactCorrections ?? [];
  const areaOf = (id: string) => AREA_INDEX.filter((a) => id.startsWith(`${a.id}-`)).sort((a, b) => b.id.length - a.id.length)[0];
  void Promise.all(corrections.map((k) => (areaOf(k.contactId) ? loadArea(areaOf(k.contactId)!.id) : Promise.resolve(undefined)))).then((areas) => {
    const contacts = areas.flatMap((a) => a?.contacts ?? []);
    correctionNotices.value = unmatchedCorrections(corrections, contacts).map(
      (k) => `Correction "${k.contactId}" was ignored: no contact has that id (see the contact's file in data/areas/).`,
    );
  });
});

export function App() {
  const prefs = settings.preferences.value;
  const policy = settings.policy.value;
  const areaLocked = policy.lockArea && policy.defaultAreaId ? 'Your organisation has set this area.' : null;
  return (
    <div class="page options-body">
      <div class="page__top">
        <QuickExitBar onExit={exit.trigger} />
        <header class="page__header">
          <h1>Safeguarding Companion settings</h1>
        </header>
      </div>
      <main>
        {settings.policyNotices.value.length || correctionNotices.value.length ? (
          <div class="nhsuk-warning" role="alert">
            <h2>Some of your organisation's settings were ignored</h2>
            <ul>
              {[...settings.policyNotices.value, ...correctionNotices.value].map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            <p>Tell your IT team; everything else works as normal.</p>
          </div>
        ) : null}
        {settings.error.value ? (
          <div class="nhsuk-warning" role="alert">
            {settings.error.value}
          </div>
        ) : null}

        <div class="nhsuk-card">
          <ProfileForm
            store={profile}
            organisation={organisationFills(policy.organisation)}
            organisationAddress={policy.organisation?.address?.trim() || undefined}
          />
        </div>

        <section class="nhsuk-card" aria-labelledby="area-heading">
          <h2 id="area-heading">Your area</h2>
          <AreaPicker
            areas={AREA_INDEX}
            value={(areaLocked ? policy.defaultAreaId : prefs.areaId) ?? policy.defaultAreaId ?? null}
            ownAreaId={prefs.areaId}
            policyAreaId={policy.defaultAreaId}
            lockedBy={areaLocked}
            onChange={(id) => void settings.update({ areaId: id })}
          />
        </section>

        {ownProblem.value ? (
          <div class="nhsuk-warning" role="alert">
            {ownProblem.value}
          </div>
        ) : null}
        <OwnContacts
          list={own.value}
          areas={AREA_INDEX}
          today={today()}
          onSave={(entry: OwnContact) => saveOwn(upsertOwnContact(own.value, entry))}
          onDelete={(id) => saveOwn(removeOwnContact(own.value, id))}
        />

        <section class="nhsuk-card" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Drafts</h2>
          <p>
            Referral drafts are kept only in this browser profile's extension storage on this computer. They are never synced
            or sent anywhere.
          </p>
          <RetentionSetting
            days={settings.retentionDays.value}
            lockedBy={policy.retentionDays ? `Your organisation deletes untouched drafts after ${policy.retentionDays} days.` : null}
            onChange={(days) => void settings.update({ retentionDays: days })}
          />
        </section>

        <BackupSection exportBackup={() => exportBackup(backupEnv)} importBackup={(text) => importBackup(backupEnv, text)} download={download} />

        <QuickExitSettings
          settings={quickExit.settings.value}
          onSave={quickExit.update}
          requestHistoryPermission={historyPermission.request}
          releaseHistoryPermission={historyPermission.release}
          {...quickExitPolicyLocks(policy)}
        />

        <Shortcuts store={shortcuts} family={family} />

        <section class="nhsuk-card" aria-labelledby="about-heading">
          <h2 id="about-heading">About the contact numbers</h2>
          <p>
            Every number comes from a council, safeguarding partnership, police, NHS or charity page, shown under
            "Source" beside each contact with the date it was checked. Where pages disagree or do not say, the contact is
            marked "Verify" and the other number is always shown too. If a number is wrong, tell your practice
            safeguarding lead.
          </p>
          <p>In immediate danger, always call 999.</p>
        </section>
      </main>
    </div>
  );
}
