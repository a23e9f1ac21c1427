// Merging two copies of the drafts (what is stored, what this page holds). The merge is
// order-independent, so every open page converges on the same value whatever order writes land:
// per item the later edit wins (updatedAt, then rev); a draft's own fields win as one; a deletion
// hides every copy edited before it, but an edit made after it (in a page that had not yet heard
// of the deletion) brings the draft back rather than lose what was typed.
import type { Draft, DraftsFile, ItemState } from './schema';

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Equal as stored JSON, whatever the key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

// A total order, so identical timestamps still pick the same winner on every page.
function compareStamp(aAt: string, aRev: number, a: unknown, bAt: string, bRev: number, b: unknown): number {
  const t = Date.parse(aAt) - Date.parse(bAt);
  if (t !== 0) return t;
  if (aRev !== bRev) return aRev - bRev;
  const sa = stable(a);
  const sb = stable(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function newerItem(a: ItemState, b: ItemState): ItemState {
  return compareStamp(a.updatedAt, a.rev, a, b.updatedAt, b.rev, b) >= 0 ? a : b;
}

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b);

export function mergeDraft(a: Draft, b: Draft): Draft {
  const items: Record<string, ItemState> = { ...a.items };
  for (const [id, item] of Object.entries(b.items)) {
    const mine = items[id];
    items[id] = mine ? newerItem(mine, item) : item;
  }
  const { items: _a, ...metaA } = a;
  const { items: _b, ...metaB } = b;
  const meta = compareStamp(a.metaUpdatedAt, a.revision, metaA, b.metaUpdatedAt, b.revision, metaB) >= 0 ? a : b;
  return {
    ...meta,
    items,
    createdAt: earlier(a.createdAt, b.createdAt),
    updatedAt: later(a.updatedAt, b.updatedAt),
  };
}

export function mergeFiles(a: DraftsFile, b: DraftsFile): DraftsFile {
  const deleted: Record<string, string> = { ...a.deleted };
  for (const [id, at] of Object.entries(b.deleted)) deleted[id] = deleted[id] ? later(deleted[id], at) : at;
  const drafts: Record<string, Draft> = {};
  for (const source of [a.drafts, b.drafts]) {
    for (const [id, draft] of Object.entries(source)) {
      const seen = drafts[id];
      drafts[id] = seen ? mergeDraft(seen, draft) : draft;
    }
  }
  for (const [id, draft] of Object.entries(drafts)) {
    const at = deleted[id];
    if (at && Date.parse(at) >= Date.parse(draft.updatedAt)) delete drafts[id];
  }
  return { drafts, deleted };
}
