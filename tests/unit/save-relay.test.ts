import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE, profileItem } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { createProfileStore } from '../../lib/state/profile-store';
import { draftsItem } from '../../lib/storage/drafts';
import { quarantineItem } from '../../lib/storage/quarantine';
import { connectSaveRelay, registerSaveRelay, type SaveRelayMessage } from '../../lib/storage/save-relay';
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

  it('a relayed copy of what the page’s own write already saved writes nothing more', async () => {
    const posted: SaveRelayMessage[] = [];
    const store = makeStore((m) => posted.push(m));
    await store.hydrated;
    const id = store.create(newDraft());
    store.updateItem(id, 'concern.what', { note: 'both copies landed' });
    await store.flushNow();
    const written: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => void written.push(...Object.keys(changes)));
    await saveRelayed(posted[0], NOW);
    expect(written).toEqual([]);
    expect((await draftsItem().getValue()).drafts[id]!.items['concern.what']!.note).toBe('both copies landed');
  });

  it('sets aside an unreadable draft already in storage on the way, and still saves the relayed one', async () => {
    await fakeBrowser.storage.local.set({ drafts: { drafts: { old: { id: 'old', note: 'patient text' } }, deleted: {} }, drafts$: { v: 2 } });
    const draft = createDraft({ ...newDraft(), id: 'new' }, NOW, new Set());
    await saveRelayed({ key: 'drafts', file: { drafts: { new: draft }, deleted: {} } }, NOW);
    expect((await draftsItem().getValue()).drafts).toEqual({ new: draft });
    expect(await quarantineItem().getValue()).toEqual([
      { key: 'local:drafts', part: 'old', raw: { id: 'old', note: 'patient text' }, error: expect.any(String), at: NOW.toISOString() },
    ]);
  });

  it('a drafts message carrying null saves nothing and sets nothing aside', async () => {
    await saveRelayed({ key: 'drafts', file: null }, NOW);
    expect(await quarantineItem().getValue()).toEqual([]);
    expect(await draftsItem().getValue()).toEqual({ drafts: {}, deleted: {} });
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

describe('the relay port itself', () => {
  function fakePort(name = 'save-relay') {
    const disconnect: (() => void)[] = [];
    const message: ((m: unknown) => void)[] = [];
    return {
      name,
      posted: [] as unknown[],
      postMessage(m: unknown) {
        this.posted.push(m);
      },
      onDisconnect: { addListener: (cb: () => void) => void disconnect.push(cb) },
      onMessage: { addListener: (cb: (m: unknown) => void) => void message.push(cb) },
      disconnect: () => disconnect.forEach((cb) => cb()),
      receive: (m: unknown) => message.forEach((cb) => cb(m)),
    };
  }

  it('opens a new port on the next save after the background restarted', () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const relay = connectSaveRelay({ connect: () => (ports.push(fakePort()), ports.at(-1)!) });
    expect(ports).toHaveLength(1);
    ports[0]!.disconnect();
    relay({ key: 'profile', patch: { name: 'A' } });
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ key: 'profile', patch: { name: 'A' } }]);
    expect(ports[0]!.posted).toEqual([]);
  });

  it('a page whose port cannot open, or cannot post, still saves normally (no throw)', () => {
    const relay = connectSaveRelay({
      connect: () => {
        throw new Error('Extension context invalidated');
      },
    });
    expect(() => relay({ key: 'profile', patch: {} })).not.toThrow();
    const broken = { ...fakePort(), postMessage: () => { throw new Error('disconnected'); } };
    expect(() => connectSaveRelay({ connect: () => broken })({ key: 'profile', patch: {} })).not.toThrow();
  });

  it('a save the page posts reaches the background’s save, on the port it opens by name', async () => {
    let onConnect: (port: ReturnType<typeof fakePort>) => void = () => undefined;
    const saved: unknown[] = [];
    registerSaveRelay({ onConnect: { addListener: (cb) => void (onConnect = cb as typeof onConnect) } }, async (m) => void saved.push(m));
    const relay = connectSaveRelay({
      connect: ({ name }) => {
        const background = { ...fakePort(), name };
        onConnect(background);
        return { name, postMessage: (m: unknown) => background.receive(m), onDisconnect: { addListener: () => undefined } };
      },
    });
    relay({ key: 'profile', patch: { name: 'A' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([{ key: 'profile', patch: { name: 'A' } }]);
  });

  it('the background listens only on its own port, and a failing save does not break it', async () => {
    let onConnect: (port: ReturnType<typeof fakePort>) => void = () => undefined;
    const saved: unknown[] = [];
    registerSaveRelay({ onConnect: { addListener: (cb) => void (onConnect = cb as typeof onConnect) } }, async (m) => {
      saved.push(m);
      if ((m as { fail?: boolean }).fail) throw new Error('quota');
    });
    const other = fakePort('something-else');
    const mine = fakePort();
    onConnect(other);
    onConnect(mine);
    other.receive({ key: 'profile', patch: { name: 'X' } });
    mine.receive({ key: 'profile', patch: { name: 'Y' } });
    mine.receive({ fail: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([{ key: 'profile', patch: { name: 'Y' } }, { fail: true }]);
  });
});
