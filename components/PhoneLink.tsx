import { toTel } from '../lib/contacts/phone';

interface Props {
  phone: string;
  service: string;
  option?: string | undefined;
}

/** The accessible name says who answers, so a screen reader user hears more than digits. */
export function PhoneLink({ phone, service, option }: Props) {
  return (
    <span class="phone">
      <a class="phone__link" href={`tel:${toTel(phone)}`} aria-label={`Call ${service} on ${phone}${option ? `, then ${option}` : ''}`}>
        {phone}
      </a>
      {option ? <span class="phone__option"> then {option}</span> : null}
    </span>
  );
}
