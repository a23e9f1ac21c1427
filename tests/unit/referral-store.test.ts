import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Area } from '../../lib/contacts/schema';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { bindFlushOnHide, createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';
import { testArea } from '../fixtures/areas';

const AREA = testArea();
const NOW = new Date('2026-11-23T10:00:00Z');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function makeStore(debounceMs = 20, now: () => Date = () => NOW) {
  let n = 0;
  return createDraftsStore(defineDraftsItem(), {
    bankHolidays: new Set(),
    quarantine: defineQuarantineItem(),
    now,
    debounceMs,
    findArea: (id) => (id === AREA.id ? AREA : undefined),
    newId: () => `d${++n}`,
  });
}
const input = (callAt: string, area: Area | null = AREA) => ({
  subject: 'child' as const,
  areaId: area?.id ?? 'unknown',
  area: area ?? undefined,
  callAt: new Date(callAt),
  takenBy: '',
  reference: '',
  profile: EMPTY_PROFILE,
});

describe('drafts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the draft last edited first, submitted ones last, and counts the open ones', async () => {
    let minute = 0;
    const store = makeStore(20, () => new Date(NOW.getTime() + minute++ * 60_000));
    await store.hydrated;
    store.create(input('2026-11-23T09:00:00Z'));
    store.create(input('2026-11-22T09:00:00Z'));
    store.create(input('2026-11-23T08:00:00Z', null));
    expect(store.drafts.value.map((d) => d.id)).toEqual(['d3', 'd2', 'd1']);
    store.updateItem('d1', 'child.name', { note: 'Sam' });
    expect(store.drafts.value.map((d) => d.id)).toEqual(['d1', 'd3', 'd2']);
    expect(store.openCount.value).toBe(3);
    // The popup's "due" line still names the soonest due, whatever was edited last.
    expect(store.nearestDue.value?.draft.id).toBe('d2');
    store.markSubmitted('d1');
    expect(store.openCount.value).toBe(2);
    expect(store.drafts.value.map((d) => d.id)).toEqual(['d3', 'd2', 'd1']);
    store.dispose();
  });

  it('saves typing after the pause, not on every keystroke', async () => {
    const item = defineDraftsItem();
    const store = makeStore(300);
    await store.hydrated;
    const id = store.create(input('2026-11-23T09:00:00Z'));
    await store.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const note of ['a', 'ab', 'abc']) {
        store.updateItem(id, 'concern.what', { note });
        await vi.advanceTimersByTimeAsync(200);
      }
      // 200 ms after the last keystroke: not yet.
      expect((await item.getValue()).drafts[id]?.items['concern.what']).toBeUndefined();
      await vi.advanceTimersByTimeAsync(100);
      expect((await item.getValue()).drafts[id]?.items['concern.what']?.note).toBe('abc');
    } finally {
      vi.useRealTimers();
    }
    store.dispose();
  });

  it('saves at once when the page hides', async () => {
    const item = defineDraftsItem();
    const store = makeStore(10_000);
    await store.hydrated;
    const id = store.create(input('2026-11-23T09:00:00Z'));
    await store.flush();
    const unbind = bindFlushOnHide(store, window);
    store.updateItem(id, 'concern.what', { note: 'closing mid-wo' });
    window.dispatchEvent(new Event('pagehide'));
    await wait(0);
    expect((await item.getValue()).drafts[id]?.items['concern.what']?.note).toBe('closing mid-wo');
    unbind();
    store.dispose();
  });

  it('moves the due time with the call time, and keeps a due time the user set', async () => {
    const store = makeStore();
    await store.hydrated;
    const id = store.create(input('2026-11-23T09:00:00Z'));
    store.setTelephone(id, { at: '2026-11-23T11:00:00.000Z', takenBy: 'Sam' });
    expect(store.draft(id)).toMatchObject({ dueAt: '2026-11-24T11:00:00.000Z', dueSource: 'area-rule' });
    expect(store.draft(id)?.items['telephone.taken-by']).toMatchObject({ note: 'Sam', status: 'done' });
    expect(store.draft(id)?.items['telephone.at']?.note).toBe('Monday 23 November 2026 at 11:00 (UK time)');
    store.setDue(id, new Date('2026-11-24T09:00:00Z'));
    store.setTelephone(id, { at: '2026-11-23T12:00:00.000Z' });
    expect(store.draft(id)).toMatchObject({ dueAt: '2026-11-24T09:00:00.000Z', dueSource: 'user' });
    store.dispose();
  });

  it("does not overwrite a prefilled note the user rewrote", async () => {
    const store = makeStore();
    await store.hydrated;
    const id = store.create(input('2026-11-23T09:00:00Z'));
    store.updateItem(id, 'telephone.at', { note: 'About 9, from the car' });
    store.setTelephone(id, { at: '2026-11-23T09:10:00.000Z' });
    expect(store.draft(id)?.items['telephone.at']?.note).toBe('About 9, from the car');
    store.dispose();
  });

  it('deletes a draft and all drafts, in every open page', async () => {
    const item = defineDraftsItem();
    const a = makeStore();
    const b = makeStore();
    await Promise.all([a.hydrated, b.hydrated]);
    a.create(input('2026-11-23T09:00:00Z'));
    a.create(input('2026-11-23T10:00:00Z'));
    await a.flush();
    expect(b.drafts.value).toHaveLength(2);
    b.delete('d1');
    await b.flush();
    expect(a.drafts.value.map((d) => d.id)).toEqual(['d2']);
    a.deleteAll();
    await a.flush();
    expect(b.drafts.value).toEqual([]);
    expect((await item.getValue()).drafts).toEqual({});
    a.dispose();
    b.dispose();
  });
});
