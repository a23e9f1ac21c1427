import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftsFileSchema } from '../../lib/referral/schema';
import { defineDraftsItem, migrateDraftsV1toV2, readDrafts } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';
import v1 from '../fixtures/drafts-v1.json';

const CHILD = '8f0c3a1e-5b7d-4c2a-9e61-0d4b7f2a9c11';
const ADULT = '2b9d6e40-1f3a-4d8c-b7e5-6a0c9d3e8f22';

describe('local:drafts version 1 → 2', () => {
  beforeEach(() => fakeBrowser.reset());

  async function migrated(value: unknown) {
    await fakeBrowser.storage.local.set({ drafts: value, drafts$: { v: 1 } });
    // Defining the item runs WXT's own migration, as on extension update.
    const item = defineDraftsItem();
    return { item, value: await item.getValue() };
  }

  it('migrates the saved v1 example without losing a word', async () => {
    const { item, value } = await migrated(v1);
    expect(DraftsFileSchema.safeParse(value).success).toBe(true);
    expect(await item.getMeta()).toEqual({ v: 2 });

    const child = value.drafts[CHILD]!;
    expect(child.items['concern.what']).toEqual({
      status: 'todo',
      note: 'Bruise on left cheek, explanation inconsistent.\nSeen with mother.',
      updatedAt: '2026-11-20T11:02:00.000Z',
      rev: 1,
    });
    expect(child.items['person.school']).toMatchObject({ status: 'na', note: '' });
    expect(child.telephone).toEqual({ at: '2026-11-20T10:15:00.000Z', takenBy: 'Sam at MASH', reference: 'MASH-20417' });
    expect(child).toMatchObject({ dueAt: '2026-11-21T10:15:00.000Z', dueSource: 'area-rule', submittedAt: null, concernTypes: ['physical'] });
    expect(child.referrer.name).toBe('Dr A. Example');

    const adult = value.drafts[ADULT]!;
    expect(adult).toMatchObject({ dueAt: null, dueSource: 'user', submittedAt: '2026-11-19T09:00:00.000Z' });
    expect(adult.items['voice.views']).toMatchObject({ status: 'todo', note: 'Wants her daughter told.' });
  });

  it('carries an unreadable v1 draft over so it is set aside, not dropped', async () => {
    const broken = { id: 'bad', subject: 'dog' };
    const { item } = await migrated({ ...v1, bad: broken });
    const quarantine = defineQuarantineItem();
    const { file, setAside } = await readDrafts(item, { quarantine, now: new Date('2026-11-23T10:00:00Z') });
    expect(setAside).toBe(1);
    expect(Object.keys(file.drafts).sort()).toEqual([ADULT, CHILD].sort());
    expect(await quarantine.getValue()).toMatchObject([{ key: 'local:drafts', part: 'bad', raw: broken }]);
  });

  it('leaves a current value alone', async () => {
    const current = { drafts: {}, deleted: { gone: '2026-11-22T10:00:00.000Z' } };
    await fakeBrowser.storage.local.set({ drafts: current, drafts$: { v: 2 } });
    expect(await defineDraftsItem().getValue()).toEqual(current);
  });

  it.each([
    ['text', 'patient text saved by hand'],
    ['a list', [{ id: 'a', note: 'patient text' }, 'more']],
  ])('carries a v1 value that is not a record (%s) over whole, and sets it aside as it was', async (_, value) => {
    const { item } = await migrated(value);
    const quarantine = defineQuarantineItem();
    const { file, setAside } = await readDrafts(item, { quarantine, now: new Date('2026-11-23T10:00:00Z') });
    expect(file.drafts).toEqual({});
    expect(setAside).toBe(1);
    expect(await quarantine.getValue()).toEqual([expect.objectContaining({ key: 'local:drafts', raw: value })]);
  });

  it('the migration never throws, even on null', () => {
    expect(migrateDraftsV1toV2(null)).toBeNull();
  });
});
