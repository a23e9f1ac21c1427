import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerQuickExit } from '../lib/quick-exit/register';
import { registerUpkeep } from '../lib/upkeep-schedule';
import { loadPolicy } from '../lib/settings/load-policy';
import { registerSaveRelay } from '../lib/storage/save-relay';

// Draft upkeep loads on demand so the worker that must answer the quick-exit key starts small.
const upkeep = async () => {
  const [{ runRetention }, { preferencesItem }, { draftsItem }] = await Promise.all([
    import('../lib/drafts-upkeep'),
    import('../lib/settings/preferences'),
    import('../lib/storage/drafts'),
  ]);
  return runRetention({ drafts: draftsItem(), preferences: preferencesItem, loadPolicy, now: () => new Date() });
};

export default defineBackground(() => {
  registerQuickExit(browser, {
    managed: browser.storage.managed,
    onManagedChanged: (listener) =>
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area === 'managed') listener();
      }),
  });
  registerSaveRelay(browser.runtime, (message) =>
    import('../lib/storage/save-relay-handler').then(({ saveRelayed }) => saveRelayed(message)),
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the options page asks for the practitioner's name and area before the first referral.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  registerUpkeep(browser, upkeep);
});
