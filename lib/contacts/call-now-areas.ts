// The popup's first screen renders from this small view of the area files (built by
// scripts/vite-call-now-data.ts); the full contact list loads just after, from bundled.ts.
import type { Area, Contact } from './schema';

export type CallNowContact = Pick<Contact, 'id' | 'name' | 'audience' | 'role' | 'phone' | 'phoneOption' | 'hours' | 'confidence'>;
export type CallNowArea = Pick<Area, 'id' | 'name' | 'councilCode' | 'gaps'> & { contacts: readonly CallNowContact[] };

/** The seed areas first, then their neighbours alphabetically: the order of the "Area" select. */
const SEED_AREAS = ['wolverhampton', 'worcestershire'];

export function orderAreas<T extends { id: string; name: string }>(areas: readonly T[]): T[] {
  const seed = (a: T) => {
    const i = SEED_AREAS.indexOf(a.id);
    return i === -1 ? SEED_AREAS.length : i;
  };
  // Plain comparison, not localeCompare: a collator would load ICU data before the first paint.
  return [...areas].sort((a, b) => seed(a) - seed(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const views = import.meta.glob<CallNowArea>(
  ['../../data/areas/*.json'],
  { eager: true, import: 'default', query: '?call-now' },
);

export const CALL_NOW_AREAS: readonly CallNowArea[] = orderAreas(Object.values(views));
