// The draft's stored shape (version 2 of 'local:drafts'). Every item carries its own updatedAt and
// rev so two pages editing different items of one draft merge instead of overwriting each other.
import * as z from 'zod/mini';
import { ProfileSchema } from '../settings/profile';

const isoInstant = z.iso.datetime();

export const ItemStatusSchema = z.enum(['todo', 'done', 'na']);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const ItemStateSchema = z.object({
  status: ItemStatusSchema,
  note: z.string(),
  /** The answer of an item with fixed choices (consent given / not sought / refused…). */
  choice: z.optional(z.string()),
  updatedAt: isoInstant,
  rev: z.number().check(z.int(), z.nonnegative()),
});
export type ItemState = z.infer<typeof ItemStateSchema>;

export const TelephoneSchema = z.object({
  at: isoInstant,
  takenBy: z.string(),
  reference: z.string(),
});
export type Telephone = z.infer<typeof TelephoneSchema>;

export const DraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  subject: z.enum(['child', 'adult']),
  areaId: z.string(),
  telephone: TelephoneSchema,
  /** Null when the area has no confirmed rule and the user has not set one yet. */
  dueAt: z.nullable(isoInstant),
  dueSource: z.enum(['area-rule', 'user']),
  items: z.record(z.string(), ItemStateSchema),
  /** The profile as it was when the draft was started. */
  referrer: ProfileSchema,
  concernTypes: z.array(z.string()),
  createdAt: isoInstant,
  /** Last edit of anything in the draft: retention counts from here. */
  updatedAt: isoInstant,
  /** Last edit of the draft's own fields (everything but items): they merge as one. */
  metaUpdatedAt: isoInstant,
  revision: z.number().check(z.int(), z.nonnegative()),
  submittedAt: z.nullable(isoInstant),
});
export type Draft = z.infer<typeof DraftSchema>;

/**
 * The whole stored value. `deleted` remembers deleted ids (no content) so a page still holding
 * the draft cannot write it back; entries are purged with retention.
 */
export const DraftsFileSchema = z.object({
  drafts: z.record(z.string(), DraftSchema),
  deleted: z.record(z.string(), isoInstant),
});
export type DraftsFile = z.infer<typeof DraftsFileSchema>;

/** The envelope only, so one unreadable draft can be set aside and the rest kept. */
export const DraftsEnvelopeSchema = z.object({
  drafts: z.record(z.string(), z.unknown()),
  deleted: z.optional(z.record(z.string(), isoInstant)),
});

export const EMPTY_DRAFTS: DraftsFile = { drafts: {}, deleted: {} };
