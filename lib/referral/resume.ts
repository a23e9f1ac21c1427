// Where the practitioner was in the side panel: the open draft and the item last edited, kept in
// storage.session so reopening the panel in the same browser session lands on the same place,
// and a browser restart (which clears session storage) starts from the list.
import * as z from 'zod/mini';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';

export const ResumeSchema = z.object({ draftId: z.string(), itemId: z.nullable(z.string()) });
export type Resume = z.infer<typeof ResumeSchema>;

export type ResumeItem = WxtStorageItem<Resume | null, {}>;

/** Call at start-up, not at module scope: defining an item touches storage. */
export function defineResumeItem(): ResumeItem {
  return storage.defineItem<Resume>('session:resumeDraft');
}

/** An unreadable value means "nowhere to resume", never an error on screen. */
export async function readResume(item: ResumeItem): Promise<Resume | null> {
  try {
    const parsed = ResumeSchema.safeParse(await item.getValue());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ResumeTracker {
  /** The draft on screen (null: the list or the new-draft form) and, once known, the item edited. */
  remember(draftId: string | null, itemId?: string): void;
}

/** Writes only when the place changes, not on every keystroke. */
export function createResumeTracker(item: ResumeItem, start: Resume | null): ResumeTracker {
  let last = start;
  return {
    remember(draftId, itemId) {
      const next: Resume | null =
        draftId === null ? null : { draftId, itemId: itemId ?? (last?.draftId === draftId ? last.itemId : null) };
      if (JSON.stringify(next) === JSON.stringify(last)) return;
      last = next;
      void (next ? item.setValue(next) : item.removeValue()).catch(() => undefined);
    },
  };
}
