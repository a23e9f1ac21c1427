import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  detectBrowserFamily,
  shortcutHelp,
  toShortcutBindings,
  type BrowserFamily,
  type CommandsApi,
} from '../../lib/quick-exit/shortcuts';
import { createShortcutsStore } from '../../lib/state/shortcuts-store';

const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const EDGE_UA = `${CHROME_UA} Edg/156.0.0.0`;
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';

describe('detectBrowserFamily', () => {
  it.each([
    [CHROME_UA, 'chrome-extension://abc/options.html', 'chrome'],
    [EDGE_UA, 'chrome-extension://abc/options.html', 'edge'],
    [FIREFOX_UA, 'moz-extension://0f7c/options.html', 'firefox'],
  ])('%s at %s → %s', (userAgent, extensionUrl, family) => {
    expect(detectBrowserFamily({ userAgent, extensionUrl })).toBe(family);
  });
});

describe('toShortcutBindings', () => {
  it('names reserved commands, keeps unset keys empty, and puts quick exit first', () => {
    expect(
      toShortcutBindings([
        { name: '_execute_sidebar_action', description: '', shortcut: 'Alt+Shift+D' },
        { name: '_execute_action', description: '' },
        { name: 'quick-exit', description: 'Quick exit: close the current tab at once', shortcut: '' },
        { description: 'nameless' },
      ]),
    ).toEqual([
      { name: 'quick-exit', description: 'Quick exit: close the current tab at once', shortcut: '' },
      { name: '_execute_action', description: 'Open Safeguarding Companion (the toolbar popup)', shortcut: '' },
      { name: '_execute_sidebar_action', description: 'Open the side panel', shortcut: 'Alt+Shift+D' },
    ]);
  });

  it('lists a command it has no place for after the known ones, not above quick exit', () => {
    const names = toShortcutBindings([
      { name: 'open-referral', description: 'Open a referral draft' },
      { name: '_execute_action', description: '' },
      { name: 'quick-exit', description: 'Quick exit' },
    ]).map((binding) => binding.name);
    expect(names).toEqual(['quick-exit', '_execute_action', 'open-referral']);
  });
});

describe('shortcutHelp', () => {
  it.each([
    ['chrome', 'chrome://extensions/shortcuts'],
    ['edge', 'edge://extensions/shortcuts'],
    ['firefox', 'about:addons'],
  ] as [BrowserFamily, string][])('%s: type %s, then find Safeguarding Companion and press the keys', (family, address) => {
    const { steps, setQuickExitKey } = shortcutHelp(family);
    expect(steps[0]).toBe(`Type ${address} in the address bar and press Enter.`);
    expect(steps.at(-1)).toMatch(/^Find Safeguarding Companion, select (a|the) .+ and press the keys you want\.$/);
    expect(setQuickExitKey).toContain(address);
  });
});

describe('shortcuts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads again on refresh, after the user rebinds in the browser', async () => {
    const getAll = vi
      .spyOn(fakeBrowser.commands, 'getAll')
      .mockResolvedValueOnce([{ name: 'quick-exit', description: 'Quick exit', shortcut: '' }])
      .mockResolvedValueOnce([{ name: 'quick-exit', description: 'Quick exit', shortcut: 'Alt+Shift+E' }]);
    const store = createShortcutsStore(fakeBrowser.commands);
    await vi.waitFor(() => expect(store.status.value).toBe('ready'));
    expect(store.quickExitKeyMissing.value).toBe(true);

    await store.refresh();
    expect(store.quickExitKeyMissing.value).toBe(false);
    expect(store.bindings.value[0]?.shortcut).toBe('Alt+Shift+E');
    expect(getAll).toHaveBeenCalledTimes(2);
    store.dispose();
  });

  it('does not claim the key is missing before it has read the commands', () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockReturnValue(new Promise(() => undefined));
    const store = createShortcutsStore(fakeBrowser.commands);
    expect(store.status.value).toBe('loading');
    expect(store.quickExitKeyMissing.value).toBe(false);
  });

  it('reads again when Firefox reports a rebinding, and stops listening once disposed', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll')
      .mockResolvedValueOnce([{ name: 'quick-exit', description: 'Quick exit', shortcut: 'Alt+Shift+Q' }])
      .mockResolvedValueOnce([{ name: 'quick-exit', description: 'Quick exit', shortcut: '' }]);
    // WXT's fake browser leaves commands.onChanged unimplemented: keep the listener the store adds.
    const listeners: Parameters<typeof fakeBrowser.commands.onChanged.addListener>[0][] = [];
    vi.spyOn(fakeBrowser.commands.onChanged, 'addListener').mockImplementation((listener) => {
      listeners.push(listener);
    });
    const removeListener = vi.spyOn(fakeBrowser.commands.onChanged, 'removeListener').mockReturnValue(undefined);
    const store = createShortcutsStore(fakeBrowser.commands);
    await vi.waitFor(() => expect(store.status.value).toBe('ready'));
    expect(store.quickExitKeyMissing.value).toBe(false);

    expect(listeners).toHaveLength(1);
    // The user cleared the key in about:addons.
    for (const listener of listeners) listener({ name: 'quick-exit', newShortcut: '', oldShortcut: 'Alt+Shift+Q' });
    await vi.waitFor(() => expect(store.quickExitKeyMissing.value).toBe(true));

    store.dispose();
    expect(removeListener).toHaveBeenCalledWith(listeners[0]);
  });

  it('works where the browser has no commands.onChanged (Chrome, Edge)', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'quick-exit', description: 'Quick exit', shortcut: '' }]);
    const chromeCommands: CommandsApi = { getAll: () => fakeBrowser.commands.getAll() };
    const store = createShortcutsStore(chromeCommands);
    await vi.waitFor(() => expect(store.status.value).toBe('ready'));
    expect(store.quickExitKeyMissing.value).toBe(true);
    expect(() => store.dispose()).not.toThrow();
  });
});
