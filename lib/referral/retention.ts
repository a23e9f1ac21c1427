// Drafts hold patient data, so an untouched draft is deleted after a retention period counted
// from its last edit. Being overdue never deletes a draft: that is the user's call.
import type { DraftsItem } from '../storage/drafts';
import { readDrafts } from '../storage/drafts';
import { quarantineItem, readQuarantine, type QuarantineItem } from '../storage/quarantine';
import type { Draft, DraftsFile } from './schema';
import { formatUkDayMonth } from './uk-format';

export const DEFAULT_RETENTION_DAYS = 30;
const DAY = 86_400_000;
/** A deletion marker only stops an open page writing the draft back; a day is ample. */
const TOMBSTONE_MS = DAY;

export function deletionDue(draft: Pick<Draft, 'updatedAt'>, retentionDays: number = DEFAULT_RETENTION_DAYS): Date {
  return new Date(Date.parse(draft.updatedAt) + retentionDays * DAY);
}

export function expiredDraftIds(
  drafts: readonly Draft[] | Readonly<Record<string, Draft>>,
  now: Date,
  retentionDays: number = DEFAULT_RETENTION_DAYS,
): string[] {
  const list = Array.isArray(drafts) ? drafts : Object.values(drafts);
  return list.filter((d) => deletionDue(d, retentionDays).getTime() <= now.getTime()).map((d) => d.id);
}

/** "Deleted automatically on 22 Dec unless edited" */
export function retentionText(draft: Pick<Draft, 'updatedAt'>, retentionDays: number = DEFAULT_RETENTION_DAYS): string {
  return `Deleted automatically on ${formatUkDayMonth(deletionDue(draft, retentionDays))} unless edited`;
}

/** The stored value after retention: expired drafts replaced by deletion markers, old markers gone. */
export function applyRetention(file: DraftsFile, now: Date, retentionDays: number): { file: DraftsFile; removed: string[] } {
  const removed = expiredDraftIds(file.drafts, now, retentionDays);
  const at = now.toISOString();
  const drafts = { ...file.drafts };
  const deleted: Record<string, string> = {};
  for (const [id, when] of Object.entries(file.deleted)) {
    if (now.getTime() - Date.parse(when) < TOMBSTONE_MS) deleted[id] = when;
  }
  for (const id of removed) {
    delete drafts[id];
    deleted[id] = at;
  }
  return { file: { drafts, deleted }, removed };
}

/**
 * Called by the background on startup and from an alarm. Returns the ids deleted. Unreadable
 * drafts are set aside (not deleted) on the way, like any other read.
 */
export async function enforceRetention(
  item: DraftsItem,
  now: Date,
  retentionDays: number = DEFAULT_RETENTION_DAYS,
  quarantine: QuarantineItem = quarantineItem(),
): Promise<string[]> {
  const { file } = await readDrafts(item, { quarantine, now });
  const next = applyRetention(file, now, retentionDays);
  const changed = next.removed.length > 0 || Object.keys(next.file.deleted).length !== Object.keys(file.deleted).length;
  if (changed) await item.setValue(next.file);
  await expireSetAside(quarantine, now, retentionDays);
  return next.removed;
}

/**
 * Set-aside values may hold patient text too, so the same period applies to them, counted from
 * when they were set aside: long enough to notice the notice and export them.
 */
export async function expireSetAside(quarantine: QuarantineItem, now: Date, retentionDays: number): Promise<void> {
  const entries = await readQuarantine(quarantine, now);
  const cutoff = now.getTime() - retentionDays * DAY;
  const kept = entries.filter((e) => !(Date.parse(e.at) <= cutoff));
  if (kept.length !== entries.length) await quarantine.setValue(kept);
}
