// Background half of the save relay (save-relay.ts): checks what a page sent against the stored
// shapes and merges it into storage the way the page's own save would have.
import * as z from 'zod/mini';
import { mergeFiles } from '../referral/merge';
import { EMPTY_PROFILE, ProfileSchema, profileItem } from '../settings/profile';
import { checkDrafts, draftsItem, updateDrafts } from './drafts';
import { quarantineItem, setAside } from './quarantine';

const MessageSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('drafts'), file: z.unknown() }),
  z.object({ key: z.literal('profile'), patch: z.partial(ProfileSchema) }),
]);

export async function saveRelayed(raw: unknown, now = new Date()): Promise<void> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.key === 'drafts') {
    const { file, bad } = checkDrafts(message.file);
    // Never silently drop what a page sent, even if it does not read as a draft.
    if (bad.length > 0) await setAside(quarantineItem(), bad, now);
    await updateDrafts(draftsItem(), { quarantine: quarantineItem(), now }, (stored) => mergeFiles(stored, file));
    return;
  }
  const item = profileItem();
  const stored = ProfileSchema.safeParse(await item.getValue());
  await item.setValue({ ...(stored.success ? stored.data : EMPTY_PROFILE), ...message.patch });
}
