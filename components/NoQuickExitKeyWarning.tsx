import { shortcutHelp, type BrowserFamily } from '../lib/quick-exit/shortcuts';
import type { ShortcutsStore } from '../lib/state/shortcuts-store';

/** Shown in popup and side panel when the browser left the quick-exit command without a key. */
export function NoQuickExitKeyWarning({ store, family }: { store: ShortcutsStore; family: BrowserFamily }) {
  if (!store.quickExitKeyMissing.value) return null;
  return (
    <div class="nhsuk-warning" data-testid="no-quick-exit-key">
      <p>
        <strong>
          Quick exit has no keyboard shortcut: another program or extension holds the suggested key.{' '}
          {shortcutHelp(family).setQuickExitKey}
        </strong>
      </p>
      <p>Until then, use the Quick exit button or press Shift 3 times.</p>
    </div>
  );
}
