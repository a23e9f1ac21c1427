import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editItem } from '../../lib/referral/draft';
import { mergeFiles, newerItem, sameValue } from '../../lib/referral/merge';
import { createDraft } from '../../lib/referral/prefill';
import type { DraftsFile } from '../../lib/referral/schema';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';

const T0 = new Date('2026-11-23T10:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const base = createDraft(
  { id: 'd1', subject: 'child', area: undefined, areaId: 'x', callAt: T0, takenBy: '', reference: '', profile: EMPTY_PROFILE },
  T0,
  new Set(),
);
const file = (d = base): DraftsFile => ({ drafts: { [d.id]: d }, deleted: {} });

describe('mergeFiles', () => {
  it('keeps two edits to different items of one draft', () => {
    const a = file(editItem(base, 'concern.what', { note: 'from the side panel' }, at(5)));
    const b = file(editItem(base, 'voice.views', { note: 'from the popup' }, at(3)));
    for (const merged of [mergeFiles(a, b), mergeFiles(b, a)]) {
      expect(merged.drafts.d1?.items['concern.what']?.note).toBe('from the side panel');
      expect(merged.drafts.d1?.items['voice.views']?.note).toBe('from the popup');
      expect(merged.drafts.d1?.updatedAt).toBe(at(5).toISOString());
    }
  });

  it.each([
    ['the later edit wins', at(5), at(3), 'first'],
    ['the later edit wins, whichever side it is on', at(3), at(5), 'second'],
  ])('same item: %s', (_, t1, t2, winner) => {
    const a = file(editItem(base, 'concern.what', { note: 'first' }, t1));
    const b = file(editItem(base, 'concern.what', { note: 'second' }, t2));
    expect(mergeFiles(a, b).drafts.d1?.items['concern.what']?.note).toBe(winner);
    expect(mergeFiles(b, a).drafts.d1?.items['concern.what']?.note).toBe(winner);
  });

  it('a deleted draft stays deleted in every copy edited before the deletion', () => {
    const edited = file(editItem(base, 'concern.what', { note: 'early' }, at(3)));
    const deleted: DraftsFile = { drafts: {}, deleted: { d1: at(5).toISOString() } };
    expect(mergeFiles(edited, deleted)).toEqual(deleted);
    expect(mergeFiles(deleted, edited)).toEqual(deleted);
  });

  it('text typed after a deletion, in a page that had not heard of it, is kept', () => {
    const edited = file(editItem(base, 'concern.what', { note: 'typed after' }, at(9)));
    const deleted: DraftsFile = { drafts: {}, deleted: { d1: at(5).toISOString() } };
    for (const merged of [mergeFiles(edited, deleted), mergeFiles(deleted, edited)]) {
      expect(merged.drafts.d1?.items['concern.what']?.note).toBe('typed after');
    }
  });
});

describe('two pages editing one draft at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both edits in storage, and each page sees the other', async () => {
    const quarantine = defineQuarantineItem();
    const item = defineDraftsItem();
    await item.setValue(file());
    let clock = 0;
    const now = () => at(++clock);
    const sidePanel = createDraftsStore(defineDraftsItem(), { now, bankHolidays: new Set(), quarantine, debounceMs: 10_000 });
    const popup = createDraftsStore(defineDraftsItem(), { now, bankHolidays: new Set(), quarantine, debounceMs: 10_000 });
    await Promise.all([sidePanel.hydrated, popup.hydrated]);

    sidePanel.updateItem('d1', 'concern.what', { note: 'typed in the side panel', status: 'done' });
    popup.updateItem('d1', 'voice.views', { note: 'typed in the popup' });
    // Both save at the same moment, each from what it had read.
    await Promise.all([sidePanel.flush(), popup.flush()]);
    await Promise.all([sidePanel.flush(), popup.flush()]);

    const stored = (await item.getValue()).drafts.d1!;
    expect(stored.items['concern.what']).toMatchObject({ note: 'typed in the side panel', status: 'done' });
    expect(stored.items['voice.views']?.note).toBe('typed in the popup');
    for (const store of [sidePanel, popup]) {
      expect(store.draft('d1')?.items['concern.what']?.note).toBe('typed in the side panel');
      expect(store.draft('d1')?.items['voice.views']?.note).toBe('typed in the popup');
    }
    sidePanel.dispose();
    popup.dispose();
  });

  it('an edit not yet saved survives a save from another page', async () => {
    const quarantine = defineQuarantineItem();
    const item = defineDraftsItem();
    await item.setValue(file());
    let clock = 0;
    const now = () => at(++clock);
    const a = createDraftsStore(defineDraftsItem(), { now, bankHolidays: new Set(), quarantine, debounceMs: 10_000 });
    const b = createDraftsStore(defineDraftsItem(), { now, bankHolidays: new Set(), quarantine, debounceMs: 10_000 });
    await Promise.all([a.hydrated, b.hydrated]);

    a.updateItem('d1', 'concern.what', { note: 'half a sente' });
    b.updateItem('d1', 'voice.views', { note: 'saved first' });
    await b.flush();
    // b's save arrived through storage.onChanged; a's unsaved text is still on a's screen.
    expect(a.draft('d1')?.items['concern.what']?.note).toBe('half a sente');
    expect(a.draft('d1')?.items['voice.views']?.note).toBe('saved first');
    await a.flush();
    expect((await item.getValue()).drafts.d1?.items['concern.what']?.note).toBe('half a sente');
    expect((await item.getValue()).drafts.d1?.items['voice.views']?.note).toBe('saved first');
    a.dispose();
    b.dispose();
  });
});

