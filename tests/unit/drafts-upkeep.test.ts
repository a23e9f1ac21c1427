import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runRetention } from '../../lib/drafts-upkeep';
import { createDraft } from '../../lib/referral/prefill';
import type { Draft } from '../../lib/referral/schema';
import { preferencesItem } from '../../lib/settings/preferences';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { registerUpkeep, RETENTION_ALARM } from '../../lib/upkeep-schedule';

const NOW = new Date('2026-12-22T12:00:00Z');
function draft(id: string, updatedAt: string): Draft {
  const d = createDraft(
    { id, subject: 'adult', area: undefined, areaId: 'x', callAt: new Date('2026-11-01T10:00:00Z'), takenBy: '', reference: '', profile: EMPTY_PROFILE },
    new Date('2026-11-01T10:00:00Z'),
    new Set(),
  );
  return { ...d, updatedAt };
}

describe('draft retention in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // Edited 10 days ago: kept under the practitioner's 30 days, deleted under the organisation's 7.
    await defineDraftsItem().setValue({ drafts: { a: draft('a', '2026-12-12T12:00:00.000Z') }, deleted: {} });
    await preferencesItem.setValue({ areaId: null, retentionDays: 30 });
  });
  const run = (retentionDays?: number) =>
    runRetention({
      drafts: defineDraftsItem(),
      preferences: preferencesItem,
      loadPolicy: async () => ({ policy: retentionDays ? { retentionDays } : {}, notices: [] }),
      now: () => NOW,
    });

  it('the organisation’s retention days win over the practitioner’s', async () => {
    expect(await run(7)).toEqual(['a']);
  });

  it('without a policy the practitioner’s days apply', async () => {
    expect(await run()).toEqual([]);
  });

  it('runs at browser start and on the hourly alarm, and the alarm is made again after a restart', async () => {
    const upkeep = vi.fn(async () => undefined);
    registerUpkeep(fakeBrowser, upkeep);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 60 }));
    // A restart that lost the alarm.
    await fakeBrowser.alarms.clear(RETENTION_ALARM);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(upkeep).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeTruthy());
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    expect(upkeep).toHaveBeenCalledTimes(2);
  });
});
