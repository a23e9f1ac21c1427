import { hoursLabel } from '../lib/contacts/hours';
import { contactState } from '../lib/contacts/routing';
import type { Contact } from '../lib/contacts/schema';
import { PhoneLink } from './PhoneLink';
import { StatusTag } from './StatusTag';

interface Props {
  contact: Contact;
  /** The area's contacts: an "outside office hours" team is timed against its front door. */
  areaContacts?: readonly Contact[];
  now: Date;
  bankHolidays: ReadonlySet<string>;
  onCopy(text: string, what: string): void;
}

const VERIFY_TEXT: Record<string, string> = {
  number: 'Number not confirmed: check before relying on it.',
  hours: 'Hours not confirmed: check before relying on them.',
  both: 'Number and hours not confirmed: check before relying on them.',
};

export function ContactCard({ contact: c, areaContacts = [], now, bankHolidays, onCopy }: Props) {
  const { state } = contactState(c, areaContacts, null, now, bankHolidays);
  const verify =
    c.confidence.number === 'verify' && c.confidence.hours === 'verify'
      ? 'both'
      : c.confidence.number === 'verify'
        ? 'number'
        : c.confidence.hours === 'verify'
          ? 'hours'
          : null;
  const hoursText = c.hours.kind === 'always' ? '24 hours, every day' : c.hours.text;
  return (
    <li class="contact" data-testid="contact">
      <h4 class="contact__name">
        {c.name}
        {verify ? (
          <>
            {' '}
            <span class="nhsuk-tag nhsuk-tag--verify" title={VERIFY_TEXT[verify]}>
              Verify
            </span>
            <span class="visually-hidden">{` ${VERIFY_TEXT[verify]}`}</span>
          </>
        ) : null}
      </h4>
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
        <StatusTag state={state} label={hoursLabel(state, now)} />
        {hoursText ? <span class="contact__hours-text"> {hoursText}</span> : null}
      </p>
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
