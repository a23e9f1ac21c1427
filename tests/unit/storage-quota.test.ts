import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { QUOTA_MESSAGE, defineQuarantineItem, isQuotaError } from '../../lib/storage/quarantine';

const NOW = new Date('2026-11-23T10:00:00Z');
const d1 = createDraft(
  { id: 'd1', subject: 'child', area: undefined, areaId: 'x', callAt: NOW, takenBy: '', reference: '', profile: EMPTY_PROFILE },
  NOW,
  new Set(),
);

it.each([
  [new Error('Resource::kQuotaBytes quota exceeded'), true],
  [new Error('QUOTA_BYTES quota exceeded'), true],
  [Object.assign(new Error('The current transaction exceeded its quota limitations.'), { name: 'QuotaExceededError' }), true],
  [new Error('Extension context invalidated.'), false],
])('isQuotaError(%s) is %s', (error, expected) => {
  expect(isQuotaError(error)).toBe(expected);
});

describe('storage full', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the error, keeps the typed text, and saves it once there is room', async () => {
    const item = defineDraftsItem();
    await item.setValue({ drafts: { d1 }, deleted: {} });
    const store = createDraftsStore(item, { bankHolidays: new Set(), quarantine: defineQuarantineItem(), now: () => NOW, debounceMs: 10_000 });
    await store.hydrated;

    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    store.updateItem('d1', 'concern.what', { note: 'every word of this' });
    await store.flush();

    expect(store.saveError.value).toBe(QUOTA_MESSAGE);
    expect(store.draft('d1')?.items['concern.what']?.note).toBe('every word of this');
    expect((await item.getValue()).drafts.d1?.items['concern.what']).toBeUndefined();

    // Room again (the user deleted old drafts): the next save writes the kept text.
    await store.flush();
    expect(set).toHaveBeenCalledTimes(2);
    expect(store.saveError.value).toBeNull();
    expect((await item.getValue()).drafts.d1?.items['concern.what']?.note).toBe('every word of this');
    store.dispose();
  });

  it('the pagehide save reports a full store too', async () => {
    const item = defineDraftsItem();
    await item.setValue({ drafts: { d1 }, deleted: {} });
    const store = createDraftsStore(item, { bankHolidays: new Set(), quarantine: defineQuarantineItem(), now: () => NOW, debounceMs: 10_000 });
    await store.hydrated;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    store.updateItem('d1', 'concern.what', { note: 'kept' });
    await store.flushNow();
    expect(store.saveError.value).toBe(QUOTA_MESSAGE);
    expect(store.draft('d1')?.items['concern.what']?.note).toBe('kept');
    store.dispose();
  });

  it('any other failure says the save will be tried again, not that storage is full', async () => {
    const item = defineDraftsItem();
    await item.setValue({ drafts: { d1 }, deleted: {} });
    const store = createDraftsStore(item, { bankHolidays: new Set(), quarantine: defineQuarantineItem(), now: () => NOW, debounceMs: 10_000 });
    await store.hydrated;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    store.updateItem('d1', 'concern.what', { note: 'kept' });
    await store.flush();
    expect(store.saveError.value).toBe(
      'Could not save your latest changes. Your text is still here — copy it somewhere safe; saving will be tried again when you next type.',
    );
    store.dispose();
  });
});
