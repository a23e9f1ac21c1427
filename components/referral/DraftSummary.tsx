import { draftsSummaryText } from '../../lib/referral/summary';
import type { DraftsStore } from '../../lib/state/drafts-store';
import { useNow } from './use-now';

interface Props {
  store: Pick<DraftsStore, 'drafts'>;
  now?: () => Date;
}

const systemNow = () => new Date();

/** The popup's line about open drafts ("1 referral due in 3 h"); nothing when there are none. */
export function DraftSummary({ store, now = systemNow }: Props) {
  const at = useNow(now);
  const text = draftsSummaryText(store.drafts.value, at);
  if (!text) return null;
  return (
    <p class="ref-summary" data-testid="draft-summary">
      {text}
    </p>
  );
}
