// "Search contacts" as a practitioner expects it: whole words and word beginnings (so "DV" is not
// found in "advice"), the words they use ("DV", "MARAC", "county lines") from a list kept in data/,
// a slip of one letter forgiven in longer words, numbers by their digits, and the best match first
// across every group: a service's name before its topics, its topics before its notes.
import terms from '@/data/search-terms.json';
import type { Contact } from './schema';

interface SearchTerms {
  synonyms: string[][];
  roleTerms: { children: string[]; adults: string[] };
}

const TERMS = terms as unknown as SearchTerms;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9'+]+/g, ' ')
    .trim();

interface Indexed {
  name: string[];
  topics: string[];
  notes: string[];
  digits: string;
}

const cache = new WeakMap<Contact, Indexed>();

function roleTermsFor(c: Contact): string[] {
  if (c.role !== 'front-door' && c.role !== 'out-of-hours') return [];
  const { children, adults } = TERMS.roleTerms;
  return c.audience === 'children' ? children : c.audience === 'adults' ? adults : [...children, ...adults];
}

function indexed(c: Contact): Indexed {
  let i = cache.get(c);
  if (!i) {
    const phones = [c.phone ?? '', ...(c.otherPhones ?? []).map((o) => o.phone)];
    i = {
      name: [norm(c.name)],
      topics: [...(c.topics ?? []), ...roleTermsFor(c)].map(norm),
      notes: [norm(c.notes ?? '')],
      digits: phones.map((p) => p.replace(/\D/g, '')).join(' '),
    };
    cache.set(c, i);
  }
  return i;
}

/** One letter added, dropped or changed: "domestc" is "domestic". */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Does `term` (normalised, one or more words) occur in `text` at word boundaries? Two-letter
 * words ("DV", "DA") match whole words only; longer ones also the start of a word ("adv" finds
 * "advice"), and from five letters with one letter wrong.
 */
function occurs(term: string, text: string): boolean {
  const want = term.split(' ');
  const words = text.split(' ');
  for (let start = 0; start + want.length <= words.length; start++) {
    const ok = want.every((w, k) => {
      const word = words[start + k]!;
      if (w.length <= 2) return word === w;
      const last = k === want.length - 1;
      return word === w || (last && word.startsWith(w)) || (w.length >= 5 && nearlyEqual(w, word.slice(0, Math.max(w.length, word.length))));
    });
    if (ok) return true;
  }
  return false;
}

/** The query and the words that mean the same (every synonym group the query is in). */
function expansions(query: string): string[] {
  const q = norm(query);
  const out = new Set([q]);
  for (const group of TERMS.synonyms) {
    const normalised = group.map(norm);
    if (normalised.some((t) => t === q || occurs(q, t) || occurs(t, q))) for (const t of normalised) out.add(t);
  }
  return [...out];
}

export interface SearchHit {
  contact: Contact;
  /** Higher is better: name or number 3, the words typed among its topics 2.5, a synonym in its name 2, in its topics 1.5, in its notes 1. */
  score: number;
}

/** Every contact the query finds, best first (stable within a score). */
export function searchContacts(contacts: readonly Contact[], query: string): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed) return contacts.map((contact) => ({ contact, score: 0 }));
  const digits = trimmed.replace(/^\+44\s*(\(0\))?\s*/, '0').replace(/[\s()\-.]/g, '');
  const numeric = /^\d{3,}$/.test(digits);
  const q = norm(trimmed);
  const alts = expansions(trimmed);
  const hits: (SearchHit & { at: number })[] = [];
  contacts.forEach((contact, at) => {
    const i = indexed(contact);
    let score = 0;
    if (numeric && i.digits.split(' ').some((d) => d.includes(digits))) score = 3;
    else if (i.name.some((t) => occurs(q, t) || (q.length >= 4 && t.replace(/ /g, '').includes(q.replace(/ /g, ''))))) score = 3;
    else if (i.topics.some((t) => occurs(q, t) || occurs(t, q))) score = 2.5;
    else if (alts.some((a) => i.name.some((t) => occurs(a, t)))) score = 2;
    else if (alts.some((a) => i.topics.some((t) => occurs(a, t)))) score = 1.5;
    else if (alts.some((a) => i.notes.some((t) => occurs(a, t)))) score = 1;
    if (score > 0) hits.push({ contact, score, at });
  });
  return hits.sort((a, b) => b.score - a.score || a.at - b.at).map(({ contact, score }) => ({ contact, score }));
}
