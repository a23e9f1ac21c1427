// Reading a zone's wall clock through Intl, shared by the runtime (uk-time.ts) and the build-time
// clock-change table (scripts/vite-uk-offsets.ts) so both read it the same way.

export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** The zone's offset from UTC (ms) at a whole-minute instant. */
export function wallClockOffset(ms: number, format: Intl.DateTimeFormat): number {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0;
  for (const p of format.formatToParts(ms)) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value; break;
      case 'minute': mi = +p.value; break;
    }
  }
  return Date.UTC(y, mo - 1, d, h % 24, mi) - Math.floor(ms / 60_000) * 60_000;
}
