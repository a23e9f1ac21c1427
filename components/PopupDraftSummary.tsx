// Loaded lazily by PopupDrafts: the drafts store brings the draft schema with it.
import { BANK_HOLIDAYS, findArea } from '../lib/contacts/bundled';
import { createDraftsStore } from '../lib/state/drafts-store';
import { draftsItem } from '../lib/storage/drafts';
import { DraftSummary } from './referral/DraftSummary';

const store = createDraftsStore(draftsItem(), { bankHolidays: BANK_HOLIDAYS, findArea });

export function PopupDraftSummary() {
  return <DraftSummary store={store} />;
}
