import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs` so "3 h left" stays true while a page is open. */
export function useNow(now: () => Date, everyMs = 30_000): Date {
  const [at, setAt] = useState(now);
  useEffect(() => {
    const id = setInterval(() => setAt(now()), everyMs);
    return () => clearInterval(id);
  }, [now, everyMs]);
  return at;
}
