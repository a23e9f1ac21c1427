import { PROFILE_FIELDS, type Profile } from '../../lib/settings/profile';
import type { ProfileStore } from '../../lib/state/profile-store';
import './referral.css';

interface Props {
  store: ProfileStore;
  heading?: string;
  /** What the organisation's policy fills where a field is left empty, by field. */
  organisation?: Partial<Record<keyof Profile, string>>;
  /** The organisation's address from policy (the profile has no address of its own). */
  organisationAddress?: string;
}

/** "Your details" on the options page: saved as you type, copied into each new draft. */
export function ProfileForm({ store, heading = 'Your details', organisation = {}, organisationAddress }: Props) {
  const profile = store.profile.value;
  return (
    <section class="ref-profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{heading}</h2>
      <p class="nhsuk-hint" id="profile-hint">
        Used to pre-fill the Referrer section of new referral drafts. Saved on this device as you type.
      </p>
      {store.saveError.value && (
        <p class="nhsuk-error-message" role="alert">
          {store.saveError.value}
        </p>
      )}
      {PROFILE_FIELDS.map((f) => (
        <div class="field" key={f.key}>
          <label class="nhsuk-label" for={`profile-${f.key}`}>
            {f.label}
          </label>
          {organisation[f.key] ? (
            <span class="nhsuk-hint" id={`profile-${f.key}-org`}>
              {`Set by your organisation: ${organisation[f.key]} (used in drafts when you leave this empty)`}
            </span>
          ) : null}
          <input
            aria-describedby={organisation[f.key] ? `profile-${f.key}-org` : undefined}
            id={`profile-${f.key}`}
            class="nhsuk-input"
            // One literal per field; the union trips Preact's per-type input attributes.
            type={f.type as 'text'}
            autocomplete={f.autocomplete}
            spellcheck={false}
            value={profile[f.key]}
            onInput={(e) => store.update({ [f.key]: e.currentTarget.value })}
          />
        </div>
      ))}
      {organisationAddress ? (
        <p>
          <strong>Organisation address</strong> (set by your organisation): {organisationAddress}
        </p>
      ) : null}
    </section>
  );
}
