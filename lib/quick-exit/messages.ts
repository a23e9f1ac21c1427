// The one protocol between extension pages and the background for the quick exit. The
// background validates every message with the schemas in messages-schema.ts; types come from there.
import type { QuickExitBroadcast, QuickExitMessage, QuickExitRequest } from './messages-schema';

export type { QuickExitBroadcast, QuickExitMessage, QuickExitRequest } from './messages-schema';

export interface QuickExitResult {
  /** The tab that was closed, or null when there was no active tab to close. */
  removedTabId: number | null;
  /** performance.now() from handler call to tabs.remove settled. */
  ms: number;
  neutralPageOpened: boolean;
  historyRemoved: boolean;
}

/** Message type → what the receiver answers. */
export interface QuickExitProtocol {
  'quick-exit': { message: QuickExitBroadcast; response: void };
  'quick-exit-request': { message: QuickExitRequest; response: QuickExitResult };
}

export const QUICK_EXIT_BROADCAST: QuickExitBroadcast = { type: 'quick-exit' };

/** The part of `browser.runtime` that messaging needs; tests pass fakeBrowser.runtime. */
export interface RuntimeMessaging {
  sendMessage(message: QuickExitMessage): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => unknown): void;
    removeListener(listener: (message: unknown) => unknown): void;
  };
}

/**
 * Fire and forget: nothing waits for pages to answer before the tab closes. With no page open
 * the browser rejects ("Receiving end does not exist"), which is expected and ignored.
 */
export function broadcastQuickExit(runtime: Pick<RuntimeMessaging, 'sendMessage'>): void {
  try {
    void runtime.sendMessage(QUICK_EXIT_BROADCAST).catch(() => undefined);
  } catch {
    // Some engines throw synchronously when no listener exists; same meaning.
  }
}

export function sendQuickExitRequest(
  runtime: Pick<RuntimeMessaging, 'sendMessage'>,
  windowId?: number,
  ownTab = false,
): Promise<QuickExitResult | undefined> {
  const request: QuickExitRequest = {
    type: 'quick-exit-request',
    // Unknown stays undefined: Chrome's messaging drops the key, and the schema reads it as absent.
    windowId,
    ...(ownTab ? { ownTab } : {}),
  };
  return runtime.sendMessage(request) as Promise<QuickExitResult | undefined>;
}

/** Calls `onQuickExit` when the background announces a quick exit; returns the unsubscribe. */
export function onQuickExitBroadcast(
  runtime: Pick<RuntimeMessaging, 'onMessage'>,
  onQuickExit: () => void,
): () => void {
  const listener = (message: unknown) => {
    // Only the extension's own contexts can message a page; the type is all a broadcast carries.
    if ((message as { type?: unknown } | null)?.type === 'quick-exit') onQuickExit();
    // Never answer: other listeners (and the background) own the other messages.
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
