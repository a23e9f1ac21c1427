// Stored values that fail their schema are set aside here, never dropped: the user is told and
// can export them as raw JSON. Also the one place that recognises a full-storage error.
import * as z from 'zod/mini';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { sameValue } from '../referral/merge';

export const QuarantineEntrySchema = z.object({
  /** The storage key the value came from. */
  key: z.string(),
  /** Inside a record (one draft among many): its id. */
  part: z.optional(z.string()),
  raw: z.unknown(),
  error: z.string(),
  at: z.string(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export type QuarantineItem = WxtStorageItem<QuarantineEntry[], {}>;

export const QUARANTINE_KEY = 'local:quarantine' as const;

export function defineQuarantineItem(): QuarantineItem {
  return storage.defineItem<QuarantineEntry[]>(QUARANTINE_KEY, { fallback: [], version: 1 });
}

let quarantine: QuarantineItem | undefined;
export function quarantineItem(): QuarantineItem {
  return (quarantine ??= defineQuarantineItem());
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The schema's verdict with a readable reason (paths and messages, never the data itself). */
export function check<T>(raw: unknown, schema: z.ZodMiniType<T>): Checked<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const error = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(value)'}: ${i.message}`)
    .join('; ');
  return { ok: false, error };
}

const QuarantineListSchema = z.array(QuarantineEntrySchema);

/**
 * The quarantine list, made readable. A damaged list is itself set aside: stored again as one
 * entry holding the damaged value, stamped now, so retention counts from when it was found and
 * never expires it as if it were from 1970.
 */
export async function readQuarantine(item: QuarantineItem, now: Date = new Date()): Promise<QuarantineEntry[]> {
  const raw: unknown = await item.getValue();
  const list = check(raw, QuarantineListSchema);
  if (list.ok) return list.value;
  const repaired = [{ key: item.key, raw, error: list.error, at: now.toISOString() }];
  await item.setValue(repaired);
  return repaired;
}

/** Adds entries (an identical value set aside twice, e.g. by two pages at once, is kept once). */
export async function setAside(
  item: QuarantineItem,
  entries: readonly Omit<QuarantineEntry, 'at'>[],
  now: Date,
): Promise<QuarantineEntry[]> {
  const list = await readQuarantine(item, now);
  const next = [...list];
  for (const e of entries) {
    if (next.some((q) => q.key === e.key && q.part === e.part && sameValue(q.raw, e.raw))) continue;
    next.push({ ...e, at: now.toISOString() });
  }
  if (next.length !== list.length) await item.setValue(next);
  return next;
}

/**
 * Reads a stored value through its schema. A value that fails is moved to the quarantine first,
 * then replaced by the item's fallback, so the screen opens and the data is still there to export.
 */
export async function readChecked<T>(
  item: WxtStorageItem<T, any>,
  schema: z.ZodMiniType<T>,
  env: { quarantine: QuarantineItem; now: Date },
): Promise<{ value: T; setAside: number }> {
  const raw: unknown = await item.getValue();
  const result = check(raw, schema);
  if (result.ok) return { value: result.value, setAside: 0 };
  await setAside(env.quarantine, [{ key: item.key, raw, error: result.error }], env.now);
  await item.setValue(item.fallback);
  return { value: item.fallback, setAside: 1 };
}

/** Chrome: "Resource::kQuotaBytes quota exceeded"; Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /QUOTA_BYTES|quota/i.test(text);
}

export const QUOTA_MESSAGE =
  'Could not save: browser storage is full. Your text is still here — copy it somewhere safe, then delete old drafts.';

export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  return 'Could not save your latest changes. Your text is still here — copy it somewhere safe; saving will be tried again when you next type.';
}

/** The set-aside values as pretty JSON, for the user to save or copy. */
export function quarantineJson(entries: readonly QuarantineEntry[]): string {
  return JSON.stringify(entries, null, 2);
}
