import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE, ProfileSchema, defineProfileItem } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem, readDrafts } from '../../lib/storage/drafts';
import { defineQuarantineItem, readChecked, setAside } from '../../lib/storage/quarantine';

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

  it('sets aside a draft filed under another draft’s id, saying so', async () => {
    await fakeBrowser.storage.local.set({ drafts: { drafts: { x: good('y'), a: good('a') }, deleted: {} }, drafts$: { v: 2 } });
    const quarantine = defineQuarantineItem();
    const { file } = await readDrafts(defineDraftsItem(), { quarantine, now: NOW });
    expect(Object.keys(file.drafts)).toEqual(['a']);
    expect(await quarantine.getValue()).toMatchObject([{ key: 'local:drafts', part: 'x', raw: good('y'), error: 'id "y" is filed under "x"' }]);
  });
});

describe('the reason stored with a set-aside value', () => {
  beforeEach(() => fakeBrowser.reset());
  const reasons = async () => (await defineQuarantineItem().getValue()).map((e) => e.error);

  it('names where in the value each problem is, dotted, and at most five of them', async () => {
    const broken = { ...good('b'), items: { 'concern.what': { status: 'maybe', note: '', updatedAt: NOW.toISOString(), rev: 1 } } };
    await fakeBrowser.storage.local.set({ drafts: { drafts: { b: broken, c: { id: 'c' } }, deleted: {} }, drafts$: { v: 2 } });
    await readDrafts(defineDraftsItem(), { quarantine: defineQuarantineItem(), now: NOW });
    const [one, many] = await reasons();
    expect(one).toMatch(/^items\.concern\.what\.status: \S/);
    expect(many?.split('; ')).toHaveLength(5);
    expect(many).toMatch(/^subject: \S.*; areaId: \S/);
  });

  it('calls a value that is wrong as a whole “(value)”', async () => {
    await fakeBrowser.storage.local.set({ profile: 'oops' });
    await readChecked(defineProfileItem(), ProfileSchema, { quarantine: defineQuarantineItem(), now: NOW });
    expect(await reasons()).toEqual([expect.stringMatching(/^\(value\): \S/)]);
  });
});

describe('setAside', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps equal values from different places apart, and an identical one once, without writing again', async () => {
    const quarantine = defineQuarantineItem();
    const entries = [
      { key: 'local:drafts', part: 'a', raw: 'junk', error: 'bad' },
      { key: 'local:drafts', part: 'b', raw: 'junk', error: 'bad' },
      { key: 'local:drafts', raw: 'junk', error: 'bad' },
      { key: 'local:profile', raw: 'junk', error: 'bad' },
      { key: 'local:profile', raw: 'other junk', error: 'bad' },
    ];
    await setAside(quarantine, entries, NOW);
    expect(await quarantine.getValue()).toEqual(entries.map((e) => ({ ...e, at: NOW.toISOString() })));
    const written: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => void written.push(...Object.keys(changes)));
    await setAside(quarantine, entries, new Date('2026-11-24T10:00:00Z'));
    expect(written).toEqual([]);
    expect(await quarantine.getValue()).toHaveLength(5);
  });
});
