import type { ComponentChildren } from 'preact';
import type { PostcodeResult } from '../lib/contacts/postcode';
import type { Area, Contact } from '../lib/contacts/schema';
import type { ContactsStore } from '../lib/state/contacts-store';
import { AreaPicker } from './AreaPicker';
import { CallNow } from './CallNow';
import { ContactDirectory } from './ContactDirectory';
import { PostcodeFinder } from './PostcodeFinder';

interface Props {
  store: ContactsStore;
  areas: readonly Area[];
  national: readonly Contact[];
  bankHolidays: ReadonlySet<string>;
  lookupPostcode(input: string): Promise<PostcodeResult>;
  onCopy(text: string, what: string): void;
  /** Rendered between "Call now" and the full list (the popup's drafts summary, the side panel's drafts). */
  children?: ComponentChildren;
}

/** What the popup and the side panel share: pick the area, see who to call now, then everyone. */
export function ContactsView({ store, areas, national, bankHolidays, lookupPostcode, onCopy, children }: Props) {
  const area = store.area.value;
  const now = store.now.value;
  const choose = (id: string) => void store.setArea(id);
  return (
    <>
      {store.problem.value ? (
        <div class="nhsuk-warning" role="alert">
          {store.problem.value}
        </div>
      ) : null}
      <div class="area-bar">
        <AreaPicker areas={areas} value={area.id} lockedBy={store.lockedBy.value} onChange={choose} />
        <PostcodeFinder lookup={lookupPostcode} onChooseArea={choose} disabled={!!store.lockedBy.value} />
      </div>
      <CallNow area={area} now={now} bankHolidays={bankHolidays} />
      {children}
      <ContactDirectory area={area} national={national} now={now} bankHolidays={bankHolidays} onCopy={onCopy} />
    </>
  );
}
