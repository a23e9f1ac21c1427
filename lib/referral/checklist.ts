// The MARF checklist, from reference/marf.md: the groups of information English councils' referral
// forms ask for, in their order. A draft is for a child or an adult; each item says which.

export type Subject = 'child' | 'adult';
export type AppliesTo = 'children' | 'adults' | 'both';

/** Text that differs for a child and an adult, or is the same for both. */
export type SubjectText = string | { child: string; adult: string };

export interface ChecklistItem {
  id: string;
  label: SubjectText;
  hint?: SubjectText;
  appliesTo: AppliesTo;
  /** A one-of answer shown as radios beside the note (e.g. consent given / not sought / refused). */
  choices?: readonly { value: string; label: string }[];
}

export interface ChecklistSection {
  id: string;
  title: SubjectText;
  hint?: SubjectText;
  items: readonly ChecklistItem[];
}

export interface Checklist {
  sections: readonly ChecklistSection[];
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const CONSENT_CHOICES = [
  { value: 'given', label: 'Given' },
  { value: 'not-sought', label: 'Not sought' },
  { value: 'refused', label: 'Refused' },
] as const;

export const MARF_CHECKLIST: Checklist = {
  sections: [
    {
      id: 'safety',
      title: 'Immediate safety',
      hint: 'If anyone is in immediate danger, call 999 first.',
      items: [
        { id: 'safety.danger', label: 'Is anyone in immediate danger?', hint: 'If yes: 999 first.', appliesTo: 'both', choices: YES_NO },
        { id: 'safety.actions', label: 'Actions already taken', appliesTo: 'both' },
        {
          id: 'safety.tonight',
          label: { child: 'Is the child safe tonight?', adult: 'Is the adult safe tonight?' },
          appliesTo: 'both',
          choices: YES_NO,
        },
        { id: 'safety.visiting', label: 'Risks to professionals visiting', appliesTo: 'both' },
      ],
    },
    {
      id: 'telephone',
      title: 'Telephone referral',
      items: [
        { id: 'telephone.front-door', label: 'Front door phoned', appliesTo: 'both' },
        { id: 'telephone.at', label: 'Date and time of the call', appliesTo: 'both' },
        { id: 'telephone.taken-by', label: 'Who took the call', appliesTo: 'both' },
        { id: 'telephone.reference', label: 'Reference number', appliesTo: 'both' },
        { id: 'telephone.deadline', label: 'Deadline for the written referral', appliesTo: 'both' },
        { id: 'telephone.form', label: 'Online form to submit', appliesTo: 'both' },
      ],
    },
    {
      id: 'person',
      title: { child: 'The child', adult: 'The adult' },
      items: [
        { id: 'person.name', label: 'Full name', appliesTo: 'both' },
        { id: 'person.other-names', label: 'Other names or spellings', appliesTo: 'both' },
        {
          id: 'person.dob',
          label: { child: 'Date of birth (or expected date of delivery for an unborn baby)', adult: 'Date of birth' },
          appliesTo: 'both',
        },
        { id: 'person.gender', label: 'Gender', appliesTo: 'both' },
        { id: 'person.ethnicity', label: 'Ethnicity', appliesTo: 'both' },
        { id: 'person.religion', label: 'Religion', appliesTo: 'both' },
        { id: 'person.language', label: 'First language, and whether an interpreter is needed', appliesTo: 'both' },
        { id: 'person.nhs-number', label: 'NHS number', appliesTo: 'both' },
        { id: 'person.address', label: 'Address and postcode', appliesTo: 'both' },
        { id: 'person.phone', label: 'Phone', appliesTo: 'both' },
        { id: 'person.gp', label: 'GP practice', appliesTo: 'both' },
        { id: 'person.school', label: 'School or nursery', appliesTo: 'children' },
        { id: 'person.needs', label: 'Disability or health needs', appliesTo: 'both' },
        { id: 'person.communication', label: 'Preferred way of communicating', appliesTo: 'both' },
        { id: 'person.immigration', label: 'Immigration status, where relevant', appliesTo: 'both' },
      ],
    },
    {
      id: 'household',
      title: 'Household and family',
      hint: 'For each person: name, relationship, date of birth, address.',
      items: [
        { id: 'household.parents', label: 'Parents or carers, and who has parental responsibility', appliesTo: 'children' },
        { id: 'household.siblings', label: 'Brothers and sisters', appliesTo: 'children' },
        { id: 'household.carers', label: 'Partner, carers or next of kin', appliesTo: 'adults' },
        { id: 'household.other-adults', label: 'Other adults in the household, including non-family', appliesTo: 'both' },
        { id: 'household.relatives', label: 'Significant relatives outside the home', appliesTo: 'both' },
      ],
    },
    {
      id: 'professionals',
      title: 'Professionals involved',
      items: [
        {
          id: 'professionals.services',
          label: { child: 'Other services working with the family', adult: 'Other services working with the adult' },
          hint: 'Name, agency, phone.',
          appliesTo: 'both',
        },
        { id: 'professionals.lead', label: 'Lead professional, if any', appliesTo: 'both' },
        { id: 'professionals.early-help', label: 'Is there an Early Help Assessment?', appliesTo: 'children', choices: YES_NO },
      ],
    },
    {
      id: 'concern',
      title: 'The concern',
      items: [
        { id: 'concern.what', label: 'What you are worried about, in plain facts', appliesTo: 'both' },
        { id: 'concern.types', label: 'Type or types of harm', hint: 'Tick the types below; add detail in the note.', appliesTo: 'both' },
        { id: 'concern.when', label: 'When, where, and who', appliesTo: 'both' },
        {
          id: 'concern.disclosure',
          label: 'Any disclosure',
          hint: "In the person's own words; who it was made to, and when.",
          appliesTo: 'both',
        },
        { id: 'concern.observations', label: 'Observations', appliesTo: 'both' },
        { id: 'concern.history', label: 'History and previous concerns', appliesTo: 'both' },
        {
          id: 'concern.impact',
          label: { child: "Impact on the child's health and development", adult: "Impact on the adult's wellbeing" },
          appliesTo: 'both',
        },
        { id: 'concern.strengths', label: 'Strengths and protective factors', appliesTo: 'both' },
        {
          id: 'concern.risk',
          label: 'Your view of the level of risk, and why',
          appliesTo: 'both',
          choices: [
            { value: 'low', label: 'Low' },
            { value: 'medium', label: 'Medium' },
            { value: 'high', label: 'High' },
          ],
        },
      ],
    },
    {
      id: 'voice',
      title: 'Their voice',
      items: [
        {
          id: 'voice.views',
          label: {
            child: "The child's views and wishes about the concern and the referral",
            adult: "The adult's views and wishes about the concern and the referral",
          },
          appliesTo: 'both',
        },
        { id: 'voice.aware', label: 'Is the adult aware of the referral?', appliesTo: 'adults', choices: YES_NO },
        { id: 'voice.consent', label: 'Does the adult consent to the referral?', appliesTo: 'adults', choices: YES_NO },
        { id: 'voice.capacity', label: 'Any doubt about mental capacity?', appliesTo: 'adults', choices: YES_NO },
      ],
    },
    {
      id: 'consent',
      title: 'Consent and information sharing',
      items: [
        {
          id: 'consent.told',
          label: { child: 'Has the family been told about the referral?', adult: 'Has the adult been told about the referral?' },
          appliesTo: 'both',
          choices: YES_NO,
        },
        { id: 'consent.given', label: 'Consent to share information', appliesTo: 'both', choices: CONSENT_CHOICES },
        { id: 'consent.by-whom', label: 'If given: by whom, and for what', appliesTo: 'both' },
        { id: 'consent.reason', label: 'If not sought or refused: the reason and the lawful basis', appliesTo: 'both' },
        {
          id: 'consent.not-to-share',
          label: { child: 'Information that must not be shared with the family', adult: 'Information that must not be shared with the adult or family' },
          appliesTo: 'both',
        },
      ],
    },
    {
      id: 'referrer',
      title: 'Referrer',
      items: [
        { id: 'referrer.name', label: 'Your name', appliesTo: 'both' },
        { id: 'referrer.role', label: 'Job title or role', appliesTo: 'both' },
        { id: 'referrer.organisation', label: 'Organisation (GP practice)', appliesTo: 'both' },
        { id: 'referrer.address', label: 'Organisation address', appliesTo: 'both' },
        { id: 'referrer.phone', label: 'Phone', appliesTo: 'both' },
        { id: 'referrer.email', label: 'Email', appliesTo: 'both' },
        { id: 'referrer.availability', label: 'Working days and availability', appliesTo: 'both' },
        { id: 'referrer.dsl', label: 'Was the designated safeguarding lead consulted?', appliesTo: 'both', choices: YES_NO },
      ],
    },
  ],
};

/** The essentials of a referral (issue 13): what a front door needs before anything else. */
export const ESSENTIAL_ITEMS: readonly string[] = [
  'safety.danger',
  'safety.tonight',
  'person.name',
  'person.dob',
  'person.address',
  'concern.what',
  'consent.given',
  'referrer.name',
];

/**
 * The order sections are shown in: immediate safety and the concern first, then the rest of the
 * essentials (the person, consent, the referrer); export keeps the form's order.
 */
export const DISPLAY_FIRST: readonly string[] = ['safety', 'concern', 'person', 'consent', 'referrer'];

export function textFor(text: SubjectText, subject: Subject): string {
  return typeof text === 'string' ? text : text[subject];
}

function applies(item: ChecklistItem, subject: Subject): boolean {
  return item.appliesTo === 'both' || item.appliesTo === (subject === 'child' ? 'children' : 'adults');
}

/** The sections with only the items that apply to this subject, in MARF order. */
export function sectionsFor(checklist: Checklist, subject: Subject): ChecklistSection[] {
  return checklist.sections
    .map((s) => ({ ...s, items: s.items.filter((i) => applies(i, subject)) }))
    .filter((s) => s.items.length > 0);
}

/** As shown on screen: DISPLAY_FIRST sections first, and the essentials first in each section. */
export function displaySections(checklist: Checklist, subject: Subject): ChecklistSection[] {
  const all = sectionsFor(checklist, subject);
  const first = DISPLAY_FIRST.map((id) => all.find((s) => s.id === id)).filter((s): s is ChecklistSection => !!s);
  const essentialFirst = (s: ChecklistSection): ChecklistSection => ({
    ...s,
    items: [...s.items.filter((i) => ESSENTIAL_ITEMS.includes(i.id)), ...s.items.filter((i) => !ESSENTIAL_ITEMS.includes(i.id))],
  });
  return [...first, ...all.filter((s) => !DISPLAY_FIRST.includes(s.id))].map(essentialFirst);
}

export function itemsFor(checklist: Checklist, subject: Subject): ChecklistItem[] {
  return sectionsFor(checklist, subject).flatMap((s) => s.items);
}

export interface ConcernType {
  id: string;
  label: SubjectText;
  appliesTo: AppliesTo;
}

export const CONCERN_TYPES: readonly ConcernType[] = [
  { id: 'physical', label: 'Physical abuse', appliesTo: 'both' },
  { id: 'emotional', label: 'Emotional or psychological abuse', appliesTo: 'both' },
  { id: 'sexual', label: 'Sexual abuse', appliesTo: 'both' },
  { id: 'neglect', label: { child: 'Neglect', adult: 'Neglect or acts of omission' }, appliesTo: 'both' },
  { id: 'domestic-abuse', label: 'Domestic abuse', appliesTo: 'both' },
  {
    id: 'exploitation',
    label: { child: 'Child sexual or criminal exploitation, including county lines', adult: 'Sexual or criminal exploitation' },
    appliesTo: 'both',
  },
  { id: 'trafficking', label: 'Trafficking / modern slavery', appliesTo: 'both' },
  { id: 'fgm', label: 'Female genital mutilation (FGM)', appliesTo: 'both' },
  { id: 'forced-marriage', label: 'Forced marriage or honour-based abuse', appliesTo: 'both' },
  { id: 'radicalisation', label: 'Radicalisation', appliesTo: 'both' },
  { id: 'self-neglect', label: 'Self-neglect', appliesTo: 'adults' },
  { id: 'financial', label: 'Financial or material abuse', appliesTo: 'adults' },
  { id: 'other', label: 'Other', appliesTo: 'both' },
];

export function concernTypesFor(subject: Subject): ConcernType[] {
  return CONCERN_TYPES.filter((t) => t.appliesTo === 'both' || t.appliesTo === (subject === 'child' ? 'children' : 'adults'));
}

export interface Guidance {
  /** The item the prompt belongs beside. */
  itemId: string;
  title: string;
  lines: readonly string[];
}

// From marf.md "Indicators worth offering as prompts" (the seed area's trafficking guidance).
const ACTION_INDICATORS: Guidance = {
  itemId: 'concern.types',
  title: 'Trafficking: the ACTION indicators',
  lines: [
    'Appearance: dishevelled, clothes they could not afford, gang allegiance, dressed wrongly for the weather or their age, signs of abuse, little eye contact.',
    'Context: out of context, moved around, missing episodes, in places you would not expect.',
    'Talking: someone speaks for them; reluctant, fearful of or aggressive to authority.',
    'Identity: cannot prove it, suspicious; who they travel with; alone; from another country.',
    'Oppressed: subservient, behaviour unusual for their age, controlled or groomed.',
    'Narrative: is it credible or rehearsed; references that suggest exploitation.',
  ],
};

const NRM_CONSENT: Record<Subject, string> = {
  child: 'A child needs no consent for a National Referral Mechanism referral.',
  adult: 'An adult must consent to a National Referral Mechanism referral.',
};

const DOMESTIC_ABUSE: Guidance = {
  itemId: 'concern.types',
  title: 'Domestic abuse: what to ask about',
  lines: [
    'Emotional, financial or sexual abuse; intimidation, isolation, threats.',
    'Putting the person down, mind games, enforced isolation, withholding money.',
    'Actual or threatened harm, destroying things, threats to take the children or of suicide.',
  ],
};

// Working Together 2018, Information Sharing 2018, UK GDPR and DPA 2018 (marf.md section 8).
const LAWFUL_BASIS: Guidance = {
  itemId: 'consent.reason',
  title: 'Sharing without consent: record the reason',
  lines: [
    'Consent is not needed where seeking it would put a child or adult at increased risk of harm,',
    'would prejudice a police investigation,',
    'or would cause undue delay.',
    'Record which applies and the lawful basis (UK GDPR and the Data Protection Act 2018; Information Sharing guidance 2018).',
  ],
};

/** Prompts that help with what is ticked so far; shown beside the item they belong to. */
export function guidanceFor(
  subject: Subject,
  concernTypes: readonly string[],
  consentChoice: string | undefined,
): Guidance[] {
  const out: Guidance[] = [];
  if (concernTypes.includes('trafficking')) {
    out.push({ ...ACTION_INDICATORS, lines: [...ACTION_INDICATORS.lines, NRM_CONSENT[subject]] });
  }
  if (concernTypes.includes('domestic-abuse')) out.push(DOMESTIC_ABUSE);
  if (consentChoice === 'not-sought' || consentChoice === 'refused') out.push(LAWFUL_BASIS);
  return out;
}
