// Loaded after the first paint (see ContactsView): the chosen area's full file, from its own
// chunk, and the national numbers.
import { useEffect, useState } from 'preact/hooks';
import { loadArea } from '../lib/contacts/areas';
import { applyCorrections, type CorrectionLike } from '../lib/contacts/corrections';
import { NATIONAL_CONTACTS } from '../lib/contacts/national';
import type { Area, Contact } from '../lib/contacts/schema';
import { ContactDirectory } from './ContactDirectory';

export interface FullDirectoryProps {
  /** null: no area chosen yet, so only the national numbers. */
  areaId: string | null;
  extraContacts: readonly Contact[];
  corrections?: readonly CorrectionLike[];
  now: Date;
  bankHolidays: ReadonlySet<string>;
  onCopy(text: string, what: string): void;
}

export function FullDirectory({ areaId, extraContacts, corrections, ...rest }: FullDirectoryProps) {
  const [base, setBase] = useState<Area | null>(null);
  useEffect(() => {
    let current = true;
    setBase(null);
    if (areaId) void loadArea(areaId).then((a) => current && setBase(a ?? null));
    return () => {
      current = false;
    };
  }, [areaId]);
  if (areaId && base?.id !== areaId) return <p class="nhsuk-hint">Loading all contacts…</p>;
  const area = base && (extraContacts.length || corrections?.length) ? { ...base, contacts: [...applyCorrections(base.contacts, corrections), ...extraContacts] } : base;
  return <ContactDirectory area={area} national={NATIONAL_CONTACTS} {...rest} />;
}
