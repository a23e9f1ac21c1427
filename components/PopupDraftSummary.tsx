// Loaded lazily by PopupDrafts: the drafts store brings the draft schema with it.
import { BANK_HOLIDAYS } from '../lib/contacts/bank-holidays';
import { createDraftsStore } from '../lib/state/drafts-store';
import { draftsItem } from '../lib/storage/drafts';
import { DraftSummary } from './referral/DraftSummary';

// The popup only reads drafts (never edits a call time), so it needs no area files.
const store = createDraftsStore(draftsItem(), { bankHolidays: BANK_HOLIDAYS });

export function PopupDraftSummary() {
  return <DraftSummary store={store} />;
}
