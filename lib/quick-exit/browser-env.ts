// Page start-up helpers that bind the quick-exit pieces to the real `browser`. Call them from a
// page's start-up code (App module or main.tsx), never at the top level of a lib module.
import { browser } from 'wxt/browser';
import {
  releaseHistoryRemoval,
  requestHistoryRemoval,
  type PermissionsApi,
} from './history';
import { createPageQuickExit, hideDocument, type PageQuickExit } from './page';

interface FirefoxSidebar {
  sidebarAction?: { close?: () => Promise<void> };
}

/**
 * Popup and side panel: the Quick exit button and Shift ×3 call `trigger()`; a quick exit started
 * anywhere else (the command, another page) reaches this page as a broadcast. `flush` writes the
 * draft being typed (the referral store's flush).
 */
export function startPageQuickExit(options: { flush: () => Promise<void> | void; win?: Window; ownTab?: boolean }): PageQuickExit {
  const win = options.win ?? window;
  let windowId: number | undefined;
  // The page's own window, so its button closes the tab beside it rather than the last-focused one.
  void Promise.resolve()
    .then(() => browser.windows.getCurrent())
    .then((current) => {
      // Stryker disable next-line OptionalChaining: when getCurrent gives undefined, current.id throws and the .catch below leaves windowId undefined just the same
      windowId = current?.id;
    })
    .catch(() => undefined);
  return createPageQuickExit({
    runtime: browser.runtime,
    sidebarAction: (browser as unknown as FirefoxSidebar).sidebarAction,
    windowId: () => windowId,
    flush: options.flush,
    ownTab: options.ownTab,
    hide: () => hideDocument(win.document),
    close: () => win.close(),
  });
}

/** For QuickExitSettings: both run inside the checkbox's change handler. */
export const historyPermission = {
  request: (): Promise<boolean> => requestHistoryRemoval(browser.permissions as PermissionsApi),
  release: (): Promise<void> => releaseHistoryRemoval(browser.permissions as PermissionsApi),
};
