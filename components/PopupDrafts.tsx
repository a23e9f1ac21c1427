import { useLazy } from './use-lazy';

interface Props {
  onNewDraft(): void;
  onOpenPanel(): void;
}

/**
 * The popup's referral corner: buttons at once, the "1 referral due in 3 h" line a moment later.
 * The drafts schema and store load after the first paint so "Call now" is never kept waiting.
 */
export function PopupDrafts({ onNewDraft, onOpenPanel }: Props) {
  const Loaded = useLazy(() => import('./PopupDraftSummary').then((m) => m.PopupDraftSummary));
  return (
    <section class="popup-drafts nhsuk-card" aria-labelledby="popup-drafts-heading">
      <h2 id="popup-drafts-heading">Referral drafts</h2>
      {Loaded ? <Loaded /> : null}
      <div class="popup-drafts__actions">
        <button type="button" class="nhsuk-button nhsuk-button--small" onClick={onNewDraft}>
          New referral draft
        </button>{' '}
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onOpenPanel}>
          Open side panel
        </button>
      </div>
    </section>
  );
}
