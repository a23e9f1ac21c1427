// What an extension page (popup, side panel) does for a quick exit: ask the background to close
// the tab, and get itself off the screen without losing a draft.
import {
  onQuickExitBroadcast,
  sendQuickExitRequest,
  type RuntimeMessaging,
} from './messages';

export interface PageQuickExitEnv {
  runtime: RuntimeMessaging;
  /** Firefox: the sidebar can only be closed during a user action, so the page does it itself. */
  sidebarAction?: { close?: () => Promise<void> };
  /** The page's window, when known (windows.getCurrent() at start-up), so its own tab closes. */
  windowId?: () => number | undefined;
  /** Writes any draft typed a moment ago; the page waits for it (up to flushTimeoutMs). */
  flush: () => Promise<void> | void;
  /** Takes everything off screen at once (GOV.UK hides the page before navigating away). */
  hide: () => void;
  /** window.close(): closes the popup and the Chrome side panel. */
  close: () => void;
  flushTimeoutMs?: number;
  /** The page is a tab of its own (options): the exit closes that tab. */
  ownTab?: boolean;
}

export interface PageQuickExit {
  /** For the Quick exit button and Shift ×3. Call it from the event handler itself. */
  trigger(): void;
  dispose(): void;
}

const DEFAULT_FLUSH_TIMEOUT_MS = 300;

export function createPageQuickExit(env: PageQuickExitEnv): PageQuickExit {
  let leaving: Promise<void> | null = null;

  const leave = (): Promise<void> => {
    if (leaving) return leaving;
    env.hide();
    const timeout = new Promise<void>((resolve) =>
      setTimeout(resolve, env.flushTimeoutMs ?? DEFAULT_FLUSH_TIMEOUT_MS),
    );
    leaving = Promise.race([Promise.resolve().then(env.flush), timeout])
      .catch(() => undefined)
      .then(() => env.close());
    return leaving;
  };

  const unsubscribe = onQuickExitBroadcast(env.runtime, () => void leave());

  return {
    trigger() {
      try {
        // Stryker disable next-line OptionalChaining: with no sidebar or close() (Chrome) each mutant throws a TypeError that the catch below swallows, the same nothing as the optional calls
        void env.sidebarAction?.close?.()?.catch(() => undefined);
      } catch {
        // Not Firefox, or no sidebar open.
      }
      // Sent before the page starts closing, so the request is on its way whatever happens next.
      void sendQuickExitRequest(env.runtime, env.windowId?.(), env.ownTab).catch(() => undefined);
      void leave();
    },
    dispose: unsubscribe,
  };
}

/** The usual `hide`: blank the page and its title (the title shows in the tab strip and panel header). */
export function hideDocument(doc: Document): void {
  doc.documentElement.style.visibility = 'hidden';
  doc.title = '';
}
