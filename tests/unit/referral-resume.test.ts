import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createResumeTracker, defineResumeItem, readResume } from '../../lib/referral/resume';

describe('resuming a draft', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the open draft and the item last edited, in session storage', async () => {
    const item = defineResumeItem();
    const tracker = createResumeTracker(item, null);
    tracker.remember('d1');
    tracker.remember('d1', 'child.name');
    await vi.waitFor(async () => expect(await readResume(item)).toEqual({ draftId: 'd1', itemId: 'child.name' }));
    expect(await fakeBrowser.storage.session.get('resumeDraft')).toEqual({ resumeDraft: { draftId: 'd1', itemId: 'child.name' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the item when the same draft is reopened, and forgets everything on the list', async () => {
    const item = defineResumeItem();
    const tracker = createResumeTracker(item, { draftId: 'd1', itemId: 'concern.what' });
    tracker.remember('d1');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await readResume(item)).toBeNull(); // nothing written: the place did not change
    tracker.remember('d2');
    await vi.waitFor(async () => expect(await readResume(item)).toEqual({ draftId: 'd2', itemId: null }));
    tracker.remember(null);
    await vi.waitFor(async () => expect(await readResume(item)).toBeNull());
  });

  it('reads a damaged value as nowhere to resume', async () => {
    await fakeBrowser.storage.session.set({ resumeDraft: { draftId: 7 } });
    expect(await readResume(defineResumeItem())).toBeNull();
  });
});
