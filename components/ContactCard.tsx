import { hoursLabel } from '../lib/contacts/hours';
import { contactState } from '../lib/contacts/routing';
import type { Contact } from '../lib/contacts/schema';
import { PhoneLink } from './PhoneLink';
import { StatusTag } from './StatusTag';

interface Props {
  contact: Contact;
  /** Shown above the name in search results, where groups are mixed ("Adults", "National helpline"). */
  group?: string;
  /** The area's contacts: an "outside office hours" team is timed against its front door. */
  areaContacts?: readonly Contact[];
  now: Date;
  bankHolidays: ReadonlySet<string>;
  onCopy(text: string, what: string): void;
}

// One line per card says what is unconfirmed and what to do; the source stays one click away.
const VERIFY_TEXT: Record<'number' | 'hours' | 'both', string> = {
  number: 'Number not confirmed: check it with the council before relying on it (source below).',
  hours: 'Hours not confirmed: it may be closed; if there is no answer, use the other number under Call now.',
  both: 'Number and hours not confirmed: check them with the council before relying on them (source below).',
};

export function ContactCard({ contact: c, group, areaContacts = [], now, bankHolidays, onCopy }: Props) {
  const { state, hoursConfidence } = contactState(c, areaContacts, null, now, bankHolidays);
  const number = c.confidence.number === 'verify';
  const hours = hoursConfidence === 'verify' && c.hours.kind !== 'always';
  const verify = number && hours ? 'both' : number ? 'number' : hours ? 'hours' : null;
  // "Hours not published" is said once, by the tag; a timetable in words only where there is one.
  const label = state.status === 'unstated' ? 'Hours not published' : hoursLabel(state, now, hoursConfidence);
  const hoursText = c.hours.kind === 'always' ? '24 hours, every day' : c.hours.kind === 'unstated' ? null : c.hours.text;
  return (
    <li class="contact" data-testid="contact">
      {group ? <p class="contact__group">{group}</p> : null}
      <h4 class="contact__name">{c.name}</h4>
      {c.phone ? (
        <p class="contact__phone">
          <PhoneLink phone={c.phone} service={c.name} option={c.phoneOption} />{' '}
          <button
            type="button"
            class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            aria-label={`Copy number for ${c.name}`}
            onClick={() => onCopy(c.phone!, `${c.name} number`)}
          >
            Copy number
          </button>
        </p>
      ) : null}
      {c.otherPhones?.map((p) => (
        <p class="contact__phone" key={p.phone}>
          {p.label}: <PhoneLink phone={p.phone} service={`${c.name} (${p.label})`} />
        </p>
      ))}
      {c.url || c.email ? (
        <p class="contact__links">
          {c.url ? (
            <a href={c.url} target="_blank" rel="noreferrer">
              {c.role === 'online-form' ? 'Open the online form' : 'Website'}
              <span class="visually-hidden">{` for ${c.name}`}</span>
            </a>
          ) : null}
          {c.url && c.email ? ' · ' : null}
          {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
        </p>
      ) : null}
      <p class="contact__hours">
        <StatusTag state={state} label={label} confidence={hoursConfidence} />
        {hoursText ? <span class="contact__hours-text"> {hoursText}</span> : null}
      </p>
      {c.origin === 'device' ? <p class="contact__origin">Added on this device</p> : null}
      {(c as { correction?: string }).correction ? (
        <p class="contact__correction">
          <strong>Corrected by your organisation:</strong> {(c as { correction?: string }).correction}
        </p>
      ) : null}
      {verify ? (
        <p class="contact__verify" data-testid="contact-verify">
          <strong class="nhsuk-tag nhsuk-tag--verify">Verify</strong> {VERIFY_TEXT[verify]}
        </p>
      ) : null}
      {c.notes ? <p class="contact__notes">{c.notes}</p> : null}
      <details class="contact__source">
        <summary>
          Source<span class="visually-hidden">{` for ${c.name}`}</span>
        </summary>
        <ul>
          {c.source.map((s) => (
            <li key={s}>
              <a href={s} target="_blank" rel="noreferrer">
                {s}
              </a>
            </li>
          ))}
        </ul>
        <p>
          {c.sourceDate ? `Page dated ${c.sourceDate}. ` : ''}Checked on {c.verifiedOn}.
        </p>
      </details>
    </li>
  );
}
