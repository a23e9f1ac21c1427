import type { ComponentChildren } from 'preact';
import type { PageEnv } from '../lib/page-env';
import { QuickExitBar } from './QuickExitButton';
import { StatusMessage, type Status } from './StatusMessage';
import { UrgentPanel } from './UrgentPanel';
import { useLazy } from './use-lazy';

interface Props {
  variant: 'popup' | 'sidepanel';
  onExit(): void;
  shortcuts: PageEnv['shortcuts'];
  status: Status;
  children: ComponentChildren;
}

/** Popup and side panel share their frame: Quick exit first in the tab order, then 999. */
export function PageShell({ variant, onExit, shortcuts, status, children }: Props) {
  const keys = shortcuts.value;
  const Warning = useLazy(() => import('./NoQuickExitKeyWarning').then((m) => m.NoQuickExitKeyWarning));
  return (
    <div class={`page ${variant}-body`}>
      {/* Quick exit comes first in the DOM (first in the tab order) but sits top right, and stays
          on screen while the page scrolls, as GOV.UK's "Exit this page" does. */}
      <div class="page__top">
        <QuickExitBar onExit={onExit} />
        <header class="page__header">
          <h1>Safeguarding Companion</h1>
        </header>
      </div>
      {keys && Warning ? <Warning store={keys.store} family={keys.family} /> : null}
      <main>
        <UrgentPanel />
        {children}
      </main>
      <StatusMessage status={status} />
    </div>
  );
}
