import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNeutralPageUrl, NEUTRAL_PAGE_ERRORS } from '../../lib/quick-exit/neutral-page';
import {
  applyQuickExitPolicy,
  createQuickExitSettingsStore,
  DEFAULT_QUICK_EXIT_SETTINGS,
  defineQuickExitSettingsItem,
  parseQuickExitSettings,
  quickExitPolicyLocks,
  QuickExitSettingsSchema,
  readQuickExitSettings,
} from '../../lib/settings/quick-exit';

describe('neutral page address', () => {
  it.each([
    ['https://www.bbc.co.uk/weather', { ok: true, url: 'https://www.bbc.co.uk/weather' }],
    ['  https://www.metoffice.gov.uk  ', { ok: true, url: 'https://www.metoffice.gov.uk/' }],
    ['HTTPS://WWW.BBC.CO.UK/weather', { ok: true, url: 'https://www.bbc.co.uk/weather' }],
    ['https://news.bbc.co.uk/sport?x=1#top', { ok: true, url: 'https://news.bbc.co.uk/sport?x=1#top' }],
    ['', { ok: false, message: NEUTRAL_PAGE_ERRORS.empty }],
    ['   ', { ok: false, message: NEUTRAL_PAGE_ERRORS.empty }],
    ['http://www.bbc.co.uk/weather', { ok: false, message: 'Enter an address starting with https://' }],
    ['www.bbc.co.uk/weather', { ok: false, message: 'Enter an address starting with https://' }],
    ['javascript:alert(1)', { ok: false, message: 'Enter an address starting with https://' }],
    ['file:///etc/passwd', { ok: false, message: 'Enter an address starting with https://' }],
    ['chrome://settings', { ok: false, message: 'Enter an address starting with https://' }],
    ['https://', { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid }],
    ['https://weather', { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid }],
    ['https://exa mple.com', { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid }],
    ['https://user:secret@www.bbc.co.uk/', { ok: false, message: NEUTRAL_PAGE_ERRORS.credentials }],
    ['https://user@www.bbc.co.uk/', { ok: false, message: NEUTRAL_PAGE_ERRORS.credentials }],
    ['https://www.bbc.co.uk./weather', { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid }],
    ['see https://www.bbc.co.uk/weather', { ok: false, message: 'Enter an address starting with https://' }],
  ])('%j → %j', (input, expected) => {
    expect(checkNeutralPageUrl(input)).toEqual(expected);
  });
});

describe('quick-exit settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to BBC Weather with history removal off', async () => {
    expect(await readQuickExitSettings(defineQuickExitSettingsItem())).toEqual({
      neutralPageUrl: 'https://www.bbc.co.uk/weather',
      removeFromHistory: false,
    });
  });

  it.each([
    [{ neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: true }, true],
    [{ neutralPageUrl: 'http://www.bbc.co.uk/weather', removeFromHistory: false }, false],
    [{ neutralPageUrl: 'https://www.bbc.co.uk/weather', removeFromHistory: 'yes' }, false],
    [{ neutralPageUrl: 'https://www.bbc.co.uk/weather' }, false],
  ])('schema accepts %j: %s', (value, valid) => {
    expect(QuickExitSettingsSchema.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['a stored non-https page', { neutralPageUrl: 'http://evil.example/', removeFromHistory: true }, {
      neutralPageUrl: 'https://www.bbc.co.uk/weather',
      removeFromHistory: true,
    }],
    ['garbage', 'not an object', DEFAULT_QUICK_EXIT_SETTINGS],
    ['a half-written value', { removeFromHistory: 1 }, DEFAULT_QUICK_EXIT_SETTINGS],
  ])('an unreadable stored value never stops a quick exit: %s falls back field by field', (_name, stored, expected) => {
    expect(parseQuickExitSettings(stored)).toEqual(expected);
  });

  it('the store mirrors storage and writes through', async () => {
    const item = defineQuickExitSettingsItem();
    await item.setValue({ neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: false });
    const store = createQuickExitSettingsStore(item);
    await expect.poll(() => store.loaded.value).toBe(true);
    expect(store.settings.value.neutralPageUrl).toBe('https://www.metoffice.gov.uk/');

    await store.update({ removeFromHistory: true });
    expect(await item.getValue()).toEqual({ neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: true });

    // Another page (say the options page) changes it: this one follows.
    await defineQuickExitSettingsItem().setValue({ ...DEFAULT_QUICK_EXIT_SETTINGS });
    await expect.poll(() => store.settings.value.removeFromHistory).toBe(false);
    store.dispose();
  });

  it('the store refuses to save an invalid neutral page', async () => {
    const store = createQuickExitSettingsStore(defineQuickExitSettingsItem());
    await expect(store.update({ neutralPageUrl: 'http://x.example/' })).rejects.toThrow();
    store.dispose();
  });
});

describe('managed policy', () => {
  const user = { neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: true };
  it.each([
    ['no policy', {}, user],
    ['the organisation sets the neutral page', { neutralPageUrl: 'https://intranet.nhs.uk/' }, {
      ...user,
      neutralPageUrl: 'https://intranet.nhs.uk/',
    }],
    ['history removal not allowed', { allowHistoryRemoval: false }, { ...user, removeFromHistory: false }],
    ['history removal allowed leaves the user choice', { allowHistoryRemoval: true }, user],
    ['a non-https policy page is ignored', { neutralPageUrl: 'http://x.example/' }, user],
  ])('%s', (_name, policy, expected) => {
    expect(applyQuickExitPolicy(user, policy)).toEqual(expected);
  });

  it('explains on the options page what the organisation decided', () => {
    expect(quickExitPolicyLocks({ neutralPageUrl: 'https://intranet.nhs.uk/', allowHistoryRemoval: false })).toEqual({
      neutralPageLockedBy: 'Your organisation has set the neutral page to https://intranet.nhs.uk/',
      historyRemovalLockedBy: 'Your organisation does not allow removing pages from history.',
    });
    expect(quickExitPolicyLocks({})).toEqual({ neutralPageLockedBy: null, historyRemovalLockedBy: null });
  });
});
