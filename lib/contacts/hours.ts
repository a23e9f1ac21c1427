// Is a service open now, and when does that change? Worked out in UK wall-clock minutes per
// day (one interval per period per day, never a minute-by-minute walk), then only the one
// answer is turned back into an instant.
import { DAY_NAMES, type Day } from './days';
import type { Hours, Period } from './schema';
import { addUkDays, formatUkDayTime, toUkWallTime, UK_TZ, wallToInstant } from './uk-time';

export type OpenState =
  | { status: 'always' }
  | { status: 'unstated' }
  | { status: 'open'; until: Date | null }
  | { status: 'closed'; opensAt: Date | null };

const DAY_MIN = 1440;
/** How far ahead the next change is looked for; beyond it `until`/`opensAt` is null. */
export const LOOKAHEAD_DAYS = 14;

type Interval = [start: number, end: number];

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function periodInterval(p: Period, dayStart: number): Interval {
  const open = clockMinutes(p.open);
  let close = clockMinutes(p.close);
  // The schema's rule: a close at or before the open runs into the next day.
  if (close <= open) close += DAY_MIN;
  return [dayStart + open, dayStart + close];
}

function mergeSorted(list: Interval[]): Interval[] {
  list.sort((x, y) => x[0] - y[0]);
  // Stryker disable next-line ArrayDeclaration: a stray non-interval entry reads as strings, every comparison with them is false, so the merge, subtract and openState's loop all pass over it
  const out: Interval[] = [];
  for (const iv of list) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) {
      last[1] = Math.max(last[1], iv[1]);
    } else {
      out.push([iv[0], iv[1]]);
    }
  }
  return out;
}

function subtract(list: Interval[], cut: Interval): Interval[] {
  // Stryker disable next-line ArrayDeclaration: a stray non-interval entry reads as strings, every comparison with them is false, so the next subtract and openState's loop pass over it
  const out: Interval[] = [];
  for (const [s, e] of list) {
    // The part before the cut and the part after it (a span clear of the cut is one or the other, whole).
    if (s < cut[0]) out.push([s, Math.min(e, cut[0])]);
    if (e > cut[1]) out.push([Math.max(s, cut[1]), e]);
  }
  return out;
}

/**
 * Open periods in minutes from the start of `today` (UK), covering yesterday's overnight shifts
 * through the last look-ahead day, merged so a rota handed from one shift to the next reads as one span.
 */
function weeklyIntervals(
  hours: Extract<Hours, { kind: 'weekly' }>,
  today: string,
  todayIndex: number,
  bankHolidays: ReadonlySet<string>,
): Interval[] {
  // Stryker disable next-line ArrayDeclaration: a stray first entry compares as neither before nor after any interval (NaN), so the sort leaves it first and the merge and openState's loop pass over it
  const raw: Interval[] = [];
  const closedDays: Interval[] = [];
  for (let i = -1; i <= LOOKAHEAD_DAYS; i++) {
    const dayStart = i * DAY_MIN;
    const day: Day = DAY_NAMES[(((todayIndex + i) % 7) + 7) % 7]!;
    for (const p of hours.periods) {
      if (p.days.includes(day)) raw.push(periodInterval(p, dayStart));
    }
    if (hours.bankHolidays !== 'as-usual' && bankHolidays.has(addUkDays(today, i))) {
      if (hours.bankHolidays === 'open') raw.push([dayStart, dayStart + DAY_MIN]);
      else closedDays.push([dayStart, dayStart + DAY_MIN]);
    }
  }
  let merged = mergeSorted(raw);
  for (const cut of closedDays) merged = subtract(merged, cut);
  return merged;
}

export function openState(hours: Hours, now: Date, bankHolidays: ReadonlySet<string>, tz: string = UK_TZ): OpenState {
  if (hours.kind === 'always') return { status: 'always' };
  // Resolved against the front door's state by the caller (routing.ts); alone it is unknown.
  if (hours.kind === 'unstated' || hours.kind === 'outside-front-door') return { status: 'unstated' };

  const wall = toUkWallTime(now, tz);
  const todayIndex = DAY_NAMES.indexOf(wall.weekday);
  const intervals = weeklyIntervals(hours, wall.date, todayIndex, bankHolidays);
  // Days after the last one built could extend or start a span, so no answer past it.
  const known = (LOOKAHEAD_DAYS + 1) * DAY_MIN;
  const p = wall.minutes;

  const toInstant = (m: number): Date | null => {
    if (m >= known) return null;
    const base = Date.parse(`${wall.date}T00:00:00Z`) + m * 60_000;
    let t = wallToInstant(base, tz, 'earlier');
    // In the repeated autumn hour "now" may already be past the first occurrence; the second is
    // then after now, since m is a later wall-clock minute than now's.
    // Stryker disable next-line EqualityOperator,StringLiteral: `<` is the same (t can equal now only if now's wall minute were m, and m > now's); wallToInstant reads anything but 'earlier' as the later occurrence
    if (t <= now.getTime()) t = wallToInstant(base, tz, 'later');
    return new Date(t);
  };

  // Sorted and apart, so the first span not yet over is the one now is in, or the next.
  for (const [s, e] of intervals) {
    if (p < e) return s <= p ? { status: 'open', until: toInstant(e) } : { status: 'closed', opensAt: toInstant(s) };
  }
  return { status: 'closed', opensAt: null };
}

export function isOpen(state: OpenState): boolean {
  return state.status === 'always' || state.status === 'open';
}

/** The state in words; hours that are not confirmed never read like confirmed ones. */
export function hoursLabel(state: OpenState, now: Date, confidence?: 'confirmed' | 'verify'): string {
  const unsure = confidence === 'verify';
  switch (state.status) {
    case 'always':
      return unsure ? 'Probably open 24 hours — hours not confirmed' : 'Open 24 hours';
    case 'unstated':
      return 'Hours not published — check before relying';
    case 'open': {
      const until = state.until ? `until ${formatUkDayTime(state.until, now)}` : '24 hours';
      return unsure ? `Probably open ${until} — hours not confirmed` : `Open ${until}`;
    }
    case 'closed': {
      const opens = state.opensAt ? `opens ${formatUkDayTime(state.opensAt, now)}` : `no opening hours in the next ${LOOKAHEAD_DAYS} days`;
      return unsure ? `Probably closed — ${opens}` : `Closed — ${opens}`;
    }
  }
}
