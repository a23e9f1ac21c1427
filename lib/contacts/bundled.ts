// The full contact data that ships with the extension: every area file in data/ (adding a file
// adds an area), the national numbers and bank holidays. Not parsed with zod here (that would
// cost the pages time): tests/unit/data.test.ts validates every file. The popup's first paint
// uses the smaller call-now view (call-now-areas.ts); postcode-districts.json loads on demand.
import national from '@/data/national.json';
import { orderAreas } from './call-now-areas';
import type { Area, Contact } from './schema';

export { BANK_HOLIDAYS } from './bank-holidays';

const files = import.meta.glob<Area>(
  ['../../data/areas/*.json'],
  { eager: true, import: 'default' },
);

/** The seed areas first, then their neighbours alphabetically: the order of the "Area" select. */
export const BUNDLED_AREAS: readonly Area[] = orderAreas(Object.values(files));

/** Shown in every area. */
export const NATIONAL_CONTACTS: readonly Contact[] = (national as unknown as { contacts: Contact[] }).contacts;

export function findArea(id: string): Area | undefined {
  return BUNDLED_AREAS.find((area) => area.id === id);
}
