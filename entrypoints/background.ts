import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { RETENTION_ALARM, runRetention, scheduleRetention, type UpkeepEnv } from '../lib/drafts-upkeep';
import { loadPolicy } from '../lib/settings/load-policy';
import { preferencesItem } from '../lib/settings/preferences';
import { draftsItem } from '../lib/storage/drafts';

export default defineBackground(() => {
  const upkeep: UpkeepEnv = { drafts: draftsItem(), preferences: preferencesItem, loadPolicy, now: () => new Date() };

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the options page asks for the practitioner's name and area before the first referral.
    if (reason === 'install') void browser.runtime.openOptionsPage();
    scheduleRetention(browser.alarms);
    void runRetention(upkeep);
  });
  browser.runtime.onStartup.addListener(() => {
    scheduleRetention(browser.alarms);
    void runRetention(upkeep);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(upkeep);
  });
});
