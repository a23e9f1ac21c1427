// The extension's keyboard commands: names, what we suggest, and how users rebind them.
// wxt.config.ts declares the same keys; tests/unit/quick-exit-manifest.test.ts keeps the two equal.
export const QUICK_EXIT_COMMAND = 'quick-exit';
export const OPEN_POPUP_COMMAND = '_execute_action';
/** Chrome and Edge have no built-in side-panel command, so the background opens it. */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';
/** Firefox toggles the sidebar itself on this reserved name. */
export const FIREFOX_SIDEBAR_COMMAND = '_execute_sidebar_action';

/** Alt+Shift+letter works on Windows and Linux, and as Option+Shift on macOS (see README). */
export const SUGGESTED_KEYS = {
  [QUICK_EXIT_COMMAND]: 'Alt+Shift+Q',
  [OPEN_POPUP_COMMAND]: 'Alt+Shift+O',
  sidePanel: 'Alt+Shift+D',
} as const;

export type BrowserFamily = 'chrome' | 'edge' | 'firefox';

/** Edge identifies itself with "Edg/" in the user agent; Firefox by its extension URL scheme. */
export function detectBrowserFamily(env: { userAgent: string; extensionUrl: string }): BrowserFamily {
  if (env.extensionUrl.startsWith('moz-extension:')) return 'firefox';
  if (/\bEdg\//.test(env.userAgent)) return 'edge';
  return 'chrome';
}

export interface ShortcutBinding {
  name: string;
  description: string;
  /** The key in force; '' when the browser left it unassigned or the user cleared it. */
  shortcut: string;
}

const DESCRIPTIONS: Record<string, string> = {
  [OPEN_POPUP_COMMAND]: 'Open Safeguarding Companion (the toolbar popup)',
  [FIREFOX_SIDEBAR_COMMAND]: 'Open the side panel',
};

/** The shape commands.getAll() returns in Chrome, Edge and Firefox. */
export interface BrowserCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

export function toShortcutBindings(commands: readonly BrowserCommand[]): ShortcutBinding[] {
  const order = [QUICK_EXIT_COMMAND, OPEN_POPUP_COMMAND, OPEN_SIDE_PANEL_COMMAND, FIREFOX_SIDEBAR_COMMAND];
  return commands
    .filter((command): command is BrowserCommand & { name: string } => !!command.name)
    .map((command) => ({
      name: command.name,
      // Reserved commands: Chrome reports an empty description, Firefox the manifest's; say the same everywhere.
      description: DESCRIPTIONS[command.name] || command.description || command.name,
      shortcut: command.shortcut ?? '',
    }))
    .sort((a, b) => rank(order, a.name) - rank(order, b.name));
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

/** How to change the bindings, as text: extension pages cannot link to the browser's shortcut pages. */
export interface ShortcutHelp {
  steps: string[];
  setQuickExitKey: string;
}

export function shortcutHelp(family: BrowserFamily): ShortcutHelp {
  switch (family) {
    case 'firefox':
      return {
        steps: [
          'Type about:addons in the address bar and press Enter.',
          'Select the gear button, then "Manage Extension Shortcuts".',
          'Find Safeguarding Companion, select a shortcut box and press the keys you want.',
        ],
        setQuickExitKey:
          'Set one in about:addons: the gear button, then "Manage Extension Shortcuts".',
      };
    case 'edge':
      return {
        steps: [
          'Type edge://extensions/shortcuts in the address bar and press Enter.',
          'Find Safeguarding Companion, select the box next to a command and press the keys you want.',
        ],
        setQuickExitKey: 'Set one at edge://extensions/shortcuts.',
      };
    default:
      return {
        steps: [
          'Type chrome://extensions/shortcuts in the address bar and press Enter.',
          'Find Safeguarding Companion, select the pencil next to a command and press the keys you want.',
        ],
        setQuickExitKey: 'Set one at chrome://extensions/shortcuts.',
      };
  }
}

export interface CommandsApi {
  getAll(): Promise<BrowserCommand[]>;
  onChanged?: {
    addListener(listener: () => void): void;
    removeListener(listener: () => void): void;
  };
}

export async function readShortcutBindings(commands: CommandsApi): Promise<ShortcutBinding[]> {
  return toShortcutBindings(await commands.getAll());
}

/**
 * Firefox reports rebinding through commands.onChanged; where the event is missing, pages
 * refresh when they regain focus instead (see shortcuts-env.ts).
 */
export function watchShortcutChanges(commands: CommandsApi, onChange: () => void): () => void {
  // Chrome and Edge have no commands.onChanged.
  const event = commands.onChanged;
  const listener = () => onChange();
  try {
    // Stryker disable next-line OptionalChaining: without `?.` a missing event throws a TypeError here, which the catch turns into the same result: no watch
    event?.addListener(listener);
  } catch {
    // Present but refusing (WXT's fake browser throws "not implemented"): no watch either.
    return () => undefined;
  }
  return () => event?.removeListener(listener);
}
