// The keyboard shortcuts actually in force. Users rebind them in the browser, and browsers
// silently leave a suggested key unassigned, so pages read commands.getAll() rather than the manifest.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  QUICK_EXIT_COMMAND,
  readShortcutBindings,
  watchShortcutChanges,
  type CommandsApi,
  type ShortcutBinding,
} from '../quick-exit/shortcuts';

export type ShortcutsStatus = 'loading' | 'ready' | 'unavailable';

export interface ShortcutsStore {
  bindings: ReadonlySignal<ShortcutBinding[]>;
  status: ReadonlySignal<ShortcutsStatus>;
  /** True once loaded and the quick-exit command has no key. */
  quickExitKeyMissing: ReadonlySignal<boolean>;
  refresh(): Promise<void>;
  dispose(): void;
}

export function createShortcutsStore(commands: CommandsApi): ShortcutsStore {
  const bindings = signal<ShortcutBinding[]>([]);
  const status = signal<ShortcutsStatus>('loading');
  const quickExitKeyMissing = computed(() => {
    if (status.value !== 'ready') return false;
    const quickExit = bindings.value.find((binding) => binding.name === QUICK_EXIT_COMMAND);
    return !quickExit || quickExit.shortcut === '';
  });

  const refresh = async () => {
    try {
      bindings.value = await readShortcutBindings(commands);
      status.value = 'ready';
    } catch {
      // No commands API here: say nothing rather than claim a key is missing.
      status.value = 'unavailable';
    }
  };

  const unwatch = watchShortcutChanges(commands, () => void refresh());
  void refresh();

  return { bindings, status, quickExitKeyMissing, refresh, dispose: unwatch };
}
