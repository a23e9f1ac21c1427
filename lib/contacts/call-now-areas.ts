// The shape of the small view of an area that "Call now" renders from (built per area file by
// scripts/vite-call-now-data.ts); the full contact list loads after, from areas.ts.
import type { Area, Contact } from './schema';

export type CallNowContact = Pick<Contact, 'id' | 'name' | 'audience' | 'role' | 'phone' | 'phoneOption' | 'hours' | 'confidence'>;
export type CallNowArea = Pick<Area, 'id' | 'name' | 'councilCode' | 'gaps'> & { contacts: readonly CallNowContact[] };
