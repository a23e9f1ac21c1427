import { callNow, type Audience } from '../lib/contacts/routing';
import { toUkWallTime } from '../lib/contacts/uk-time';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

type Notice = typeof import('../lib/contacts/bank-holiday-notice').calculatedHolidayNotice;
import type { CallNowArea } from '../lib/contacts/call-now-areas';
import { PhoneLink } from './PhoneLink';
import { StatusTag } from './StatusTag';

interface Props {
  /** null while the chosen area's numbers load, or when no area is chosen yet. */
  area: CallNowArea | null;
  areaId?: string | null;
  areaName?: string;
  now: Date;
  bankHolidays: ReadonlySet<string>;
}

const AUDIENCES: { id: Audience; title: string }[] = [
  { id: 'children', title: 'Children' },
  { id: 'adults', title: 'Adults' },
];

export function CallNow({ area, areaId, areaName, now, bankHolidays }: Props) {
  // The notice's code arrives after the first paint ({ fn } because a signal would call a bare function).
  const notice = useSignal<{ fn: Notice } | null>(null);
  useEffect(() => void import('../lib/contacts/bank-holiday-notice').then((m) => (notice.value = { fn: m.calculatedHolidayNotice })), []);
  const holidays = notice.value ? notice.value.fn(bankHolidays, toUkWallTime(now).date) : null;
  if (!area) {
    return (
      <section class="call-now nhsuk-card" aria-labelledby="call-now-heading" aria-busy={areaId ? true : undefined}>
        <h2 id="call-now-heading">Call now</h2>
        <p class="call-now__note">
          {areaId
            ? `Loading the numbers for ${areaName ?? 'your area'}…`
            : 'Choose your area above (or type a postcode) to see who to call now. In immediate danger, call 999; otherwise the police on 101.'}
        </p>
      </section>
    );
  }
  // The practice safeguarding lead and the like: one tap away, under the numbers that answer now.
  const leads = area.contacts.filter((c) => c.role === 'local-lead');
  return (
    <section class="call-now nhsuk-card" aria-labelledby="call-now-heading">
      <h2 id="call-now-heading">Call now</h2>
      {AUDIENCES.map(({ id, title }) => {
        const result = callNow(area, id, now, bankHolidays);
        return (
          <div class="call-now__audience" key={id}>
            <h3>{title}</h3>
            <ul class="call-now__list">
              {result.entries.map(({ contact, state, label, hoursConfidence }) => (
                <li key={contact.id} class="call-now__entry">
                  <span class="call-now__name">{contact.name}</span>{' '}
                  {contact.phone ? <PhoneLink phone={contact.phone} service={contact.name} option={contact.phoneOption} /> : null}{' '}
                  <StatusTag state={state} label={label} confidence={hoursConfidence} />
                  {(contact as { correction?: string }).correction ? <span class="call-now__corrected"> Corrected by your organisation.</span> : null}
                </li>
              ))}
            </ul>
            {result.note ? <p class="call-now__note">{result.note}</p> : null}
            {result.gapAdvice ? <p class="call-now__note">{result.gapAdvice}</p> : null}
          </div>
        );
      })}
      {leads.length ? (
        <div class="call-now__audience">
          <h3>Your organisation</h3>
          <ul class="call-now__list">
            {leads.map((c) => (
              <li key={c.id} class="call-now__entry">
                <span class="call-now__name">{c.name}</span> {c.phone ? <PhoneLink phone={c.phone} service={c.name} option={c.phoneOption} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {holidays ? <p class="call-now__note">{holidays}</p> : null}
    </section>
  );
}
