// The contact data that ships with the extension, imported statically so the popup can render
// "Call now" on its first paint without waiting for storage or a fetch. The JSON is not parsed
// with zod here (that would cost the popup time): tests/unit/data.test.ts validates every file.
// data/postcode-districts.json is deliberately absent: it is large and loaded only on demand.
import birmingham from '@/data/birmingham.json';
import dudley from '@/data/dudley.json';
import gloucestershire from '@/data/gloucestershire.json';
import herefordshire from '@/data/herefordshire.json';
import national from '@/data/national.json';
import sandwell from '@/data/sandwell.json';
import shropshire from '@/data/shropshire.json';
import staffordshire from '@/data/staffordshire.json';
import telfordAndWrekin from '@/data/telford-and-wrekin.json';
import walsall from '@/data/walsall.json';
import warwickshire from '@/data/warwickshire.json';
import wolverhampton from '@/data/wolverhampton.json';
import worcestershire from '@/data/worcestershire.json';
import type { Area, Contact } from './schema';

export { BANK_HOLIDAYS } from './bank-holidays';

/** The seed areas first, then their neighbours alphabetically: the order of the "Area" select. */
export const BUNDLED_AREAS: readonly Area[] = [
  wolverhampton,
  worcestershire,
  birmingham,
  dudley,
  gloucestershire,
  herefordshire,
  sandwell,
  shropshire,
  staffordshire,
  telfordAndWrekin,
  walsall,
  warwickshire,
] as unknown[] as Area[];

/** Shown in every area. */
export const NATIONAL_CONTACTS: readonly Contact[] = (national as unknown as { contacts: Contact[] }).contacts;

export function findArea(id: string): Area | undefined {
  return BUNDLED_AREAS.find((area) => area.id === id);
}
