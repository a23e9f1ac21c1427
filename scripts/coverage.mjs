#!/usr/bin/env node
// Writes data/COVERAGE.md: what the area files cover, council by council, for the four routes a
// practitioner needs (children's front door and out of hours, adults' front door and out of hours).
//
//   npm run data:coverage                       write data/COVERAGE.md
//   node scripts/coverage.mjs --out FILE        write FILE instead
//
// Plain Node, no dependencies, so anyone can re-run it after editing an area file;
// tests/unit/data.test.ts fails when the committed report is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');

export const ROUTES = [
  ['children', 'front-door', "Children's front door"],
  ['children', 'out-of-hours', 'Children out of hours'],
  ['adults', 'front-door', 'Adult front door'],
  ['adults', 'out-of-hours', 'Adults out of hours'],
];

const serves = (contact, audience) => contact.audience === audience || contact.audience === 'both';
const phonesOf = (contact) => [contact.phone, ...(contact.otherPhones ?? []).map((o) => o.phone)].filter(Boolean);
// 999 and 101 are national numbers every area carries; they say nothing about local coverage.
const isLocal = (phone) => !['999', '101'].includes(phone.replace(/ /g, ''));

/** "confirmed" (a number an official page gives), "verify", or "gap" for one route of one area. */
export function routeStatus(area, audience, role) {
  const numbers = area.contacts.filter((c) => c.role === role && serves(c, audience) && phonesOf(c).some(isLocal));
  if (numbers.some((c) => c.confidence.number === 'confirmed')) return 'confirmed';
  if (numbers.length) return 'verify';
  return 'gap';
}

export function coverageReport(areas, councils) {
  const english = Object.keys(councils).filter((code) => code.startsWith('E'));
  const byCode = new Map(areas.map((a) => [a.councilCode, a]));
  const covered = english.filter((code) => byCode.has(code));
  let confirmed = 0;
  let verify = 0;
  for (const area of areas) {
    for (const contact of area.contacts) {
      const local = phonesOf(contact).filter(isLocal).length;
      if (contact.confidence.number === 'confirmed') confirmed += local;
      else verify += local;
    }
  }
  const rows = [...areas].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const statuses = rows.map((area) => ROUTES.map(([audience, role]) => routeStatus(area, audience, role)));
  const gaps = statuses.flat().filter((s) => s === 'gap').length;
  const perRoute = ROUTES.map((_, i) => statuses.filter((s) => s[i] === 'confirmed').length);
  const uncovered = english.filter((code) => !byCode.has(code)).map((code) => `${code} ${councils[code]}`);

  const lines = [
    '# Coverage of the contact data',
    '',
    'Made by `npm run data:coverage` from `data/areas/*.json`; do not edit by hand (the data test fails',
    'when this file is out of date).',
    '',
    `- Areas covered: **${covered.length} of the ${english.length}** English upper-tier councils in the postcode table.`,
    `- Numbers confirmed by an official page: **${confirmed}**; numbers marked verify: **${verify}** (999 and 101 not counted).`,
    `- Gaps (a route with no number, where the extension says what to do instead): **${gaps}** of ${rows.length * ROUTES.length} routes.`,
    `- Routes with a confirmed number: ${ROUTES.map(([, , title], i) => `${title.toLowerCase()} ${perRoute[i]}`).join(', ')}.`,
    ...(uncovered.length ? [`- Not covered yet: ${uncovered.join(', ')}.`] : []),
    '',
    'In the table: **confirmed**, at least one number for the route comes from an official page with no',
    'disagreement found (its hours may still be marked verify); **verify**, every number for it is',
    'unconfirmed (one unofficial source, sources disagree, or an old page), so the extension marks it',
    '"Verify"; **gap**, no source gave a number: Call now says so and what to do instead.',
    '',
    `| Area | Council | Police force | ${ROUTES.map(([, , title]) => title).join(' | ')} |`,
    `| --- | --- | --- | ${ROUTES.map(() => '---').join(' | ')} |`,
    ...rows.map((area, i) => `| ${[area.name, area.council, area.policeForce, ...statuses[i]].map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}

export function readAll(dataDir = DATA) {
  const areasDir = join(dataDir, 'areas');
  const areas = readdirSync(areasDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(areasDir, f), 'utf8')));
  const { councils } = JSON.parse(readFileSync(join(dataDir, 'postcode-districts.json'), 'utf8'));
  return { areas, councils };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at > -1 ? resolve(process.argv[at + 1]) : join(DATA, 'COVERAGE.md');
  const { areas, councils } = readAll();
  writeFileSync(out, coverageReport(areas, councils));
  console.log(`Wrote ${out}.`);
}
