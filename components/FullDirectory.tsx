// Loaded after the first paint (see ContactsView): the full area files and national numbers.
import { findArea, NATIONAL_CONTACTS } from '../lib/contacts/bundled';
import type { Contact } from '../lib/contacts/schema';
import { ContactDirectory } from './ContactDirectory';

export interface FullDirectoryProps {
  areaId: string;
  extraContacts: readonly Contact[];
  now: Date;
  bankHolidays: ReadonlySet<string>;
  onCopy(text: string, what: string): void;
}

export function FullDirectory({ areaId, extraContacts, ...rest }: FullDirectoryProps) {
  const base = findArea(areaId);
  if (!base) return null;
  const area = extraContacts.length ? { ...base, contacts: [...base.contacts, ...extraContacts] } : base;
  return <ContactDirectory area={area} national={NATIONAL_CONTACTS} {...rest} />;
}
