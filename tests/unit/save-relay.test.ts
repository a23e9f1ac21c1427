import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_PROFILE, profileItem } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { createProfileStore } from '../../lib/state/profile-store';
import { draftsItem } from '../../lib/storage/drafts';
import { quarantineItem } from '../../lib/storage/quarantine';
import { connectSaveRelay, type SaveRelayMessage } from '../../lib/storage/save-relay';
import { saveRelayed } from '../../lib/storage/save-relay-handler';
import { testArea, testProfile } from '../fixtures/areas';

const AREA = testArea();
const NOW = new Date('2026-11-23T10:00:00Z');
let n = 0;
const makeStore = (relay?: (m: SaveRelayMessage) => void) =>
  createDraftsStore(draftsItem(), { bankHolidays: new Set(), now: () => NOW, debounceMs: 10_000, findArea: () => AREA, newId: () => `d${++n}`, relay });
const newDraft = () => ({
  subject: 'adult' as const,
  areaId: AREA.id,
  area: AREA,
  callAt: NOW,
  takenBy: '',
  reference: '',
  profile: EMPTY_PROFILE,
});

describe('save relay (the closing page hands its last save to the background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the pagehide flush posts exactly what it writes', async () => {
    const posted: SaveRelayMessage[] = [];
    const store = makeStore((m) => posted.push(m));
    await store.hydrated;
    const id = store.create(newDraft());
    store.updateItem(id, 'concern.what', { note: 'says she fell off her bik' });
    await store.flushNow();
    expect(posted).toHaveLength(1);
    const file = (posted[0] as { file: { drafts: Record<string, { items: Record<string, { note: string }> }> } }).file;
    expect(file.drafts[id]!.items['concern.what']!.note).toBe('says she fell off her bik');
  });

  it('the background merges a relayed file into storage without losing what another page saved', async () => {
    const other = makeStore();
    await other.hydrated;
    const kept = other.create(newDraft());
    await other.flush();

    const posted: SaveRelayMessage[] = [];
    const relayed = makeStore((m) => posted.push(m));
    await relayed.hydrated;
    const id = relayed.create(newDraft());
    relayed.updateItem(id, 'concern.what', { note: 'typed just before closing' });
    // The page's own write never lands (Firefox drops it); only the relayed copy arrives.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('context unloaded'));
    await relayed.flushNow();
    await saveRelayed(posted[0], NOW);

    const stored = await draftsItem().getValue();
    expect(Object.keys(stored.drafts)).toEqual(expect.arrayContaining([kept, id]));
    expect(stored.drafts[id]!.items['concern.what']!.note).toBe('typed just before closing');
  });

  it('sets aside a relayed draft that does not read as one, and ignores a malformed message', async () => {
    await saveRelayed({ key: 'drafts', file: { drafts: { broken: { id: 'broken', subject: 'alien' } }, deleted: {} } }, NOW);
    expect((await quarantineItem().getValue()).map((e) => e.part)).toEqual(['broken']);
    await saveRelayed({ key: 'passwords', value: 'x' }, NOW);
    expect(await draftsItem().getValue()).toMatchObject({ drafts: {} });
  });

  it('merges a relayed profile field into the stored profile', async () => {
    await profileItem().setValue(testProfile());
    const posted: SaveRelayMessage[] = [];
    const store = createProfileStore(profileItem(), { relay: (m) => posted.push(m), debounceMs: 10_000 });
    await store.hydrated;
    store.update({ name: 'Dr Asha Patel' });
    await store.flushNow();
    expect(posted).toEqual([{ key: 'profile', patch: { name: 'Dr Asha Patel' } }]);
    await profileItem().setValue({ ...testProfile(), role: 'Practice nurse' });
    await saveRelayed(posted[0], NOW);
    expect(await profileItem().getValue()).toEqual({ ...testProfile(), role: 'Practice nurse', name: 'Dr Asha Patel' });
  });

  it('the page keeps one port open and posts on it', () => {
    const postMessage = vi.fn();
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue({
      name: 'save-relay',
      postMessage,
      onDisconnect: { addListener: () => undefined },
    } as never);
    const send = connectSaveRelay(fakeBrowser.runtime as never);
    send({ key: 'profile', patch: { name: 'A' } });
    send({ key: 'profile', patch: { name: 'B' } });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenCalledTimes(2);
  });
});
