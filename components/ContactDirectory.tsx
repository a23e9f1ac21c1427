import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { bindSlashToFocus } from '../lib/keyboard';
import { contactsForArea, type ContactGroups } from '../lib/contacts/routing';
import { searchContacts } from '../lib/contacts/search';
import type { Area, Contact } from '../lib/contacts/schema';
import { ContactCard } from './ContactCard';

interface Props {
  /** null: no area chosen yet, so the national numbers alone. */
  area: Area | null;
  national: readonly Contact[];
  now: Date;
  bankHolidays: ReadonlySet<string>;
  onCopy(text: string, what: string): void;
}

const GROUPS: { key: keyof ContactGroups; title: string }[] = [
  { key: 'children', title: 'Children' },
  { key: 'adults', title: 'Adults' },
  { key: 'police', title: 'Police' },
  { key: 'national', title: 'National helplines' },
];

export function ContactDirectory({ area, national, now, bankHolidays, onCopy }: Props) {
  const query = useSignal('');
  useEffect(() => bindSlashToFocus(document, 'contact-search'), []);
  const groups = contactsForArea(area?.contacts ?? [], national);
  const q = query.value.trim();
  // Searching: one list, best match first across every group, each result saying its group.
  const everyone = [...new Set(GROUPS.flatMap(({ key }) => groups[key]))];
  const hits = q ? searchContacts(everyone, q).map((h) => h.contact) : [];
  const count = hits.length;
  const groupOf = (c: Contact) =>
    national.includes(c) ? 'National helpline' : c.role === 'police' || c.role === 'emergency' ? 'Police' : c.audience === 'both' ? 'Children and adults' : c.audience === 'children' ? 'Children' : 'Adults';
  const card = (c: Contact, group?: string) => (
    <ContactCard key={c.id} contact={c} group={group} areaContacts={area?.contacts} now={now} bankHolidays={bankHolidays} onCopy={onCopy} />
  );

  return (
    <section class="directory" aria-labelledby="directory-heading">
      <h2 id="directory-heading">{area ? `All contacts: ${area.name}` : 'National helplines'}</h2>
      <div class="field">
        <label class="nhsuk-label" for="contact-search">
          Search contacts
        </label>
        <span class="nhsuk-hint" id="contact-search-hint">
          Service name, number or type of abuse. Press / to jump here.
        </span>
        <input
          id="contact-search"
          class="nhsuk-input"
          type="search"
          value={query}
          aria-describedby="contact-search-hint contact-search-status"
          onInput={(e) => (query.value = e.currentTarget.value)}
        />
        <p id="contact-search-status" class="nhsuk-hint" role="status">
          {q ? `${count} ${count === 1 ? 'contact matches' : 'contacts match'} “${q}”` : ''}
        </p>
      </div>
      {q ? (
        count ? (
          <ul class="directory__list" aria-label={`Contacts matching “${q}”`}>
            {hits.map((c) => card(c, groupOf(c)))}
          </ul>
        ) : (
          <>
            <p>{`No contact matches “${q}”. Try a service name, a number, or a word like “domestic abuse”. The national helplines:`}</p>
            <ul class="directory__list">{national.filter((c) => c.role === 'helpline').map((c) => card(c, 'National helpline'))}</ul>
          </>
        )
      ) : (
        GROUPS.map(({ key, title }) =>
          groups[key].length ? (
            <section key={key} class="directory__group" aria-labelledby={`group-${key}`}>
              <h3 id={`group-${key}`}>{title}</h3>
              <ul class="directory__list">{groups[key].map((c) => card(c))}</ul>
            </section>
          ) : null,
        )
      )}
    </section>
  );
}
