// An organisation's corrections by policy, applied over the shipped contacts: the number or
// hours it gives replace the shipped ones, and the card says so with the organisation's note.
export interface CorrectionLike {
  contactId: string;
  phone?: string;
  otherPhones?: { label: string; phone: string }[];
  hours?: unknown;
  note: string;
}

export type Corrected<T> = T & { correction?: string };

export function applyCorrections<T extends { id: string; phone?: string; hours: unknown }>(
  contacts: readonly T[],
  corrections: readonly CorrectionLike[] | undefined,
): Corrected<T>[] {
  if (!corrections?.length) return [...contacts];
  return contacts.map((c) => {
    const fix = corrections.find((k) => k.contactId === c.id);
    if (!fix) return c;
    return {
      ...c,
      ...(fix.phone ? { phone: fix.phone } : {}),
      ...(fix.otherPhones ? { otherPhones: fix.otherPhones } : {}),
      ...(fix.hours ? { hours: fix.hours as T['hours'] } : {}),
      correction: fix.note,
    };
  });
}

/** Corrections that name no contact of the areas given (reported on the options page). */
export function unmatchedCorrections(corrections: readonly CorrectionLike[], contacts: readonly { id: string }[]): CorrectionLike[] {
  return corrections.filter((k) => !contacts.some((c) => c.id === k.contactId));
}
