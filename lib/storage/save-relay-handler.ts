// Background half of the save relay (save-relay.ts): checks what a page sent against the stored
// shapes and merges it into storage the way the page's own save would have.
import * as z from 'zod/mini';
import { mergeFiles } from '../referral/merge';
import { EMPTY_PROFILE, ProfileSchema, profileItem } from '../settings/profile';
import { checkDrafts, draftsItem, updateDrafts } from './drafts';
import { quarantineItem, setAside } from './quarantine';

// Stryker disable next-line StringLiteral: zod throws building the union, so the module cannot load and save-relay.test.ts fails on import, which Stryker 9.6.1's vitest runner counts as no tests run, hence Survived (stryker-js#6150)
const MessageSchema = z.discriminatedUnion('key', [
  // Stryker disable next-line ObjectLiteral: an option without its 'key': zod throws building the union, so the module cannot load and save-relay.test.ts fails on import, which Stryker 9.6.1's vitest runner counts as no tests run, hence Survived (stryker-js#6150)
  z.object({ key: z.literal('drafts'), file: z.unknown() }),
  // Stryker disable next-line ObjectLiteral: an option without its 'key': zod throws building the union, so the module cannot load and save-relay.test.ts fails on import, which Stryker 9.6.1's vitest runner counts as no tests run, hence Survived (stryker-js#6150)
  z.object({ key: z.literal('profile'), patch: z.partial(ProfileSchema) }),
]);

export async function saveRelayed(raw: unknown, now = new Date()): Promise<void> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.key === 'drafts') {
    const { file, bad } = checkDrafts(message.file);
    // Never silently drop what a page sent, even if it does not read as a draft.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as `true` or `>= 0`, setAside with nothing to add writes nothing, bar repairing a damaged set-aside record that the next read repairs with the same data (the other variants lose the relayed broken draft, which a test catches)
    if (bad.length > 0) await setAside(quarantineItem(), bad, now);
    await updateDrafts(draftsItem(), { quarantine: quarantineItem(), now }, (stored) => mergeFiles(stored, file));
    return;
  }
  const item = profileItem();
  const stored = ProfileSchema.safeParse(await item.getValue());
  await item.setValue({ ...(stored.success ? stored.data : EMPTY_PROFILE), ...message.patch });
}
