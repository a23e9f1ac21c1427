import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoQuickExitKeyWarning } from '../../components/NoQuickExitKeyWarning';
import { Shortcuts } from '../../components/Shortcuts';
import type { BrowserCommand } from '../../lib/quick-exit/shortcuts';
import { createShortcutsStore } from '../../lib/state/shortcuts-store';

// What Chrome's commands.getAll() returned for the built extension (note the empty
// description it gives the reserved _execute_action).
const ASSIGNED: BrowserCommand[] = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+O' },
  { name: 'open-side-panel', description: 'Open the side panel', shortcut: 'Alt+Shift+D' },
  { name: 'quick-exit', description: 'Quick exit: close the current tab at once', shortcut: 'Alt+Shift+Q' },
];
const QUICK_EXIT_UNASSIGNED = ASSIGNED.map((c) => (c.name === 'quick-exit' ? { ...c, shortcut: '' } : c));

function storeWith(commands: BrowserCommand[]) {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(commands);
  return createShortcutsStore(fakeBrowser.commands);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Shortcuts', () => {
  it('lists the bindings in force, quick exit first', async () => {
    render(<Shortcuts store={storeWith(ASSIGNED)} family="chrome" />);
    const list = await screen.findByTestId('shortcuts');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Quick exit: close the current tab at onceAlt+Shift+Q',
      'Open Safeguarding Companion (the toolbar popup)Alt+Shift+O',
      'Open the side panelAlt+Shift+D',
    ]);
  });

  it('shows "Not set" for a command without a key, and the warning for quick exit', async () => {
    render(<Shortcuts store={storeWith(QUICK_EXIT_UNASSIGNED)} family="chrome" />);
    const list = await screen.findByTestId('shortcuts');
    expect(list.querySelector('li')?.textContent).toBe('Quick exit: close the current tab at onceNot set');
    expect(screen.getByTestId('no-quick-exit-key').textContent).toContain(
      'Quick exit has no keyboard shortcut: another program or extension holds the suggested key. Set one at chrome://extensions/shortcuts.',
    );
  });

  it('tells how to change shortcuts in Chrome, Edge and Firefox, the current browser first', async () => {
    render(<Shortcuts store={storeWith(ASSIGNED)} family="firefox" />);
    await screen.findByTestId('shortcuts');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    const help = items.filter((text) => /^(Chrome|Edge|Firefox):/.test(text));
    expect(help.map((text) => text.split(':')[0])).toEqual(['Firefox', 'Chrome', 'Edge']);
    expect(help[0]).toContain('about:addons');
    expect(help[0]).toContain('Manage Extension Shortcuts');
    expect(help[1]).toContain('chrome://extensions/shortcuts');
    expect(help[2]).toContain('edge://extensions/shortcuts');
  });

  it('says nothing is known rather than "Not set" when the browser cannot list commands', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('not available'));
    const store = createShortcutsStore(fakeBrowser.commands);
    render(<Shortcuts store={store} family="chrome" />);
    await screen.findByText('This browser did not say which shortcuts are set.');
    expect(screen.queryByTestId('no-quick-exit-key')).toBeNull();
  });
});

describe('NoQuickExitKeyWarning (popup and side panel)', () => {
  it.each([
    ['chrome', 'Set one at chrome://extensions/shortcuts.'],
    ['edge', 'Set one at edge://extensions/shortcuts.'],
    ['firefox', 'Set one in about:addons: the gear button, then "Manage Extension Shortcuts".'],
  ] as const)('in %s says where to set the key', async (family, where) => {
    render(<NoQuickExitKeyWarning store={storeWith(QUICK_EXIT_UNASSIGNED)} family={family} />);
    expect((await screen.findByTestId('no-quick-exit-key')).textContent).toContain(where);
  });

  it('stays hidden when quick exit has a key', async () => {
    const store = storeWith(ASSIGNED);
    render(<NoQuickExitKeyWarning store={store} family="chrome" />);
    await waitFor(() => expect(store.status.value).toBe('ready'));
    expect(screen.queryByTestId('no-quick-exit-key')).toBeNull();
  });

  it('appears when the quick-exit command is missing altogether', async () => {
    render(<NoQuickExitKeyWarning store={storeWith(ASSIGNED.slice(0, 2))} family="chrome" />);
    expect(await screen.findByTestId('no-quick-exit-key')).toBeTruthy();
  });
});
