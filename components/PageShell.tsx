import type { ComponentChildren } from 'preact';
import type { BrowserFamily } from '../lib/quick-exit/shortcuts';
import type { ShortcutsStore } from '../lib/state/shortcuts-store';
import { QuickExitBar } from './QuickExitButton';
import { NoQuickExitKeyWarning } from './NoQuickExitKeyWarning';
import { StatusMessage, type Status } from './StatusMessage';
import { UrgentPanel } from './UrgentPanel';

interface Props {
  variant: 'popup' | 'sidepanel';
  onExit(): void;
  shortcuts: ShortcutsStore;
  family: BrowserFamily;
  status: Status;
  children: ComponentChildren;
}

/** Popup and side panel share their frame: Quick exit first in the tab order, then 999. */
export function PageShell({ variant, onExit, shortcuts, family, status, children }: Props) {
  return (
    <div class={`page ${variant}-body`}>
      <QuickExitBar onExit={onExit} />
      <NoQuickExitKeyWarning store={shortcuts} family={family} />
      <header class="page__header">
        <h1>Safeguarding Companion</h1>
      </header>
      <main>
        <UrgentPanel />
        {children}
      </main>
      <StatusMessage status={status} />
    </div>
  );
}
