import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A component loaded after the first paint: null until its module arrives. Keeps what the first
 * screen does not show (full lists, drafts, shortcut help) out of the popup's first load.
 */
export function useLazy<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const component = useSignal<ComponentType<P> | null>(null);
  useEffect(() => {
    void load().then((c) => (component.value = c));
  }, []);
  return component.value;
}
