import { shortcutHelp, type BrowserFamily } from '../lib/quick-exit/shortcuts';
import type { ShortcutsStore } from '../lib/state/shortcuts-store';
import { NoQuickExitKeyWarning } from './NoQuickExitKeyWarning';
import './quick-exit.css';

interface Props {
  store: ShortcutsStore;
  family: BrowserFamily;
  /** h2 on the options page, h3 inside a side-panel section. */
  headingLevel?: 2 | 3;
}

const BROWSERS: { family: BrowserFamily; name: string }[] = [
  { family: 'chrome', name: 'Chrome' },
  { family: 'edge', name: 'Edge' },
  { family: 'firefox', name: 'Firefox' },
];

/** The bindings in force (users rebind them, browsers drop taken keys) and how to change them. */
export function Shortcuts({ store, family, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const status = store.status.value;
  // The user's own browser first; the others stay listed for people who use several.
  const browsers = [...BROWSERS].sort((a, b) => Number(b.family === family) - Number(a.family === family));

  return (
    <section class="nhsuk-card" aria-labelledby="shortcuts-heading">
      <Heading id="shortcuts-heading">Keyboard shortcuts</Heading>
      {status === 'loading' ? <p>Reading the shortcuts set in this browser…</p> : null}
      {status === 'unavailable' ? <p>This browser did not say which shortcuts are set.</p> : null}
      {status === 'ready' ? (
        <ul class="shortcuts" data-testid="shortcuts">
          {store.bindings.value.map((binding) => (
            <li class="shortcuts__item" key={binding.name}>
              <span>{binding.description}</span>
              {binding.shortcut ? (
                <kbd class="shortcuts__key">{binding.shortcut}</kbd>
              ) : (
                <span class="shortcuts__key shortcuts__key--unset">Not set</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <NoQuickExitKeyWarning store={store} family={family} />

      <SubHeading>In the popup and side panel</SubHeading>
      <ul class="shortcuts">
        <li class="shortcuts__item">
          <span>Quick exit</span>
          <span class="shortcuts__key">Shift pressed 3 times</span>
        </li>
        <li class="shortcuts__item">
          <span>Go to Search contacts</span>
          <kbd class="shortcuts__key">/</kbd>
        </li>
      </ul>

      <SubHeading>Change a shortcut</SubHeading>
      <p>
        Browsers keep extension shortcuts in their own settings. Extension pages cannot link there, so
        type the address into the address bar:
      </p>
      <ul>
        {browsers.map(({ family: each, name }) => (
          <li key={each}>
            <strong>{name}:</strong> {shortcutHelp(each).steps.join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
