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
    const entries = keys.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`);
    // Stryker disable next-line StringLiteral: every entry starts with a JSON-quoted key, so the text stays one-to-one without the comma (unlike array items: 1,23 vs 12,3) and ',' and '"' both sort below anything that continues a value, so no winner changes
    const joined = entries.join(',');
    return `{${joined}}`;
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
  // Stryker disable next-line EqualityOperator: `<=` differs only where sa === sb, when both copies are the same stored JSON (`>=` shares the directive; the tie-break test kills it)
  if (sa < sb) return -1;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: here sa >= sb, so every variant returns 1 or 0, and callers only ask `>= 0`
  return sa > sb ? 1 : 0;
}

export function newerItem(a: ItemState, b: ItemState): ItemState {
  // Stryker disable next-line EqualityOperator: `> 0` differs only where compareStamp is 0, when both items are the same stored JSON (`< 0` shares the directive; the tie-break tests kill it)
  return compareStamp(a.updatedAt, a.rev, a, b.updatedAt, b.rev, b) >= 0 ? a : b;
}

// Stryker disable EqualityOperator: `>`/`<` differ only on equal instants, where both copies hold the same stored string (an edit stamps a new moment with toISOString); the flipped comparisons share the directive and the merge tests kill them
const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b);
// Stryker restore EqualityOperator

export function mergeDraft(a: Draft, b: Draft): Draft {
  const items: Record<string, ItemState> = { ...a.items };
  for (const [id, item] of Object.entries(b.items)) {
    const mine = items[id];
    items[id] = mine ? newerItem(mine, item) : item;
  }
  const { items: _a, ...metaA } = a;
  const { items: _b, ...metaB } = b;
  // Stryker disable next-line EqualityOperator: `> 0` differs only where compareStamp is 0, when both drafts' own fields are the same stored JSON (`< 0` shares the directive; the merge tests kill it)
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
