import { isOpen, type OpenState } from '../lib/contacts/hours';

export function StatusTag({ state, label }: { state: OpenState; label: string }) {
  const tone = isOpen(state) ? 'open' : state.status === 'unstated' ? 'verify' : 'closed';
  return <span class={`nhsuk-tag nhsuk-tag--${tone}`}>{label}</span>;
}
