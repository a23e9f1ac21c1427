// The organisation's managed policy as every context reads it; the schema loads lazily so the
// popup's first paint never waits for it.
import { browser } from 'wxt/browser';
import { CALL_NOW_AREAS } from '../contacts/call-now-areas';
import type { ParsedPolicy } from './policy';

const AREA_IDS = CALL_NOW_AREAS.map((a) => a.id);

export async function loadPolicy(): Promise<ParsedPolicy> {
  const { readPolicy } = await import('./policy');
  return readPolicy(browser.storage.managed, AREA_IDS);
}
