// Build-time view of the area files: only what "Call now" needs on the popup's first paint
// (names, front doors, out-of-hours teams, their numbers and hours). The full files load after.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const CALL_NOW_QUERY = '?call-now';

interface RawContact {
  id: string;
  name: string;
  audience: string;
  role: string;
  phone?: string;
  phoneOption?: string;
  hours: { kind: string; periods?: unknown; bankHolidays?: string };
  confidence: unknown;
}

/** Keep only the fields lib/contacts/call-now-areas.ts declares; drop text the first screen never shows. */
export function toCallNowView(area: Record<string, unknown>) {
  const contacts = (area.contacts as RawContact[])
    .filter((c) => c.role === 'front-door' || c.role === 'out-of-hours')
    .map(({ id, name, audience, role, phone, phoneOption, hours, confidence }) => ({
      id,
      name,
      audience,
      role,
      phone,
      phoneOption,
      hours: { kind: hours.kind, periods: hours.periods, bankHolidays: hours.bankHolidays },
      confidence,
    }));
  return { id: area.id, name: area.name, councilCode: area.councilCode, gaps: area.gaps, contacts };
}

export function callNowData(): Plugin {
  return {
    name: 'safeguarding-call-now-data',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.json${CALL_NOW_QUERY}`)) return null;
      const file = id.slice(0, -CALL_NOW_QUERY.length);
      this.addWatchFile(file);
      const view = toCallNowView(JSON.parse(readFileSync(file, 'utf8')));
      // Still JSON: Vite's own JSON plugin turns it into a module, as for any other .json import.
      return JSON.stringify(view);
    },
  };
}
