// The last quick exit's timing, kept in storage.session so the benchmark can read
// "command handler called → tab removed" from the service worker or any extension page
// (chrome.storage.session.get('quickExitLastRun')) without a test hook in shipped code.
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

export const QUICK_EXIT_LAST_RUN_KEY = 'quickExitLastRun';

export const QuickExitRunSchema = z.object({
  removedTabId: z.nullable(z.number()),
  ms: z.number(),
  neutralPageOpened: z.boolean(),
  historyRemoved: z.boolean(),
  /** Epoch ms when the handler was called. */
  at: z.number(),
  trigger: z.enum(['command', 'page']),
});
export type QuickExitRun = z.infer<typeof QuickExitRunSchema>;

export type QuickExitRunItem = WxtStorageItem<QuickExitRun | null, {}>;

/** Call at start-up, not at module scope: defining an item reads storage. */
export function defineQuickExitRunItem(): QuickExitRunItem {
  return storage.defineItem<QuickExitRun>(`session:${QUICK_EXIT_LAST_RUN_KEY}`);
}

export async function readLastQuickExitRun(item: QuickExitRunItem): Promise<QuickExitRun | null> {
  const parsed = QuickExitRunSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : null;
}
