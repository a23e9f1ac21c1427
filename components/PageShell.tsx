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
      <QuickExitBar onExit={onExit} />
      {keys && Warning ? <Warning store={keys.store} family={keys.family} /> : null}
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
