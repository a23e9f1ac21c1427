// The page-side glue bound to `browser` (WXT's fake browser here): the request a page's Quick exit
// sends, the optional permissions' prompt, and the side-panel command.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyPermission, startPageQuickExit } from '../../lib/quick-exit/browser-env';
import { registerQuickExit } from '../../lib/quick-exit/register';

describe('a page’s quick exit, bound to the browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the background to close the active tab of the page’s own window, after finding it', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 5 } as never);
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void sent.push(m));
    const exit = startPageQuickExit({ flush: () => undefined, win: { document, close: vi.fn() } as unknown as Window });
    await new Promise((r) => setTimeout(r, 0));
    exit.trigger();
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'quick-exit-request', windowId: 5 }));
    exit.dispose();
  });

  it('a page that is a tab of its own says so', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void sent.push(m));
    const exit = startPageQuickExit({ flush: () => undefined, win: { document, close: vi.fn() } as unknown as Window, ownTab: true });
    exit.trigger();
    await vi.waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'quick-exit-request', ownTab: true })));
    exit.dispose();
  });

  it('takes the page off the screen and closes the window it was given', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined); // the background
    const close = vi.fn();
    const exit = startPageQuickExit({ flush: () => undefined, win: { document, close } as unknown as Window });
    exit.trigger();
    expect(document.documentElement.style.visibility).toBe('hidden');
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    document.documentElement.style.visibility = '';
    exit.dispose();
  });

  it('asks for history and tabs when history removal is turned on, and gives them back when it is turned off', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await expect(historyPermission.request()).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['history', 'tabs'] });
    await historyPermission.release();
    expect(remove).toHaveBeenCalledWith({ permissions: ['history', 'tabs'] });
  });
});

describe('the side-panel command', () => {
  beforeEach(() => fakeBrowser.reset());

  function press() {
    let listener: ((command: string, tab?: { windowId?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void (listener = l as typeof listener));
    registerQuickExit(fakeBrowser);
    return (command: string, tab?: { windowId?: number }) => listener?.(command, tab);
  }

  it('opens the side panel of the window the key was pressed in', () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    const run = press();
    run('open-side-panel', { windowId: 3 });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('another command opens no side panel', () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    press()('something-else', { windowId: 3 });
    expect(open).not.toHaveBeenCalled();
  });

  it('in Firefox, which has no sidePanel (it opens the sidebar itself), the command does nothing and throws nothing', () => {
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
    const run = press();
    expect(() => run('open-side-panel', { windowId: 3 })).not.toThrow();
  });

  it('does nothing without a window, and a refusal is only logged', async () => {
    const open = vi.fn(async () => Promise.reject(new Error('no gesture')));
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = press();
    run('open-side-panel');
    expect(open).not.toHaveBeenCalled();
    run('open-side-panel', { windowId: 1 });
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('Side panel did not open', expect.any(Error)));
  });
});
