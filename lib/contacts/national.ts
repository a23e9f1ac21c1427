// The numbers shown in every area (999, 101, NSPCC, Childline, …). Loaded with the full list.
import national from '@/data/national.json';
import type { Contact } from './schema';

export const NATIONAL_CONTACTS: readonly Contact[] = (national as unknown as { contacts: Contact[] }).contacts;
