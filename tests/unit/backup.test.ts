import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, importBackup, type BackupEnv } from '../../lib/backup-actions';
import { BACKUP_FORMAT } from '../../lib/backup';
import { editItem } from '../../lib/referral/draft';
import { createDraft } from '../../lib/referral/prefill';
import type { Draft } from '../../lib/referral/schema';
import { defineOwnContactsItem, ownContactFrom } from '../../lib/settings/own-contacts';
import { preferencesItem } from '../../lib/settings/preferences';
import { defineProfileItem, EMPTY_PROFILE } from '../../lib/settings/profile';
import { defineQuickExitSettingsItem } from '../../lib/settings/quick-exit';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';
import { testArea, testProfile } from '../fixtures/areas';

const NOW = new Date('2026-12-01T12:00:00Z');
const env = (): BackupEnv => ({
  drafts: defineDraftsItem(),
  quarantine: defineQuarantineItem(),
  profile: defineProfileItem(),
  preferences: preferencesItem,
  quickExit: defineQuickExitSettingsItem(),
  contacts: defineOwnContactsItem(),
  now: () => NOW,
});
const draft = (id: string, note: string, at: string): Draft =>
  editItem(
    createDraft({ id, subject: 'child', area: testArea(), areaId: 'testshire', callAt: new Date('2026-12-01T09:00:00Z'), takenBy: '', reference: '', profile: testProfile() }, new Date('2026-12-01T09:05:00Z'), new Set()),
    'concern.what',
    { note },
    new Date(at),
  );
const lead = () => {
  const r = ownContactFrom({ areaId: 'all', name: 'Practice lead', role: 'local-lead', audience: 'both', phone: '01902 000123', email: '', notes: '', hours: '' }, '2026-12-01', []);
  if (!r.ok) throw new Error('valid');
  return r.value;
};

async function seed() {
  await defineDraftsItem().setValue({ drafts: { a: draft('a', 'Bruise on cheek', '2026-12-01T10:00:00Z') }, deleted: {} });
  await defineProfileItem().setValue(testProfile());
  await preferencesItem.setValue({ areaId: 'walsall', retentionDays: 14 });
  await defineOwnContactsItem().setValue({ contacts: [lead()] });
}

describe('backup and restore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports everything and imports it into a fresh profile', async () => {
    await seed();
    const { name, text } = await exportBackup(env());
    expect(name).toBe('safeguarding-companion-backup-2026-12-01.json');
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    fakeBrowser.reset();
    const result = await importBackup(env(), text);
    expect(result).toMatchObject({ ok: true });
    expect((await defineDraftsItem().getValue()).drafts.a?.items['concern.what']?.note).toBe('Bruise on cheek');
    expect(await defineProfileItem().getValue()).toEqual(testProfile());
    expect((await preferencesItem.getValue()).areaId).toBe('walsall');
    expect((await defineOwnContactsItem().getValue()).contacts.map((c) => c.contact.name)).toEqual(['Practice lead']);
    if (result.ok) expect(result.message).toMatch(/Added: child draft a.*contact Practice lead/);
  });

  it('never lets an older copy overwrite a newer draft here, and says it left it', async () => {
    await seed();
    const { text } = await exportBackup(env());
    await defineDraftsItem().setValue({ drafts: { a: draft('a', 'Bruise on cheek, seen by nurse', '2026-12-01T11:00:00Z') }, deleted: {} });
    const result = await importBackup(env(), text);
    expect((await defineDraftsItem().getValue()).drafts.a?.items['concern.what']?.note).toBe('Bruise on cheek, seen by nurse');
    if (result.ok) expect(result.message).toMatch(/Left as they were: child draft a \(the copy here is as new or newer\)/);
  });

  it('a newer copy in the backup replaces the draft here; what is set here stays', async () => {
    await defineDraftsItem().setValue({ drafts: { a: draft('a', 'old', '2026-12-01T08:00:00Z') }, deleted: {} });
    await defineProfileItem().setValue({ ...EMPTY_PROFILE, name: 'Dr Here' });
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      settings: { preferences: { areaId: 'walsall', retentionDays: 30 }, profile: { ...testProfile(), name: 'Dr There' }, quickExit: { neutralPageUrl: 'https://www.bbc.co.uk/weather', removeFromHistory: false } },
      contacts: [],
      drafts: [draft('a', 'new', '2026-12-01T11:00:00Z')],
      setAside: [],
    });
    await importBackup(env(), text);
    expect((await defineDraftsItem().getValue()).drafts.a?.items['concern.what']?.note).toBe('new');
    expect((await defineProfileItem().getValue()).name).toBe('Dr Here');
    expect((await defineProfileItem().getValue()).organisation).toBe('Example Street Surgery');
  });

  it('imports nothing from an invalid file and names each problem by its path', async () => {
    await seed();
    const { text } = await exportBackup(env());
    const file = JSON.parse(text);
    file.contacts[0].contact.phone = '01902 0001';
    file.drafts[0].subject = 'teenager';
    fakeBrowser.reset();
    const result = await importBackup(env(), JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/^contacts\[0\]\.contact\.phone: A UK number starting with 0 has 10 or 11 digits/), expect.stringMatching(/^drafts\[0\]\.subject: /)]),
      );
    }
    expect((await defineDraftsItem().getValue()).drafts).toEqual({});
    expect((await defineOwnContactsItem().getValue()).contacts).toEqual([]);
  });

  it.each([
    ['{not json', /not JSON/],
    [JSON.stringify({ hello: 1 }), /not a Safeguarding Companion backup/],
    [JSON.stringify({ format: BACKUP_FORMAT, version: 2 }), /made by a newer version .*format 2.*Update the extension/],
  ])('refuses %s with a clear message', async (text, message) => {
    const result = await importBackup(env(), text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(message);
  });
});
