// Apart from schema.ts so opening-hours code can use the day names without loading zod.
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Day = (typeof DAY_NAMES)[number];
