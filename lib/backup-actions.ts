// The options page's "Export backup" and "Import backup", wired to the stored items (passed in,
// so tests use fake storage).
import { makeBackup, mergeBackup, parseBackup, draftsAfterImport, reportText, type BackupParts } from './backup';
import { parsePreferences, type Preferences } from './settings/preferences';
import { parseOwnContacts, type OwnContactsItem } from './settings/own-contacts';
import { ProfileSchema, EMPTY_PROFILE, type ProfileItem } from './settings/profile';
import { readQuickExitSettings, type QuickExitSettingsItem } from './settings/quick-exit';
import { readDrafts, updateDrafts, type DraftsItem } from './storage/drafts';
import { readQuarantine, type QuarantineItem } from './storage/quarantine';
import type { WxtStorageItem } from 'wxt/utils/storage';

export interface BackupEnv {
  drafts: DraftsItem;
  quarantine: QuarantineItem;
  profile: ProfileItem;
  preferences: WxtStorageItem<Preferences, Record<string, unknown>>;
  quickExit: QuickExitSettingsItem;
  contacts: OwnContactsItem;
  now(): Date;
}

async function readAll(env: BackupEnv): Promise<BackupParts & { deleted: Record<string, string> }> {
  const now = env.now();
  const [{ file }, profileRaw, preferencesRaw, quickExit, contactsRaw, setAside] = await Promise.all([
    readDrafts(env.drafts, { quarantine: env.quarantine, now }),
    env.profile.getValue(),
    env.preferences.getValue(),
    readQuickExitSettings(env.quickExit),
    env.contacts.getValue(),
    readQuarantine(env.quarantine, now),
  ]);
  const profile = ProfileSchema.safeParse(profileRaw);
  return {
    drafts: Object.values(file.drafts),
    deleted: file.deleted,
    profile: profile.success ? profile.data : EMPTY_PROFILE,
    preferences: parsePreferences(preferencesRaw).value,
    quickExit,
    contacts: parseOwnContacts(contactsRaw).value,
    setAside,
  };
}

/** The backup file's text and a file name with today's date. */
export async function exportBackup(env: BackupEnv): Promise<{ name: string; text: string }> {
  const now = env.now();
  const backup = makeBackup(await readAll(env), now);
  return { name: `safeguarding-companion-backup-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(backup, null, 2)}\n` };
}

/** Imports a file's text: nothing at all when anything is wrong, else a merge; says what it did. */
export async function importBackup(env: BackupEnv, text: string): Promise<{ ok: true; message: string } | { ok: false; problems: string[] }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const here = await readAll(env);
  const { parts, report } = mergeBackup({ here, backup: parsed.backup });
  const now = env.now();
  await updateDrafts(env.drafts, { quarantine: env.quarantine, now }, (stored) => draftsAfterImport(stored, parts.drafts));
  await Promise.all([
    env.contacts.setValue(parts.contacts),
    env.profile.setValue(parts.profile),
    env.preferences.setValue(parts.preferences),
    env.quarantine.setValue([...parts.setAside]),
  ]);
  return { ok: true, message: `Backup imported. ${reportText(report)}` };
}
