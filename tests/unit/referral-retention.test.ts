import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { enforceRetention, expiredDraftIds, retentionText } from '../../lib/referral/retention';
import type { Draft } from '../../lib/referral/schema';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';

const NOW = new Date('2026-12-22T12:00:00Z');
function draft(id: string, updatedAt: string, extra: Partial<Draft> = {}): Draft {
  const d = createDraft(
    { id, subject: 'adult', area: undefined, areaId: 'x', callAt: new Date('2026-11-01T10:00:00Z'), takenBy: '', reference: '', profile: EMPTY_PROFILE },
    new Date('2026-11-01T10:00:00Z'),
    new Set(),
  );
  return { ...d, updatedAt, ...extra };
}

describe('expiredDraftIds', () => {
  it.each([
    ['edited 30 days ago to the minute', '2026-11-22T12:00:00.000Z', 30, true],
    ['edited just under 30 days ago', '2026-11-22T12:01:00.000Z', 30, false],
    ['edited 8 days ago, 7-day retention', '2026-12-14T12:00:00.000Z', 7, true],
    ['edited yesterday', '2026-12-21T12:00:00.000Z', 30, false],
  ])('%s → expired: %s', (_, updatedAt, days, expired) => {
    expect(expiredDraftIds([draft('a', updatedAt)], NOW, days)).toEqual(expired ? ['a'] : []);
  });

  it('never deletes a draft for being overdue, and deletes a submitted one like any other', () => {
    const overdue = draft('overdue', '2026-12-20T12:00:00.000Z', { dueAt: '2026-11-02T10:00:00.000Z' });
    const submitted = draft('submitted', '2026-11-01T10:00:00.000Z', { submittedAt: '2026-11-01T10:00:00.000Z' });
    expect(expiredDraftIds([overdue, submitted], NOW)).toEqual(['submitted']);
  });
});

it('says when a draft will be deleted, in UK dates', () => {
  expect(retentionText(draft('a', '2026-11-22T12:00:00.000Z'))).toBe('Deleted automatically on 22 Dec unless edited');
  // 23:30 UTC on 31 May is 00:30 BST on 1 Jul after 30 days.
  expect(retentionText(draft('a', '2026-05-31T23:30:00.000Z'))).toBe('Deleted automatically on 1 Jul unless edited');
});

describe('enforceRetention', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes only expired drafts from storage and remembers the deletion', async () => {
    const item = defineDraftsItem();
    await item.setValue({
      drafts: { old: draft('old', '2026-11-01T10:00:00.000Z'), fresh: draft('fresh', '2026-12-21T10:00:00.000Z') },
      deleted: { ancient: '2026-12-01T00:00:00.000Z' },
    });
    const removed = await enforceRetention(item, NOW, 30, defineQuarantineItem());
    expect(removed).toEqual(['old']);
    const stored = await item.getValue();
    expect(Object.keys(stored.drafts)).toEqual(['fresh']);
    // The new marker stops an open page writing the draft back; the old one is purged.
    expect(stored.deleted).toEqual({ old: NOW.toISOString() });
  });

  it('writes nothing when nothing has expired', async () => {
    const item = defineDraftsItem();
    const value = { drafts: { fresh: draft('fresh', '2026-12-21T10:00:00.000Z') }, deleted: {} };
    await item.setValue(value);
    expect(await enforceRetention(item, NOW, 30, defineQuarantineItem())).toEqual([]);
    expect(await item.getValue()).toEqual(value);
  });
});

describe('enforceRetention, the hourly run', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a deletion marker for a day, then purges it even when no draft expires', async () => {
    const item = defineDraftsItem();
    const fresh = draft('fresh', '2026-12-21T10:00:00.000Z');
    await item.setValue({ drafts: { fresh }, deleted: { recent: '2026-12-21T12:01:00.000Z', dayOld: '2026-12-21T12:00:00.000Z' } });
    expect(await enforceRetention(item, NOW, 30, defineQuarantineItem())).toEqual([]);
    expect(await item.getValue()).toEqual({ drafts: { fresh }, deleted: { recent: '2026-12-21T12:01:00.000Z' } });
  });

  it('with nothing to do, writes nothing (no storage event wakes the open pages or overwrites their saves)', async () => {
    const item = defineDraftsItem();
    const quarantine = defineQuarantineItem();
    await item.setValue({ drafts: { fresh: draft('fresh', '2026-12-21T10:00:00.000Z') }, deleted: { recent: '2026-12-22T11:00:00.000Z' } });
    await quarantine.setValue([{ key: 'local:profile', raw: 'x', error: 'bad', at: '2026-12-20T12:00:00.000Z' }]);
    await item.getValue();
    const written: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => void written.push(...Object.keys(changes)));
    await enforceRetention(item, NOW, 30, quarantine);
    await enforceRetention(defineDraftsItem(), NOW, 30, defineQuarantineItem());
    expect(written).toEqual([]);
  });

  it('sets aside an unreadable draft it comes across, stamped with the run’s time, and deletes nothing', async () => {
    await fakeBrowser.storage.local.set({ drafts: { drafts: { bad: { id: 'bad', note: 'patient text' } }, deleted: {} }, drafts$: { v: 2 } });
    const quarantine = defineQuarantineItem();
    expect(await enforceRetention(defineDraftsItem(), NOW, 30, quarantine)).toEqual([]);
    expect(await quarantine.getValue()).toMatchObject([{ key: 'local:drafts', part: 'bad', raw: { id: 'bad', note: 'patient text' }, at: NOW.toISOString() }]);
  });
});

describe('set-aside values under retention', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes set-aside values older than the retention period and keeps newer ones', async () => {
    const quarantine = defineQuarantineItem();
    await quarantine.setValue([
      { key: 'local:drafts', part: 'old', raw: { note: 'old patient text' }, error: 'bad', at: '2026-10-01T09:00:00Z' },
      { key: 'local:drafts', part: 'new', raw: { note: 'recent patient text' }, error: 'bad', at: '2026-11-20T09:00:00Z' },
    ]);
    await enforceRetention(defineDraftsItem(), new Date('2026-11-23T09:00:00Z'), 30, quarantine);
    expect((await quarantine.getValue()).map((e) => e.part)).toEqual(['new']);
  });

  it('keeps a damaged set-aside record: it is set aside again with its own time, and expires only a full period after that', async () => {
    await fakeBrowser.storage.local.set({ quarantine: { damaged: 'patient text in a record no version wrote' } });
    const quarantine = defineQuarantineItem();
    const found = new Date('2026-11-23T09:00:00Z');
    await enforceRetention(defineDraftsItem(), found, 30, quarantine);
    // Before the fix it was stamped 1970-01-01 and deleted on this very run.
    expect(await quarantine.getValue()).toEqual([
      expect.objectContaining({ key: 'local:quarantine', raw: { damaged: 'patient text in a record no version wrote' }, at: found.toISOString() }),
    ]);
    await enforceRetention(defineDraftsItem(), new Date('2026-12-22T09:00:00Z'), 30, quarantine);
    expect(await quarantine.getValue()).toHaveLength(1);
    await enforceRetention(defineDraftsItem(), new Date('2026-12-23T09:00:00Z'), 30, quarantine);
    expect(await quarantine.getValue()).toEqual([]);
  });
});
