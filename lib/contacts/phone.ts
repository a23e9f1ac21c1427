// Kept apart from schema.ts so the popup can dial without shipping the whole data schema.

/** The number as dialled: E.164 for national numbers, the digits for short codes (999, 101). */
export function toTel(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `+44${digits.slice(1)}` : digits;
}
