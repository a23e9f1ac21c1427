// Postcode → area. A district decides only when every council it touches is one covered area;
// otherwise the practitioner chooses. Never guess: a wrong council means a referral to the wrong door.
import { isValid, toDistrict, toOutcode, validOutcode } from 'postcode';
import type { Area, PostcodeTable } from './schema';

export interface Council {
  code: string;
  name: string;
  /** The covered area for this council, if the product has one. */
  areaId: string | null;
}

export type PostcodeResult =
  | { kind: 'invalid'; message: string }
  | { kind: 'area'; district: string; areaId: string; areaName: string }
  | { kind: 'choose'; district: string; councils: Council[] }
  | { kind: 'not-covered'; district: string; councils: Council[] }
  | { kind: 'unknown-district'; district: string };

/** Accepts a full postcode ("wv1 1aa") or just its first half ("WV14"). */
export function parseDistrict(input: string): { district: string; fallback: string | null } | { error: string } {
  // postcode's isValid and toOutcode accept any whitespace between the halves; only the bare
  // first half below needs it gone.
  const text = input.trim().toUpperCase();
  if (!text) return { error: 'Enter a postcode, for example WV1 1AA, or its first half, for example WV14.' };
  if (isValid(text)) {
    return { district: toOutcode(text) ?? text, fallback: toDistrict(text) };
  }
  const compact = text.replace(/\s/g, '');
  if (validOutcode(compact)) return { district: compact, fallback: null };
  return {
    error: `"${input.trim()}" is not a valid UK postcode. Enter a full postcode, like WV1 1AA, or its first half, like WV14.`,
  };
}

export function lookupPostcode(
  input: string,
  table: PostcodeTable,
  areas: readonly Pick<Area, 'id' | 'name' | 'councilCode'>[],
): PostcodeResult {
  const parsed = parseDistrict(input);
  if ('error' in parsed) return { kind: 'invalid', message: parsed.error };
  let district = parsed.district;
  let codes = table.districts[district];
  // Sub-districts (SW1A) may be listed under their district (SW1) only.
  if (!codes && parsed.fallback) {
    codes = table.districts[parsed.fallback];
    if (codes) district = parsed.fallback;
  }
  if (!codes || codes.length === 0) return { kind: 'unknown-district', district };

  const areaByCouncil = new Map(areas.map((a) => [a.councilCode, a] as const));
  const councils: Council[] = codes.map((code) => {
    const area = areaByCouncil.get(code);
    return { code, name: area?.name ?? table.councils[code] ?? code, areaId: area?.id ?? null };
  });
  const first = councils[0];
  // Stryker disable next-line OptionalChaining: `first.areaId` is the same: only read once councils.length === 1, so first is always there
  if (councils.length === 1 && first?.areaId) {
    return { kind: 'area', district, areaId: first.areaId, areaName: first.name };
  }
  if (councils.some((c) => c.areaId)) return { kind: 'choose', district, councils };
  return { kind: 'not-covered', district, councils };
}

/** Loaded only when someone looks up a postcode: the table is the biggest thing we ship. */
let table: Promise<PostcodeTable> | undefined;
export function loadPostcodeTable(): Promise<PostcodeTable> {
  table ??= import('../../data/postcode-districts.json').then((module) => module.default as PostcodeTable);
  return table;
}
