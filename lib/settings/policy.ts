// Managed policy: what an NHS organisation's IT sets for every practitioner (Chrome/Edge
// "3rdparty" extension policy, Firefox policies.json "3rdparty"). Each setting is checked on
// its own so one bad value never discards the rest, and every ignored value is reported.
import * as z from 'zod/mini';
import { ContactSchema } from '../contacts/schema';

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
} as const;

type Fields = typeof POLICY_FIELDS;
export type Policy = { -readonly [K in keyof Fields]?: z.infer<Fields[K]> };

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
      const why = result.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
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
