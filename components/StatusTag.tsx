import { isOpen, type OpenState } from '../lib/contacts/hours';

/** Green only for confirmed hours; "probably open" is amber and says so in words too. */
export function StatusTag({ state, label, confidence = 'confirmed' }: { state: OpenState; label: string; confidence?: 'confirmed' | 'verify' }) {
  const tone = isOpen(state) ? (confidence === 'verify' ? 'probable' : 'open') : state.status === 'unstated' ? 'verify' : 'closed';
  return <span class={`nhsuk-tag nhsuk-tag--${tone}`}>{label}</span>;
}
