import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import {
  FIREFOX_SIDEBAR_COMMAND,
  OPEN_POPUP_COMMAND,
  OPEN_SIDE_PANEL_COMMAND,
  QUICK_EXIT_COMMAND,
  SUGGESTED_KEYS,
} from '../../lib/quick-exit/shortcuts';

type Commands = Record<string, { suggested_key?: Record<string, string>; description?: string }>;

async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts manifest is expected to be a function');
  return (await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as {
    commands?: Commands;
    permissions?: string[];
    optional_permissions?: string[];
  };
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  it('suggests at most three keys, each with Ctrl or Alt, on every platform', async () => {
    const { commands = {} } = await manifestFor(browser);
    const keys = Object.values(commands).flatMap((command) => Object.values(command.suggested_key ?? {}));
    const commandsWithKeys = Object.values(commands).filter((command) => command.suggested_key);
    expect(commandsWithKeys.length).toBeLessThanOrEqual(3);
    for (const key of keys) {
      expect(key).toMatch(/^(Ctrl|Alt|Command|MacCtrl)\+/);
      // Ctrl+Alt is refused (AltGr on Windows); Ctrl+Shift+Q quits, Ctrl+Shift+Y is Firefox
      // Downloads on Linux and Edge Collections.
      expect(key).not.toMatch(/Ctrl\+Alt|Ctrl\+Shift\+[QYW]$/);
    }
  });

  it('gives quick exit its suggested key and description, with a macOS entry', async () => {
    const { commands = {} } = await manifestFor(browser);
    expect(commands[QUICK_EXIT_COMMAND]).toEqual({
      suggested_key: { default: SUGGESTED_KEYS[QUICK_EXIT_COMMAND], mac: SUGGESTED_KEYS[QUICK_EXIT_COMMAND] },
      description: 'Quick exit: close the current tab at once',
    });
    expect(commands[OPEN_POPUP_COMMAND]?.suggested_key?.default).toBe(SUGGESTED_KEYS[OPEN_POPUP_COMMAND]);
  });

  it('uses the side-panel command each browser understands', async () => {
    const { commands = {} } = await manifestFor(browser);
    const sidePanel = browser === 'firefox' ? FIREFOX_SIDEBAR_COMMAND : OPEN_SIDE_PANEL_COMMAND;
    const other = browser === 'firefox' ? OPEN_SIDE_PANEL_COMMAND : FIREFOX_SIDEBAR_COMMAND;
    expect(commands[sidePanel]?.suggested_key?.default).toBe(SUGGESTED_KEYS.sidePanel);
    expect(commands[other]).toBeUndefined();
  });

  it('asks for no history or tabs permission at install: both are optional', async () => {
    const { permissions = [], optional_permissions = [] } = await manifestFor(browser);
    expect(permissions).not.toContain('history');
    expect(permissions).not.toContain('tabs');
    expect(optional_permissions).toEqual(expect.arrayContaining(['history', 'tabs']));
  });
});
