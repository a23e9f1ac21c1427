// The quick-exit messages as zod schemas: the background checks every message it receives
// against them (register.ts). Pages only import the inferred types, so zod stays off their
// first-paint path.
import * as z from 'zod/mini';

export const QuickExitBroadcastSchema = z.object({ type: z.literal('quick-exit') });
export const QuickExitRequestSchema = z.object({
  type: z.literal('quick-exit-request'),
  // The window whose active tab should close; pages that know their window send it (see page.ts).
  windowId: z.optional(z.number()),
  // A page that is a tab of its own (options): close that very tab, whichever tab is active.
  ownTab: z.optional(z.boolean()),
});
export const QuickExitMessageSchema = z.discriminatedUnion('type', [
  QuickExitBroadcastSchema,
  QuickExitRequestSchema,
]);

/** Background → every extension page: flush drafts and get off the screen. */
export type QuickExitBroadcast = z.infer<typeof QuickExitBroadcastSchema>;
/** Page (Quick exit button, Shift ×3) → background: do what the command does. */
export type QuickExitRequest = z.infer<typeof QuickExitRequestSchema>;
export type QuickExitMessage = z.infer<typeof QuickExitMessageSchema>;

export function parseQuickExitMessage(message: unknown): QuickExitMessage | null {
  const parsed = QuickExitMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
