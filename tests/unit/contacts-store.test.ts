import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAreaHint, writeAreaHint } from '../../lib/contacts/area-hint';
import type { CallNowArea } from '../../lib/contacts/call-now-areas';
import { preferencesItem } from '../../lib/settings/preferences';
import { createContactsStore } from '../../lib/state/contacts-store';
import { findArea } from '../fixtures/bundled';

function memoryHint(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

const view = (id: string): CallNowArea => {
  const area = findArea(id);
  if (!area) throw new Error(`no area ${id}`);
  return { id: area.id, name: area.name, councilCode: area.councilCode, gaps: area.gaps, contacts: area.contacts };
};

/** A chunk loader that answers when the test says so, like a real dynamic import. */
function fakeLoader() {
  const pending = new Map<string, (v: CallNowArea | undefined) => void>();
  const load = vi.fn((id: string) => new Promise<CallNowArea | undefined>((resolve) => pending.set(id, resolve)));
  const arrive = async (id: string, value: CallNowArea | undefined = findArea(id) ? view(id) : undefined) => {
    await vi.waitFor(() => expect(pending.has(id)).toBe(true));
    pending.get(id)!(value);
    pending.delete(id);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { load, arrive };
}

describe('contacts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('paints the hinted area at once from the saved view, without loading its chunk', () => {
    const hint = memoryHint();
    writeAreaHint(hint, view('walsall'));
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, hint, loadCallNow: loader.load });
    expect(store.areaId.value).toBe('walsall');
    expect(store.area.value?.name).toBe('Walsall');
    expect(loader.load).not.toHaveBeenCalled();
    store.dispose();
  });

  it('never shows a view saved by another build: only its id, then the numbers from the chunk', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const hint = memoryHint();
    writeAreaHint(hint, view('walsall'), 'older-build');
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, hint, loadCallNow: loader.load });
    expect(store.areaId.value).toBe('walsall');
    expect(store.area.value).toBeNull();
    await loader.arrive('walsall');
    expect(store.area.value?.name).toBe('Walsall');
    store.dispose();
  });

  it('has no area until one is chosen (first use), and loads the stored one', async () => {
    await preferencesItem.setValue({ areaId: 'leeds', retentionDays: 30 });
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, loadCallNow: loader.load });
    expect(store.areaId.value).toBeNull();
    expect(store.area.value).toBeNull();
    await store.ready;
    expect(store.areaId.value).toBe('leeds');
    await loader.arrive('leeds');
    expect(store.area.value?.name).toBe('Leeds');
    store.dispose();
  });

  it('switching area shows no numbers of the old one while the new chunk loads', async () => {
    const hint = memoryHint();
    writeAreaHint(hint, view('walsall'));
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, hint, loadCallNow: loader.load });
    await store.ready;
    const choosing = store.setArea('bristol');
    expect(store.areaId.value).toBe('bristol');
    expect(store.area.value).toBeNull();
    await loader.arrive('bristol');
    expect(store.area.value?.name).toBe('Bristol');
    await choosing;
    // The new area is the next first paint's hint.
    expect(readAreaHint(hint).view?.id).toBe('bristol');
    store.dispose();
  });

  it('remembers a chosen area in storage and follows changes made in another page', async () => {
    const a = createContactsStore({ item: preferencesItem, loadCallNow: fakeLoader().load });
    const b = createContactsStore({ item: preferencesItem, loadCallNow: fakeLoader().load });
    await Promise.all([a.ready, b.ready]);
    await a.setArea('dudley');
    expect(await preferencesItem.getValue()).toMatchObject({ areaId: 'dudley' });
    await vi.waitFor(() => expect(b.areaId.value).toBe('dudley'));
    a.dispose();
    b.dispose();
  });

  it('says so when a stored area id is not in this version, and shows no area', async () => {
    await preferencesItem.setValue({ areaId: 'atlantis', retentionDays: 30 });
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, loadCallNow: loader.load });
    await store.ready;
    await loader.arrive('atlantis', undefined);
    expect(store.areaId.value).toBeNull();
    expect(store.problem.value).toMatch(/not in this version/);
    store.dispose();
  });

  it('reports a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ preferences: { areaId: 42, retentionDays: 'many' } });
    const store = createContactsStore({ item: preferencesItem, loadCallNow: fakeLoader().load });
    await store.ready;
    expect(store.problem.value).toMatch(/could not all be read/);
    store.dispose();
  });

  it('obeys an organisation lock and adds its extra contacts', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, loadCallNow: loader.load });
    await store.ready;
    const lead = findArea('worcestershire')!.contacts[0]!;
    store.applyPolicy({
      defaultAreaId: 'worcestershire',
      lockArea: true,
      extraContacts: [{ areaId: 'worcestershire', contact: { ...lead, id: 'practice-lead', name: 'Practice safeguarding lead' } }],
    });
    expect(store.areaId.value).toBe('worcestershire');
    expect(store.lockedBy.value).toMatch(/organisation/);
    await loader.arrive('worcestershire');
    expect(store.area.value?.contacts.map((c) => c.name)).toContain('Practice safeguarding lead');
    await store.setArea('dudley');
    expect(store.areaId.value).toBe('worcestershire');
    store.dispose();
  });

  it('adds the practice’s own contacts for the area shown, and those for every area', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const loader = fakeLoader();
    const store = createContactsStore({ item: preferencesItem, loadCallNow: loader.load });
    await store.ready;
    const contact = (name: string) => ({ ...findArea('walsall')!.contacts[0]!, id: `own-${name}`, name });
    store.applyOwnContacts([
      { areaId: 'walsall', contact: contact('Walsall lead') },
      { areaId: 'all', contact: contact('Named GP') },
      { areaId: 'dudley', contact: contact('Dudley lead') },
    ]);
    expect(store.extraContacts.value.map((c) => c.name)).toEqual(['Walsall lead', 'Named GP']);
    await store.setArea('dudley');
    expect(store.extraContacts.value.map((c) => c.name)).toEqual(['Named GP', 'Dudley lead']);
    store.dispose();
  });

  it('uses the policy default only when the practitioner has not chosen', async () => {
    const store = createContactsStore({ item: preferencesItem, loadCallNow: fakeLoader().load });
    await store.ready;
    store.applyPolicy({ defaultAreaId: 'sandwell' });
    expect(store.areaId.value).toBe('sandwell');
    await store.setArea('dudley');
    expect(store.areaId.value).toBe('dudley');
    store.dispose();
  });
});

describe('contacts store start-up race', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an area chosen before storage has answered', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const store = createContactsStore({ item: preferencesItem, loadCallNow: fakeLoader().load });
    const choosing = store.setArea('dudley');
    await store.ready;
    await choosing;
    expect(store.areaId.value).toBe('dudley');
    expect(await preferencesItem.getValue()).toMatchObject({ areaId: 'dudley' });
    store.dispose();
  });
});
