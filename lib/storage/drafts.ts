// Referral drafts live under one key, 'local:drafts': { drafts: { [id]: Draft }, deleted: { [id]: at } }.
// One key because a single versioned item gives one migration path, one watch for every page,
// and atomic "Delete all drafts" and retention; drafts are small (a few KB of text each).
// Concurrent pages never lose each other's text because every write is a merge (merge.ts).
import * as z from 'zod/mini';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { mergeFiles, sameValue } from '../referral/merge';
import { DraftSchema, DraftsEnvelopeSchema, EMPTY_DRAFTS, type Draft, type DraftsFile, type ItemState } from '../referral/schema';
import { check, setAside, type QuarantineEntry, type QuarantineItem } from './quarantine';

export const DRAFTS_KEY = 'local:drafts' as const;

/** Version 1 (0.0.x): a plain record of drafts; statuses and notes as flat maps, no per-item rev. */
export const DraftV1Schema = z.object({
  id: z.string(),
  subject: z.enum(['child', 'adult']),
  areaId: z.string(),
  callAt: z.string(),
  takenBy: z.string(),
  reference: z.string(),
  dueAt: z.nullable(z.string()),
  statuses: z.record(z.string(), z.enum(['todo', 'done', 'na'])),
  notes: z.record(z.string(), z.string()),
  referrer: z.object({ name: z.string(), role: z.string(), organisation: z.string(), phone: z.string(), email: z.string() }),
  concernTypes: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  submitted: z.boolean(),
});
export type DraftV1 = z.infer<typeof DraftV1Schema>;

function draftV1toV2(old: DraftV1): Draft {
  const items: Record<string, ItemState> = {};
  for (const id of new Set([...Object.keys(old.statuses), ...Object.keys(old.notes)])) {
    items[id] = { status: old.statuses[id] ?? 'todo', note: old.notes[id] ?? '', updatedAt: old.updatedAt, rev: 1 };
  }
  return {
    id: old.id,
    subject: old.subject,
    areaId: old.areaId,
    telephone: { at: old.callAt, takenBy: old.takenBy, reference: old.reference },
    dueAt: old.dueAt,
    // Version 1 only ever took the due time from the area's rule.
    dueSource: old.dueAt ? 'area-rule' : 'user',
    items,
    referrer: old.referrer,
    concernTypes: old.concernTypes,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
    metaUpdatedAt: old.updatedAt,
    revision: 1,
    submittedAt: old.submitted ? old.updatedAt : null,
  };
}

/**
 * 1 → 2. Never throws and never drops: a draft that is not a readable v1 draft is carried over
 * as it is, so the check after reading sets it aside for the user to export.
 */
export function migrateDraftsV1toV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const drafts: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(old)) {
    const v1 = DraftV1Schema.safeParse(raw);
    drafts[id] = v1.success ? draftV1toV2(v1.data) : raw;
  }
  return { drafts, deleted: {} };
}

export type DraftsItem = WxtStorageItem<DraftsFile, {}>;

export function defineDraftsItem(): DraftsItem {
  return storage.defineItem<DraftsFile>(DRAFTS_KEY, {
    fallback: EMPTY_DRAFTS,
    version: 2,
    migrations: { 2: migrateDraftsV1toV2 },
  });
}

let drafts: DraftsItem | undefined;
/** Defined on first use, never at import: WXT imports modules in Node at build time. */
export function draftsItem(): DraftsItem {
  return (drafts ??= defineDraftsItem());
}

export type BadEntry = Omit<QuarantineEntry, 'at'>;

/** Splits a stored value into the readable drafts and what must be set aside. Pure. */
export function checkDrafts(raw: unknown, key: string = DRAFTS_KEY): { file: DraftsFile; bad: BadEntry[] } {
  if (raw == null) return { file: EMPTY_DRAFTS, bad: [] };
  const envelope = check(raw, DraftsEnvelopeSchema);
  if (!envelope.ok) return { file: EMPTY_DRAFTS, bad: [{ key, raw, error: envelope.error }] };
  const file: DraftsFile = { drafts: {}, deleted: { ...envelope.value.deleted } };
  const bad: BadEntry[] = [];
  for (const [id, value] of Object.entries(envelope.value.drafts)) {
    const draft = check(value, DraftSchema);
    if (draft.ok && draft.value.id === id) file.drafts[id] = draft.value;
    else bad.push({ key, part: id, raw: value, error: draft.ok ? `id "${draft.value.id}" is filed under "${id}"` : draft.error });
  }
  return { file, bad };
}

export interface DraftsEnv {
  quarantine: QuarantineItem;
  now: Date;
}

/** Reads the drafts; anything unreadable is set aside first, then removed from the record. */
export async function readDrafts(item: DraftsItem, env: DraftsEnv): Promise<{ file: DraftsFile; setAside: number }> {
  const raw: unknown = await item.getValue();
  const { file, bad } = checkDrafts(raw, item.key);
  if (bad.length > 0) {
    await setAside(env.quarantine, bad, env.now);
    await item.setValue(file);
  }
  return { file, setAside: bad.length };
}

/**
 * Read, change, merge, write. The change is merged into what is stored now, never written over
 * it, so a draft another page saved a moment ago survives. Returns what was written.
 */
export async function updateDrafts(
  item: DraftsItem,
  env: DraftsEnv,
  change: (stored: DraftsFile) => DraftsFile,
): Promise<{ file: DraftsFile; setAside: number }> {
  const read = await readDrafts(item, env);
  const next = mergeFiles(read.file, change(read.file));
  if (!sameValue(next, read.file)) await item.setValue(next);
  return { file: next, setAside: read.setAside };
}
