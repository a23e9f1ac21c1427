import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE, ProfileSchema, defineProfileItem } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem, readDrafts } from '../../lib/storage/drafts';
import { defineQuarantineItem, readChecked } from '../../lib/storage/quarantine';

const NOW = new Date('2026-11-23T10:00:00Z');
const good = (id: string) =>
  createDraft({ id, subject: 'child', area: undefined, areaId: 'x', callAt: NOW, takenBy: '', reference: '', profile: EMPTY_PROFILE }, NOW, new Set());

describe('quarantine', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['a string', 'not json at all'],
    ['an array', [1, 2, 3]],
    ['drafts that are not a record', { drafts: 7, deleted: {} }],
  ])('sets aside a corrupt drafts value (%s) and opens empty', async (_, corrupt) => {
    await fakeBrowser.storage.local.set({ drafts: corrupt, drafts$: { v: 2 } });
    const item = defineDraftsItem();
    const quarantine = defineQuarantineItem();
    const { file, setAside } = await readDrafts(item, { quarantine, now: NOW });
    expect(setAside).toBe(1);
    expect(file.drafts).toEqual({});
    const [entry] = await quarantine.getValue();
    expect(entry).toMatchObject({ key: 'local:drafts', raw: corrupt, at: NOW.toISOString() });
    expect(entry?.error).not.toBe('');
  });

  it('sets aside one corrupt draft and keeps the good ones', async () => {
    const broken = { ...good('b'), items: { 'concern.what': { status: 'maybe', note: 42 } } };
    await fakeBrowser.storage.local.set({
      drafts: { drafts: { a: good('a'), b: broken, c: good('c') }, deleted: {} },
      drafts$: { v: 2 },
    });
    const item = defineDraftsItem();
    const quarantine = defineQuarantineItem();
    const store = createDraftsStore(item, { bankHolidays: new Set(), quarantine, now: () => NOW });
    await store.hydrated;

    expect(store.drafts.value.map((d) => d.id).sort()).toEqual(['a', 'c']);
    expect(store.setAside.value).toMatchObject([{ key: 'local:drafts', part: 'b', raw: broken }]);
    expect(Object.keys((await item.getValue()).drafts).sort()).toEqual(['a', 'c']);
    store.dispose();
  });

  it('sets aside a value once even when read twice', async () => {
    await fakeBrowser.storage.local.set({ drafts: { drafts: { b: { id: 'b' } }, deleted: {} }, drafts$: { v: 2 } });
    const quarantine = defineQuarantineItem();
    await readDrafts(defineDraftsItem(), { quarantine, now: NOW });
    await fakeBrowser.storage.local.set({ drafts: { drafts: { b: { id: 'b' } }, deleted: {} } });
    await readDrafts(defineDraftsItem(), { quarantine, now: NOW });
    expect(await quarantine.getValue()).toHaveLength(1);
  });

  it('readChecked sets aside any stored value that fails its schema', async () => {
    await fakeBrowser.storage.local.set({ profile: { name: 3 } });
    const quarantine = defineQuarantineItem();
    const item = defineProfileItem();
    const { value, setAside } = await readChecked(item, ProfileSchema, { quarantine, now: NOW });
    expect(setAside).toBe(1);
    expect(value).toEqual(EMPTY_PROFILE);
    expect(await quarantine.getValue()).toMatchObject([{ key: 'local:profile', raw: { name: 3 } }]);
  });

  it('keeps a damaged quarantine list as an entry of itself', async () => {
    await fakeBrowser.storage.local.set({ quarantine: 'oops', drafts: 'bad', drafts$: { v: 2 } });
    const quarantine = defineQuarantineItem();
    await readDrafts(defineDraftsItem(), { quarantine, now: NOW });
    expect(await quarantine.getValue()).toMatchObject([
      { key: 'local:quarantine', raw: 'oops' },
      { key: 'local:drafts', raw: 'bad' },
    ]);
  });
});
