// The last save of a closing page goes through the background too. Firefox drops a storage
// write that a page starts while it is being closed (Chromium finishes it), but a message
// already posted on an open port is delivered: so the page keeps a port open and, in its
// pagehide flush, posts what it holds; the background merges it into storage exactly as the
// page would have. Harmless where the page's own write also lands: the merge is idempotent.

export const SAVE_RELAY_PORT = 'save-relay';

export type SaveRelayMessage =
  | { key: 'drafts'; file: unknown }
  | { key: 'profile'; patch: Record<string, unknown> };

interface Port {
  postMessage(message: unknown): void;
  onDisconnect: { addListener(cb: () => void): void };
  name: string;
}

interface PageRuntime {
  connect(info: { name: string }): Port;
}

export type SaveRelay = (message: SaveRelayMessage) => void;

/** Page side: opens the port at once (so it is there when the page is closing). */
export function connectSaveRelay(runtime: PageRuntime): SaveRelay {
  let port: Port | null = null;
  const open = () => {
    try {
      const p = runtime.connect({ name: SAVE_RELAY_PORT });
      // The background restarted (Chromium stops idle workers): reconnect on the next save.
      // A port disconnects once, and only then is it replaced, so it is still the current one here.
      p.onDisconnect.addListener(() => {
        port = null;
      });
      port = p;
    } catch {
      // No port (the extension is being reloaded): the next save tries again.
    }
  };
  open();
  return (message) => {
    if (!port) open();
    try {
      // Stryker disable next-line OptionalChaining: with no port the TypeError lands in the catch below, as a refused post does: the page saves normally either way (tested)
      port?.postMessage(message);
    } catch {
      // The page's own write is still on its way; nothing more can be done from a dying page.
    }
  };
}

interface BackgroundPort extends Port {
  onMessage: { addListener(cb: (message: unknown) => void): void };
}

interface BackgroundRuntime {
  onConnect: { addListener(cb: (port: BackgroundPort) => void): void };
}

/** Background side: hands every relayed save to `save` (which validates and merges it). */
export function registerSaveRelay(runtime: BackgroundRuntime, save: (message: unknown) => Promise<void>): void {
  runtime.onConnect.addListener((port) => {
    if (port.name !== SAVE_RELAY_PORT) return;
    port.onMessage.addListener((message) => void save(message).catch(() => undefined));
  });
}
