import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_AREAS } from '../../lib/contacts/bundled';
import { preferencesItem } from '../../lib/settings/preferences';
import { createContactsStore } from '../../lib/state/contacts-store';

function memoryHint(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('contacts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the first area until storage says otherwise, then the stored one', async () => {
    await preferencesItem.setValue({ areaId: 'worcestershire', retentionDays: 30 });
    const store = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem });
    expect(store.areaId.value).toBe('wolverhampton');
    await store.ready;
    expect(store.area.value.name).toBe('Worcestershire');
    store.dispose();
  });

  it('paints the hinted area at once, so the popup does not jump', () => {
    const store = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem, hint: memoryHint({ 'sc-area-hint': 'walsall' }) });
    expect(store.areaId.value).toBe('walsall');
    store.dispose();
  });

  it('remembers a chosen area in storage and follows changes made in another page', async () => {
    const hint = memoryHint();
    const a = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem, hint });
    const b = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem });
    await Promise.all([a.ready, b.ready]);
    await a.setArea('dudley');
    expect(await preferencesItem.getValue()).toMatchObject({ areaId: 'dudley' });
    expect(hint.map.get('sc-area-hint')).toBe('dudley');
    await new Promise((r) => setTimeout(r, 0));
    expect(b.areaId.value).toBe('dudley');
    a.dispose();
    b.dispose();
  });

  it('ignores an unknown area id and a corrupt stored value, saying so', async () => {
    await fakeBrowser.storage.local.set({ preferences: { areaId: 42, retentionDays: 'many' } });
    const store = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem });
    await store.ready;
    expect(store.areaId.value).toBe('wolverhampton');
    expect(store.problem.value).toMatch(/could not all be read/);
    await store.setArea('atlantis');
    expect(store.areaId.value).toBe('wolverhampton');
    store.dispose();
  });

  it('obeys an organisation lock and adds its extra contacts', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const store = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem });
    await store.ready;
    const lead = BUNDLED_AREAS[0]!.contacts[0]!;
    store.applyPolicy({
      defaultAreaId: 'worcestershire',
      lockArea: true,
      extraContacts: [{ areaId: 'worcestershire', contact: { ...lead, id: 'practice-lead', name: 'Practice safeguarding lead' } }],
    });
    expect(store.areaId.value).toBe('worcestershire');
    expect(store.lockedBy.value).toMatch(/organisation/);
    expect(store.area.value.contacts.map((c) => c.name)).toContain('Practice safeguarding lead');
    await store.setArea('dudley');
    expect(store.areaId.value).toBe('worcestershire');
    store.dispose();
  });
});

describe('contacts store start-up race', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an area chosen before storage has answered', async () => {
    await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 30 });
    const store = createContactsStore({ areas: BUNDLED_AREAS, item: preferencesItem });
    const choosing = store.setArea('dudley');
    await store.ready;
    await choosing;
    expect(store.areaId.value).toBe('dudley');
    expect(await preferencesItem.getValue()).toMatchObject({ areaId: 'dudley' });
    store.dispose();
  });
});
