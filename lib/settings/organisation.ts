// The organisation's details from policy (name, address, phone, email) fill what the practitioner
// left empty in the Referrer section of a new draft; what they typed themselves always wins.
import type { Profile } from './profile';

export interface OrganisationDetails {
  name?: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** The profile a new draft starts from: own details first, the organisation's where empty. */
export function referrerFrom(own: Profile, organisation: OrganisationDetails | undefined): Profile {
  const fill = (mine: string, theirs: string | undefined) => (mine.trim() ? mine : (theirs ?? '').trim() || mine);
  return {
    ...own,
    organisation: fill(own.organisation, organisation?.name),
    phone: fill(own.phone, organisation?.phone),
    email: fill(own.email, organisation?.email),
  };
}

/** Which profile fields the organisation would fill, for "Set by your organisation" on the options page. */
export function organisationFills(organisation: OrganisationDetails | undefined): Partial<Record<keyof Profile, string>> {
  const out: Partial<Record<keyof Profile, string>> = {};
  if (organisation?.name?.trim()) out.organisation = organisation.name.trim();
  if (organisation?.phone?.trim()) out.phone = organisation.phone.trim();
  if (organisation?.email?.trim()) out.email = organisation.email.trim();
  return out;
}
