import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { bindSlashToFocus } from '../lib/keyboard';
import { contactsForArea, searchContacts, type ContactGroups } from '../lib/contacts/routing';
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
  const shown = GROUPS.map(({ key, title }) => ({ key, title, contacts: q ? searchContacts(groups[key], q) : groups[key] }));
  const count = new Set(shown.flatMap((g) => g.contacts.map((c) => c.id))).size;

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
      {shown.map(({ key, title, contacts }) =>
        contacts.length ? (
          <section key={key} class="directory__group" aria-labelledby={`group-${key}`}>
            <h3 id={`group-${key}`}>{title}</h3>
            <ul class="directory__list">
              {contacts.map((c) => (
                <ContactCard key={c.id} contact={c} areaContacts={area?.contacts} now={now} bankHolidays={bankHolidays} onCopy={onCopy} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {q && count === 0 ? (
        <p>No contact matches “{q}”. Try a service name, a number, or a word like “domestic abuse”.</p>
      ) : null}
    </section>
  );
}
