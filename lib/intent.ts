// The popup hands work to the side panel ("start a new draft") through session storage: the
// popup closes as the panel opens, so a message would have nobody to receive it.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const IntentSchema = z.object({ action: z.literal('new-draft'), at: z.number() });
export type Intent = z.infer<typeof IntentSchema>;

export const intentItem = storage.defineItem<Intent | null>('session:intent', { fallback: null });

/** An intent older than this was meant for a panel that never opened; ignore it. */
const FRESH_MS = 60_000;

export async function takeIntent(item = intentItem, now = Date.now()): Promise<Intent | null> {
  const parsed = IntentSchema.safeParse(await item.getValue());
  if (!parsed.success) return null;
  await item.removeValue();
  return now - parsed.data.at <= FRESH_MS ? parsed.data : null;
}
