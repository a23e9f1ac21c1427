// The one definition of the contact data's shape: bundled files, managed policy and the
// user's own contacts are all checked against it. zod/mini keeps it small enough for the popup.
import * as z from 'zod/mini';
import { DAY_NAMES } from './days';

export { DAY_NAMES, type Day } from './days';
export { toTel } from './phone';
export const DaySchema = z.enum(DAY_NAMES);

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, for example "2026-11-22".'));

const clockTime = z
  .string()
  .check(
    z.regex(
      /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
      'Write the time as 24-hour HH:MM, for example "08:30"; "24:00" means midnight at the end of the day.',
    ),
  );

/**
 * One opening period on each of the listed days. A close time at or before the open time runs
 * into the next day ("17:00" to "08:00" = overnight), so an out-of-hours rota reads as it is written.
 */
export const PeriodSchema = z.strictObject({
  days: z.array(DaySchema).check(z.minLength(1, 'List at least one day, for example ["Mon", "Tue"].')),
  open: clockTime,
  close: clockTime,
});
export type Period = z.infer<typeof PeriodSchema>;

export const HoursSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({
    kind: z.literal('weekly'),
    periods: z.array(PeriodSchema).check(z.minLength(1, 'A weekly timetable needs at least one period.')),
    // closed: an office service shut on bank holidays; open: an out-of-hours team that covers them all day.
    bankHolidays: z.enum(['closed', 'open', 'as-usual']),
    text: z.optional(z.string()),
  }),
  // No source states the hours: the service is shown, never assumed open or closed.
  z.strictObject({ kind: z.literal('unstated'), text: z.optional(z.string()) }),
  // "Outside office hours", "evenings, weekends and bank holidays": open whenever this area's
  // front door for the same audience is closed, so only as certain as that front door's hours.
  z.strictObject({ kind: z.literal('outside-front-door'), text: z.string().check(z.minLength(3)) }),
]);
export type Hours = z.infer<typeof HoursSchema>;

/**
 * A UK number as people read it: national numbers start with 0 and have 10 or 11 digits in
 * groups ("01902 555392", "0808 800 5000"); short numbers ("999", "101", "116 123") have 3–8.
 */
export function checkUkPhone(value: string): string | undefined {
  if (!/^[0-9 ]+$/.test(value) || /^ | $|  /.test(value)) return 'Use digits in groups separated by single spaces, e.g. "01902 555392".';
  const digits = value.replace(/ /g, '');
  // 0800 1111 (Childline) is one of the few 8-digit freephone numbers still in use.
  if (/^0800\d{4}$/.test(digits)) return value === `0800 ${digits.slice(4)}` ? undefined : `Write this number as "0800 ${digits.slice(4)}".`;
  if (digits.startsWith('0')) {
    if (digits.length < 10 || digits.length > 11) return `A UK number starting with 0 has 10 or 11 digits; "${value}" has ${digits.length}.`;
    if (!value.includes(' ')) return `Group the digits as they are written, e.g. "${digits.slice(0, 5)} ${digits.slice(5)}".`;
  } else if (digits.length < 3 || digits.length > 8) {
    return `A short number (like 999 or 116 123) has 3 to 8 digits; "${value}" has ${digits.length}.`;
  }
  return undefined;
}

export const PhoneSchema = z.string().check(
  z.superRefine((value, ctx) => {
    const problem = checkUkPhone(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

export const ConfidenceSchema = z.enum(['confirmed', 'verify']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const AUDIENCES = ['children', 'adults', 'both'] as const;
export const ROLES = [
  'front-door',
  'out-of-hours',
  'advice-only',
  'police',
  'emergency',
  'helpline',
  'online-form',
  // A practice's own contacts (options "Add a contact"): the practice safeguarding lead, the named GP.
  'local-lead',
  'other',
] as const;

export const ContactSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "wolverhampton-edt".')),
  name: z.string().check(z.minLength(2)),
  audience: z.enum(AUDIENCES),
  role: z.enum(ROLES),
  phone: z.optional(PhoneSchema),
  /** What to press after dialling, e.g. "option 3"; shown beside the number, never dialled. */
  phoneOption: z.optional(z.string()),
  otherPhones: z.optional(z.array(z.strictObject({ label: z.string(), phone: PhoneSchema }))),
  url: z.optional(z.url()),
  email: z.optional(z.email()),
  hours: HoursSchema,
  confidence: z.strictObject({ number: ConfidenceSchema, hours: ConfidenceSchema }),
  /** Words a practitioner might search for: abuse types, other names for the service. */
  topics: z.optional(z.array(z.string())),
  notes: z.optional(z.string()),
  source: z.array(z.url()),
  sourceDate: z.optional(isoDate),
  verifiedOn: isoDate,
  /** "device": added by the practitioner on this computer (shown as such on its card). */
  origin: z.optional(z.literal('device')),
});
export type Contact = z.infer<typeof ContactSchema>;

export const DeadlineSchema = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('hours'), value: z.number().check(z.positive()) }),
  z.strictObject({ unit: z.literal('workingDays'), value: z.number().check(z.int(), z.positive()) }),
]);
export type Deadline = z.infer<typeof DeadlineSchema>;

export const ReferralRuleSchema = z.strictObject({
  /** Absent where no current deadline is confirmed: the draft then asks the user. */
  deadline: z.optional(DeadlineSchema),
  deadlineConfidence: z.optional(ConfidenceSchema),
  formName: z.optional(z.string()),
  formUrl: z.optional(z.url()),
  notes: z.optional(z.string()),
  source: z.optional(z.array(z.url())),
});
export type ReferralRule = z.infer<typeof ReferralRuleSchema>;

/** A route the sources do not give (e.g. no adult out-of-hours number): said out loud, never hidden. */
export const GapSchema = z.strictObject({
  audience: z.enum(['children', 'adults']),
  role: z.enum(['front-door', 'out-of-hours']),
  advice: z.string().check(z.minLength(10)),
});

export const AreaSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "walsall".')),
  name: z.string().check(z.minLength(2)),
  council: z.string(),
  /** ONS code of the council that runs safeguarding here (a county in two-tier areas). */
  councilCode: z.string().check(z.regex(/^[EWSN]\d{8}$/, 'Use the ONS code, e.g. "E08000031".')),
  policeForce: z.string(),
  contacts: z.array(ContactSchema).check(z.minLength(1)),
  gaps: z.optional(z.array(GapSchema)),
  referral: ReferralRuleSchema,
});
export type Area = z.infer<typeof AreaSchema>;

export const NationalSchema = z.strictObject({ contacts: z.array(ContactSchema) });

export const BankHolidaysSchema = z.strictObject({
  division: z.literal('england-and-wales'),
  source: z.string(),
  events: z.array(z.strictObject({ date: isoDate, title: z.string() })),
});
export type BankHolidays = z.infer<typeof BankHolidaysSchema>;

/** Compact table derived by scripts/derive-postcodes.mjs: district → safeguarding council codes. */
export const PostcodeTableSchema = z.strictObject({
  source: z.string(),
  councils: z.record(z.string(), z.string()),
  districts: z.record(z.string(), z.array(z.string())),
});
export type PostcodeTable = z.infer<typeof PostcodeTableSchema>;
