// Backup and restore: one JSON file holding the practitioner's settings, own contacts, drafts and
// set-aside values, to carry a setup to a new computer. An import is checked whole before anything
// is written (every problem named by its path in the file); then it merges: a draft here is
// replaced only by a newer copy, own contacts merge by id, nothing here is deleted.
import * as z from 'zod/mini';
import { mergeFiles, sameValue } from './referral/merge';
import { DraftSchema, type Draft } from './referral/schema';
import { PreferencesSchema, type Preferences } from './settings/preferences';
import { OwnContactSchema, upsertOwnContact, type OwnContact, type OwnContacts } from './settings/own-contacts';
import { ProfileSchema, type Profile } from './settings/profile';
import { QuickExitSettingsSchema, type QuickExitSettings } from './settings/quick-exit';
import { QuarantineEntrySchema, type QuarantineEntry } from './storage/quarantine';

export const BACKUP_FORMAT = 'safeguarding-companion-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  settings: z.strictObject({
    preferences: PreferencesSchema,
    profile: ProfileSchema,
    quickExit: QuickExitSettingsSchema,
  }),
  contacts: z.array(OwnContactSchema),
  drafts: z.array(DraftSchema),
  setAside: z.array(QuarantineEntrySchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export interface BackupParts {
  preferences: Preferences;
  profile: Profile;
  quickExit: QuickExitSettings;
  contacts: OwnContacts;
  drafts: readonly Draft[];
  setAside: readonly QuarantineEntry[];
}

export function makeBackup(parts: BackupParts, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: { preferences: parts.preferences, profile: parts.profile, quickExit: parts.quickExit },
    contacts: parts.contacts.contacts,
    drafts: [...parts.drafts],
    setAside: [...parts.setAside],
  };
}

/** "contacts[2].contact.phone", the way someone reading the file would find it. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('') || '(the whole file)';
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/** Checks a file's text; a problem list means nothing may be imported. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This is not a backup file: it is not JSON. Choose a file made by "Export backup".'] };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (head?.format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['This is not a Safeguarding Companion backup ("format" is missing or different). Choose a file made by "Export backup".'] };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      problems: [`This backup was made by a newer version of Safeguarding Companion (format ${head.version}). Update the extension, then import it again.`],
    };
  }
  const result = BackupSchema.safeParse(raw);
  if (result.success) return { ok: true, backup: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${pathText(i.path)}: ${i.message}`) };
}

export interface ImportReport {
  added: string[];
  updated: string[];
  left: string[];
}

const newer = (a: Draft, b: Draft) =>
  Date.parse(a.updatedAt) > Date.parse(b.updatedAt) || (a.updatedAt === b.updatedAt && a.revision > b.revision);

const draftName = (d: Draft) => `${d.subject === 'child' ? 'child' : 'adult'} draft ${d.id.slice(0, 8)}`;

export interface MergeInput {
  here: BackupParts & { deleted: Readonly<Record<string, string>> };
  backup: Backup;
}

/** What the stores should hold after the import, and what it did. Pure. */
export function mergeBackup({ here, backup }: MergeInput): { parts: BackupParts; report: ImportReport } {
  const report: ImportReport = { added: [], updated: [], left: [] };
  const drafts = new Map(here.drafts.map((d) => [d.id, d] as const));
  for (const d of backup.drafts) {
    const mine = drafts.get(d.id);
    if (here.deleted[d.id]) report.left.push(`${draftName(d)} (deleted here since)`);
    else if (!mine) {
      drafts.set(d.id, d);
      report.added.push(draftName(d));
    } else if (newer(d, mine)) {
      drafts.set(d.id, d);
      report.updated.push(draftName(d));
    } else report.left.push(`${draftName(d)} (the copy here is as new or newer)`);
  }
  let contacts = here.contacts;
  for (const c of backup.contacts) {
    const mine = contacts.contacts.find((x) => x.contact.id === c.contact.id);
    if (mine && sameValue(mine, c)) {
      report.left.push(`contact ${c.contact.name} (the same here)`);
      continue;
    }
    contacts = upsertOwnContact(contacts, c as OwnContact);
    (mine ? report.updated : report.added).push(`contact ${c.contact.name}`);
  }
  // Settings: what is empty here is filled from the backup; what is set here stays.
  const profile = { ...here.profile };
  let profileFilled = false;
  for (const key of Object.keys(profile) as (keyof Profile)[]) {
    if (!profile[key].trim() && backup.settings.profile[key].trim()) {
      profile[key] = backup.settings.profile[key];
      profileFilled = true;
    }
  }
  if (profileFilled) report.updated.push('your details (empty fields filled)');
  const preferences = here.preferences.areaId ? here.preferences : { ...here.preferences, areaId: backup.settings.preferences.areaId };
  if (preferences !== here.preferences && preferences.areaId) report.updated.push('your area');
  const setAside = [...here.setAside];
  for (const e of backup.setAside) {
    if (setAside.some((x) => x.key === e.key && x.part === e.part && sameValue(x.raw, e.raw))) continue;
    setAside.push(e);
    report.added.push('a set-aside value');
  }
  return {
    parts: { preferences, profile, quickExit: here.quickExit, contacts, drafts: [...drafts.values()], setAside },
    report,
  };
}

/** Merges imported drafts into what is stored now (as every draft write does). */
export function draftsAfterImport(stored: { drafts: Record<string, Draft>; deleted: Record<string, string> }, merged: readonly Draft[]) {
  const drafts: Record<string, Draft> = {};
  for (const d of merged) drafts[d.id] = d;
  return mergeFiles(stored, { drafts: { ...stored.drafts, ...drafts }, deleted: stored.deleted });
}

export function reportText(report: ImportReport): string {
  const part = (label: string, list: string[]) => (list.length ? `${label}: ${list.join(', ')}.` : `${label}: nothing.`);
  return [part('Added', report.added), part('Updated', report.updated), part('Left as they were', report.left)].join(' ');
}