describe('the merge’s tie-breaks and equality (every page must pick the same winner)', () => {
  const item = (note: string, updatedAt: string, rev: number) => ({ status: 'done' as const, note, updatedAt, rev });

  it.each([
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [[{ a: 1 }], [{ a: 1 }], true],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, false],
    [null, undefined, true],
    ['1', 1, false],
    [[1, 23], [12, 3], false],
    [[1], { 0: 1 }, false],
  ])('sameValue(%j, %j) is %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });

  it('at the same moment, the higher revision wins, whichever copy comes first', () => {
    const low = item('first', '2026-12-01T10:00:00.000Z', 1);
    const high = item('second', '2026-12-01T10:00:00.000Z', 2);
    expect(newerItem(low, high)).toBe(high);
    expect(newerItem(high, low)).toBe(high);
  });

  it('at the same moment, the higher revision wins whatever the notes say', () => {
    const low = item('zzz', '2026-12-01T10:00:00.000Z', 1);
    const high = item('aaa', '2026-12-01T10:00:00.000Z', 2);
    expect(newerItem(low, high)).toBe(high);
    expect(newerItem(high, low)).toBe(high);
  });

  it('at the same moment and revision, the same copy wins both ways round', () => {
    const a = item('apple', '2026-12-01T10:00:00.000Z', 1);
    const b = item('banana', '2026-12-01T10:00:00.000Z', 1);
    expect(newerItem(a, b)).toBe(newerItem(b, a));
    expect(newerItem(a, b).note).toBe('banana');
  });

  it('a later edit wins over a higher revision made earlier', () => {
    const early = item('early', '2026-12-01T09:00:00.000Z', 9);
    const late = item('late', '2026-12-01T10:00:00.000Z', 1);
    expect(newerItem(early, late)).toBe(late);
    expect(newerItem(late, early)).toBe(late);
  });
});

describe('merging one draft’s own fields', () => {
  it('keeps the earliest creation time and the latest update, and the newer call details as one', () => {
    const a = { ...base, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:05:00.000Z', metaUpdatedAt: '2026-11-23T10:05:00.000Z', telephone: { ...base.telephone, reference: 'OLD' } };
    const b = { ...base, createdAt: '2026-11-23T10:00:01.000Z', updatedAt: '2026-11-23T10:09:00.000Z', metaUpdatedAt: '2026-11-23T10:09:00.000Z', telephone: { ...base.telephone, reference: 'NEW' } };
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const merged = mergeFiles(file(x), file(y)).drafts.d1!;
      expect(merged.createdAt).toBe('2026-11-23T10:00:00.000Z');
      expect(merged.updatedAt).toBe('2026-11-23T10:09:00.000Z');
      expect(merged.telephone.reference).toBe('NEW');
    }
  });

  it('a deletion at the same instant as the last edit deletes; a later deletion time is kept', () => {
    const edited = { ...base, updatedAt: '2026-11-23T10:05:00.000Z' };
    const gone = mergeFiles(file(edited), { drafts: {}, deleted: { d1: '2026-11-23T10:05:00.000Z' } });
    expect(gone.drafts).toEqual({});
    const both = mergeFiles({ drafts: {}, deleted: { d1: '2026-11-23T10:06:00.000Z' } }, { drafts: {}, deleted: { d1: '2026-11-23T10:07:00.000Z' } });
    expect(both.deleted.d1).toBe('2026-11-23T10:07:00.000Z');
  });
});
