// The shortcut helpers bound to `browser` (WXT's fake browser here): the keys in force, read again
// when the page regains focus, and which browser's instructions to show.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentBrowserFamily, startShortcutsStore } from '../../lib/quick-exit/shortcuts-env';

const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const EDGE_UA = `${CHROME_UA} Edg/131.0.0.0`;
const FIREFOX_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const pageWith = (userAgent: string) => ({ navigator: { userAgent } }) as unknown as Window;

describe('the shortcuts in force, bound to the browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the keys again when the page regains focus, so a key the user just rebound shows', async () => {
    // The fake has no commands.getAll: it answers as Chrome does.
    const getAll = vi
      .spyOn(fakeBrowser.commands, 'getAll')
      .mockResolvedValue([{ name: 'quick-exit', description: 'Quick exit', shortcut: 'Alt+Shift+Q' }]);
    const win = new EventTarget() as unknown as Window;
    const store = startShortcutsStore(win);
    await vi.waitFor(() => expect(store.bindings.value[0]?.shortcut).toBe('Alt+Shift+Q'));

    getAll.mockResolvedValue([{ name: 'quick-exit', description: 'Quick exit', shortcut: 'Ctrl+Shift+U' }]);
    win.dispatchEvent(new Event('focus'));

    await vi.waitFor(() => expect(store.bindings.value[0]?.shortcut).toBe('Ctrl+Shift+U'));
    store.dispose();
  });

  it.each([
    ['Chrome', CHROME_UA, 'chrome'],
    ['Edge', EDGE_UA, 'edge'],
  ])('tells %s by its user agent', (_name, userAgent, family) => {
    expect(currentBrowserFamily(pageWith(userAgent))).toBe(family);
  });

  it('tells Firefox by its extension address', () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('moz-extension://5e1c0e0a-0000-4000-8000-000000000000/');
    expect(currentBrowserFamily(pageWith(FIREFOX_UA))).toBe('firefox');
  });
});
