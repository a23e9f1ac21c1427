// Managed policy: what an NHS organisation's IT sets for every practitioner (Chrome/Edge
// "3rdparty" extension policy, Firefox policies.json "3rdparty"). Each setting is checked on
// its own so one bad value never discards the rest, and every ignored value is reported.
import * as z from 'zod/mini';
import { ContactSchema, HoursSchema, PhoneSchema } from '../contacts/schema';

/** An organisation's urgent fix to a shipped contact, shown on its card with the note. */
export const CorrectionSchema = z.object({
  contactId: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a contact id from the data files, e.g. "wolverhampton-edt"')),
  phone: z.optional(PhoneSchema),
  otherPhones: z.optional(z.array(z.object({ label: z.string(), phone: PhoneSchema }))),
  hours: z.optional(HoursSchema),
  note: z.string().check(z.minLength(3, 'a note saying why (shown on the card) is needed')),
});
export type Correction = z.infer<typeof CorrectionSchema>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an address starting with https://' });

export const POLICY_FIELDS = {
  defaultAreaId: z.string(),
  lockArea: z.boolean(),
  organisation: z.object({
    name: z.optional(z.string()),
    address: z.optional(z.string()),
    phone: z.optional(z.string()),
    email: z.optional(z.email()),
  }),
  extraContacts: z.array(z.object({ areaId: z.string(), contact: ContactSchema })),
  retentionDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
  neutralPageUrl: httpsUrl,
  allowHistoryRemoval: z.boolean(),
  // Checked item by item below, so one bad correction never discards the others.
  contactCorrections: z.array(z.unknown()),
} as const;

type Fields = typeof POLICY_FIELDS;
export type Policy = { -readonly [K in Exclude<keyof Fields, 'contactCorrections'>]?: z.infer<Fields[K]> } & {
  contactCorrections?: Correction[];
};

const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');

export interface ParsedPolicy {
  policy: Policy;
  /** One plain sentence per ignored value, shown on the options page. */
  notices: string[];
}

export function parsePolicy(raw: unknown, knownAreaIds: readonly string[]): ParsedPolicy {
  const policy: Policy = {};
  const notices: string[] = [];
  if (raw === null || raw === undefined) return { policy, notices };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, notices: ['The managed policy is not a set of named values and was ignored.'] };
  }
  const input = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (!(key in POLICY_FIELDS)) {
      notices.push(`Policy setting "${key}" is not known to this version and was ignored.`);
      continue;
    }
    const field = key as keyof Fields;
    const result = POLICY_FIELDS[field].safeParse(value);
    if (!result.success) {
      const why = describeIssues(result.error.issues);
      notices.push(`Policy setting "${key}" was ignored: ${why}.`);
      continue;
    }
    (policy as Record<string, unknown>)[field] = result.data;
  }
  if (policy.defaultAreaId && !knownAreaIds.includes(policy.defaultAreaId)) {
    notices.push(`Policy setting "defaultAreaId" names an area this version does not have ("${policy.defaultAreaId}") and was ignored.`);
    delete policy.defaultAreaId;
    delete policy.lockArea;
  }
  if (policy.contactCorrections) {
    const kept: Correction[] = [];
    (policy.contactCorrections as unknown[]).forEach((item, i) => {
      const result = CorrectionSchema.safeParse(item);
      const id = (item as { contactId?: unknown } | null)?.contactId;
      const which = `Correction ${i + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
      if (!result.success) {
        notices.push(`${which} was ignored: ${describeIssues(result.error.issues)}.`);
      } else if (!knownAreaIds.some((area) => result.data.contactId.startsWith(`${area}-`))) {
        notices.push(`${which} was ignored: it names no contact of this version (a contact id starts with its area, e.g. "wolverhampton-edt").`);
      } else {
        kept.push(result.data);
      }
    });
    policy.contactCorrections = kept;
  }
  if (policy.extraContacts) {
    const unknown = policy.extraContacts.filter((c) => !knownAreaIds.includes(c.areaId));
    for (const c of unknown) notices.push(`Policy contact "${c.contact.id}" names an unknown area ("${c.areaId}") and was ignored.`);
    policy.extraContacts = policy.extraContacts.filter((c) => knownAreaIds.includes(c.areaId));
  }
  return { policy, notices };
}

/** storage.managed throws where no policy is installed (always in Firefox without policies.json). */
export async function readPolicy(
  managed: { get(): Promise<Record<string, unknown>> } | undefined,
  knownAreaIds: readonly string[],
): Promise<ParsedPolicy> {
  if (!managed) return { policy: {}, notices: [] };
  try {
    return parsePolicy(await managed.get(), knownAreaIds);
  } catch {
    return { policy: {}, notices: [] };
  }
}
