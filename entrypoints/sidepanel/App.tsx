import '../../components/theme.css';
import '../../components/app.css';
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { ContactsPage } from '../../components/ContactsPage';
import { useLazy } from '../../components/use-lazy';
import { createPageEnv } from '../../lib/page-env';
import type { DraftsProps } from './Drafts';

const draftsModule = import('./Drafts');
const Drafts = signal<ComponentType<DraftsProps> | null>(null);
void draftsModule.then((m) => (Drafts.value = m.Drafts));

const env = createPageEnv(() => draftsModule.then((m) => m.flushDrafts()));

/** While a draft is open the full contact list folds, so the draft is not buried under it. */
const draftOpen = signal(false);

/** Bumped when the popup asks for a new draft, so the drafts section opens its form. */
const newDraftRequests = signal(0);
void import('../../lib/intent').then(({ intentItem, takeIntent }) => {
  const check = () => void takeIntent().then((intent) => intent && newDraftRequests.value++);
  check();
  intentItem.watch(check);
});

export function App() {
  const Loaded = Drafts.value;
  const Shortcuts = useLazy(() => import('../../components/Shortcuts').then((m) => m.Shortcuts));
  const keys = env.shortcuts.value;
  return (
    <ContactsPage
      env={env}
      variant="sidepanel"
      foldDirectory={draftOpen.value}
      footer={
        keys && Shortcuts ? (
          <details class="nhsuk-card shortcuts-panel">
            <summary>Keyboard shortcuts</summary>
            <Shortcuts store={keys.store} family={keys.family} headingLevel={3} />
          </details>
        ) : null
      }
    >
      {() =>
        Loaded ? (
          <Loaded
            currentAreaId={env.contacts.areaId.value}
            newDraftRequests={newDraftRequests}
            copy={env.copy}
            onDraftOpen={(open) => (draftOpen.value = open)}
          />
        ) : (
          <p class="nhsuk-hint">Loading referral drafts…</p>
        )
      }
    </ContactsPage>
  );
}
