// Ordering and filtering of the area picker's options. No data here: the first screen imports
// it, and the index itself (areas.ts) loads after the first paint.

export interface AreaIndexEntry {
  id: string;
  name: string;
  council: string;
  councilCode: string;
}

export interface PickerOption extends AreaIndexEntry {
  /** Why it is at the top: the practitioner's own area or their organisation's. */
  tag: 'your area' | "your organisation's area" | null;
}

/** The practitioner's own area and the policy's default first, then every area by name. */
export function pickerOptions(
  all: readonly AreaIndexEntry[],
  { own, policyDefault }: { own?: string | null; policyDefault?: string | null },
): PickerOption[] {
  const first: PickerOption[] = [];
  const ownEntry = all.find((a) => a.id === own);
  if (ownEntry) first.push({ ...ownEntry, tag: 'your area' });
  const policyEntry = policyDefault && policyDefault !== own ? all.find((a) => a.id === policyDefault) : undefined;
  if (policyEntry) first.push({ ...policyEntry, tag: "your organisation's area" });
  const rest = all.filter((a) => a !== ownEntry && a !== policyEntry).map((a) => ({ ...a, tag: null }));
  return [...first, ...rest];
}

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Options matching what was typed, best first: names that start with it, then names with a
 * word starting with each typed word ("kings tham" → Kingston upon Thames), then the council's
 * name ("achieving" → Kingston, Richmond). Order within a rank is the picker's order.
 */
export function filterOptions<T extends AreaIndexEntry>(options: readonly T[], typed: string): T[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [...options];
  const qWords = words(q);
  const rank = (o: T): number => {
    const name = o.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    const nameWords = words(o.name);
    if (qWords.length && qWords.every((w) => nameWords.some((n) => n.startsWith(w)))) return 1;
    if (name.includes(q)) return 2;
    const councilWords = words(o.council);
    if (qWords.length && qWords.every((w) => councilWords.some((n) => n.startsWith(w)))) return 3;
    return -1;
  };
  return options
    .map((o, i) => ({ o, i, r: rank(o) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.o);
}
