// The practitioner's own details, typed once on the options page and copied into each new draft.
import * as z from 'zod/mini';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export const ProfileSchema = z.object({
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const PROFILE_FIELDS = [
  { key: 'name', label: 'Your name', autocomplete: 'name', type: 'text' },
  { key: 'role', label: 'Role', autocomplete: 'organization-title', type: 'text' },
  { key: 'organisation', label: 'Organisation', autocomplete: 'organization', type: 'text' },
  { key: 'phone', label: 'Phone', autocomplete: 'tel', type: 'tel' },
  { key: 'email', label: 'Email', autocomplete: 'email', type: 'email' },
] as const satisfies readonly { key: keyof Profile; label: string; autocomplete: string; type: string }[];

export const EMPTY_PROFILE: Profile = { name: '', role: '', organisation: '', phone: '', email: '' };

export type ProfileItem = WxtStorageItem<Profile, {}>;

export function defineProfileItem(): ProfileItem {
  return storage.defineItem<Profile>('local:profile', { fallback: EMPTY_PROFILE, version: 1 });
}

let profile: ProfileItem | undefined;
/** Defined on first use, never at import: WXT imports modules in Node at build time. */
export function profileItem(): ProfileItem {
  return (profile ??= defineProfileItem());
}
