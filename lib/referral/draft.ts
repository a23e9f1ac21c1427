// Edits to a draft: each stamps what it touched, so merge.ts can tell the newer copy.
import type { Draft, ItemState, ItemStatus, Telephone } from './schema';

export type ItemPatch = Partial<Pick<ItemState, 'status' | 'note' | 'choice'>>;

export const EMPTY_ITEM: Omit<ItemState, 'updatedAt'> = { status: 'todo', note: '', rev: 0 };

export function itemState(draft: Draft, itemId: string): ItemState {
  return draft.items[itemId] ?? { ...EMPTY_ITEM, updatedAt: draft.createdAt };
}

/**
 * Status follows the work: writing an answer or a note makes a to-do item done, and clearing
 * them makes it to do again; a status the practitioner sets in the same edit wins, and "not
 * applicable" is only ever set by them.
 */
export function derivedStatus(old: ItemState, patch: ItemPatch): ItemStatus {
  if (patch.status) return patch.status;
  if (patch.note === undefined && patch.choice === undefined) return old.status;
  if (old.status === 'na') return 'na';
  const note = patch.note ?? old.note;
  const choice = 'choice' in patch ? patch.choice : old.choice;
  return note.trim() !== '' || !!choice ? 'done' : 'todo';
}

export function editItem(draft: Draft, itemId: string, patch: ItemPatch, now: Date): Draft {
  const old = itemState(draft, itemId);
  const at = now.toISOString();
  const next: ItemState = { ...old, ...patch, status: derivedStatus(old, patch), updatedAt: at, rev: old.rev + 1 };
  if (next.choice === undefined) delete next.choice;
  return { ...draft, items: { ...draft.items, [itemId]: next }, updatedAt: at };
}

export type MetaPatch = Partial<Pick<Draft, 'telephone' | 'dueAt' | 'dueSource' | 'concernTypes' | 'submittedAt' | 'areaId'>> & {
  telephone?: Telephone;
};

export function editMeta(draft: Draft, patch: MetaPatch, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, ...patch, metaUpdatedAt: at, updatedAt: at, revision: draft.revision + 1 };
}

/** What the practitioner must still do: items neither done nor not applicable. */
export function countToDo(draft: Draft, itemIds: readonly string[]): number {
  const { done, na, total } = countDone(draft, itemIds);
  return total - done - na;
}

export function countDone(draft: Draft, itemIds: readonly string[]): { done: number; na: number; total: number } {
  let done = 0;
  let na = 0;
  for (const id of itemIds) {
    const s: ItemStatus | undefined = draft.items[id]?.status;
    if (s === 'done') done++;
    else if (s === 'na') na++;
  }
  return { done, na, total: itemIds.length };
}
