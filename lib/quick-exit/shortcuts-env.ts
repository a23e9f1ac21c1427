// Shortcut helpers bound to the real `browser`; apart from browser-env.ts so pages can load them
// after the first paint (the quick exit itself must be ready at once, the key list need not be).
import { browser } from 'wxt/browser';
import { createShortcutsStore, type ShortcutsStore } from '../state/shortcuts-store';
import { detectBrowserFamily, type BrowserFamily } from './shortcuts';

/** Shortcuts in force; read again when the page regains focus (the user may have rebound them). */
export function startShortcutsStore(win: Window = window): ShortcutsStore {
  const store = createShortcutsStore(browser.commands);
  win.addEventListener('focus', () => void store.refresh());
  return store;
}

export function currentBrowserFamily(win: Window = window): BrowserFamily {
  // Stryker disable next-line StringLiteral: getURL('') and getURL('/') both give the extension's root address, of which only the scheme is read
  return detectBrowserFamily({ userAgent: win.navigator.userAgent, extensionUrl: browser.runtime.getURL('/') });
}
