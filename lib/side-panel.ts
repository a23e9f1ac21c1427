// Opening the side panel needs a user gesture in both browsers, so call this straight from a
// click or command handler, before any await. Chrome: sidePanel; Firefox: sidebarAction.
import { browser } from 'wxt/browser';

interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows: { WINDOW_ID_CURRENT: number; getCurrent(): Promise<{ id?: number }> };
}

export function openSidePanel(apis: SidePanelApis = browser as unknown as SidePanelApis, windowId?: number): Promise<void> {
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (!apis.sidePanel) return Promise.reject(new Error('This browser has no side panel. Use the popup instead.'));
  // WINDOW_ID_CURRENT keeps the call synchronous, which the user-gesture rule requires.
  return apis.sidePanel.open({ windowId: windowId ?? apis.windows.WINDOW_ID_CURRENT });
}
