// Retention runs in the background (hourly alarm and startup), not only when a page is open: a
// draft nobody reopens must still be deleted on time.
import { enforceRetention } from './referral/retention';
import { parsePreferences, type Preferences } from './settings/preferences';
import type { DraftsItem } from './storage/drafts';
import type { ParsedPolicy } from './settings/policy';
import type { WxtStorageItem } from 'wxt/utils/storage';

export interface UpkeepEnv {
  drafts: DraftsItem;
  preferences: WxtStorageItem<Preferences, Record<string, unknown>>;
  loadPolicy(): Promise<ParsedPolicy>;
  now(): Date;
}

export async function runRetention(env: UpkeepEnv): Promise<string[]> {
  const [{ policy }, raw] = await Promise.all([env.loadPolicy(), env.preferences.getValue()]);
  const days = policy.retentionDays ?? parsePreferences(raw).value.retentionDays;
  return enforceRetention(env.drafts, env.now(), days);
}
