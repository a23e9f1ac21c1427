#!/usr/bin/env node
// Derives data/postcode-districts.json: postcode district (outward code) → the councils that run
// safeguarding there, from the NHS COVID-19 app's district → lower-tier authority table.
//
//   npm run data:postcodes                              write data/postcode-districts.json
//   node scripts/derive-postcodes.mjs --out FILE        write FILE instead
//   node scripts/derive-postcodes.mjs --check           exit 1 if the committed file is out of date
//
// Plain Node, no dependencies, so anyone can re-run it after changing the source or an area.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');
const INPUT = join(DATA, 'source', 'postcode-district-local-authorities.json');
const LICENSE = join(DATA, 'source', 'postcode-district-local-authorities.LICENSE');
const OUTPUT = join(DATA, 'postcode-districts.json');
const AREAS = join(DATA, 'areas');

/**
 * Where safeguarding is not run by the lower-tier authority of the January 2021 source: two-tier
 * districts belong to their county council, and districts abolished since (Northamptonshire 2021;
 * Cumbria, North Yorkshire and Somerset 2023) to the unitary council that replaced them. Codes from
 * the ONS local authority district to county lookups and the reorganisation orders. Every E07 code
 * in the source is listed exactly once (checked below).
 */
export const COUNTIES = {
  E10000003: { name: 'Cambridgeshire', districts: ['E07000008', 'E07000009', 'E07000010', 'E07000011', 'E07000012'] },
  E10000007: { name: 'Derbyshire', districts: ['E07000032', 'E07000033', 'E07000034', 'E07000035', 'E07000036', 'E07000037', 'E07000038', 'E07000039'] },
  E10000008: { name: 'Devon', districts: ['E07000040', 'E07000041', 'E07000042', 'E07000043', 'E07000044', 'E07000045', 'E07000046', 'E07000047'] },
  E10000011: { name: 'East Sussex', districts: ['E07000061', 'E07000062', 'E07000063', 'E07000064', 'E07000065'] },
  E10000012: { name: 'Essex', districts: ['E07000066', 'E07000067', 'E07000068', 'E07000069', 'E07000070', 'E07000071', 'E07000072', 'E07000073', 'E07000074', 'E07000075', 'E07000076', 'E07000077'] },
  E10000013: { name: 'Gloucestershire', districts: ['E07000078', 'E07000079', 'E07000080', 'E07000081', 'E07000082', 'E07000083'] },
  E10000014: { name: 'Hampshire', districts: ['E07000084', 'E07000085', 'E07000086', 'E07000087', 'E07000088', 'E07000089', 'E07000090', 'E07000091', 'E07000092', 'E07000093', 'E07000094'] },
  E10000015: { name: 'Hertfordshire', districts: ['E07000095', 'E07000096', 'E07000098', 'E07000099', 'E07000102', 'E07000103', 'E07000240', 'E07000241', 'E07000242', 'E07000243'] },
  E10000016: { name: 'Kent', districts: ['E07000105', 'E07000106', 'E07000107', 'E07000108', 'E07000109', 'E07000110', 'E07000111', 'E07000112', 'E07000113', 'E07000114', 'E07000115', 'E07000116'] },
  E10000017: { name: 'Lancashire', districts: ['E07000117', 'E07000118', 'E07000119', 'E07000120', 'E07000121', 'E07000122', 'E07000123', 'E07000124', 'E07000125', 'E07000126', 'E07000127', 'E07000128'] },
  E10000018: { name: 'Leicestershire', districts: ['E07000129', 'E07000130', 'E07000131', 'E07000132', 'E07000133', 'E07000134', 'E07000135'] },
  E10000019: { name: 'Lincolnshire', districts: ['E07000136', 'E07000137', 'E07000138', 'E07000139', 'E07000140', 'E07000141', 'E07000142'] },
  E10000020: { name: 'Norfolk', districts: ['E07000143', 'E07000144', 'E07000145', 'E07000146', 'E07000147', 'E07000148', 'E07000149'] },
  E10000024: { name: 'Nottinghamshire', districts: ['E07000170', 'E07000171', 'E07000172', 'E07000173', 'E07000174', 'E07000175', 'E07000176'] },
  E10000025: { name: 'Oxfordshire', districts: ['E07000177', 'E07000178', 'E07000179', 'E07000180', 'E07000181'] },
  E10000028: { name: 'Staffordshire', districts: ['E07000192', 'E07000193', 'E07000194', 'E07000195', 'E07000196', 'E07000197', 'E07000198', 'E07000199'] },
  E10000029: { name: 'Suffolk', districts: ['E07000200', 'E07000202', 'E07000203', 'E07000244', 'E07000245'] },
  E10000030: { name: 'Surrey', districts: ['E07000207', 'E07000208', 'E07000209', 'E07000210', 'E07000211', 'E07000212', 'E07000213', 'E07000214', 'E07000215', 'E07000216', 'E07000217'] },
  E10000031: { name: 'Warwickshire', districts: ['E07000218', 'E07000219', 'E07000220', 'E07000221', 'E07000222'] },
  E10000032: { name: 'West Sussex', districts: ['E07000223', 'E07000224', 'E07000225', 'E07000226', 'E07000227', 'E07000228', 'E07000229'] },
  E10000034: { name: 'Worcestershire', districts: ['E07000234', 'E07000235', 'E07000236', 'E07000237', 'E07000238', 'E07000239'] },
  E06000061: { name: 'North Northamptonshire', districts: ['E07000150', 'E07000152', 'E07000153', 'E07000156'] },
  E06000062: { name: 'West Northamptonshire', districts: ['E07000151', 'E07000154', 'E07000155'] },
  E06000063: { name: 'Cumberland', districts: ['E07000026', 'E07000028', 'E07000029'] },
  E06000064: { name: 'Westmorland and Furness', districts: ['E07000027', 'E07000030', 'E07000031'] },
  E06000065: { name: 'North Yorkshire', districts: ['E07000163', 'E07000164', 'E07000165', 'E07000166', 'E07000167', 'E07000168', 'E07000169'] },
  E06000066: { name: 'Somerset', districts: ['E07000187', 'E07000188', 'E07000189', 'E07000246'] },
};

const ORIGIN =
  'Derived by scripts/derive-postcodes.mjs from the UKHSA NHS COVID-19 app postcode district to local authority ' +
  'table (app/src/main/assets/localAuthorities.json in ukhsa-collaboration/covid-19-app-android-ag-public, ' +
  'commit dc51f569fe3cc30d8a18e309e47cc34492a785e5, last changed 19 Jan 2021; boundaries of January 2021). ' +
  'Two-tier districts are replaced by their county council, and districts abolished in 2021 and 2023 by the unitary council that replaced them. ' +
  'MIT licence, Crown Copyright 2020: ';

/** "WV9" before "WV14", "W1" before "WA1": area letters, then district number, then any letter. */
export function compareDistricts(a, b) {
  const pa = /^([A-Z]+)(\d+)([A-Z]?)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)([A-Z]?)$/.exec(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const letters = pa[1] < pb[1] ? -1 : pa[1] > pb[1] ? 1 : 0;
  return letters || Number(pa[2]) - Number(pb[2]) || (pa[3] < pb[3] ? -1 : pa[3] > pb[3] ? 1 : 0);
}

/**
 * @param {{ localAuthorities: Record<string, { name: string }>, postcodes: Record<string, string[]> }} source
 * @param {{ id: string, councilCode: string }[]} areas
 * @param {string} licenseText
 */
export function derivePostcodeTable(source, areas, licenseText) {
  const countyOf = new Map();
  for (const [code, county] of Object.entries(COUNTIES)) {
    for (const district of county.districts) {
      if (!source.localAuthorities[district]) throw new Error(`${county.name}: district ${district} is not in the source table`);
      countyOf.set(district, code);
    }
  }

  for (const code of Object.keys(source.localAuthorities)) {
    if (code.startsWith('E07') && !countyOf.has(code)) throw new Error(`district ${code} has no county in COUNTIES`);
  }

  const councils = {};
  const districts = {};
  for (const outward of Object.keys(source.postcodes).sort(compareDistricts)) {
    const codes = new Set();
    for (const authority of source.postcodes[outward]) {
      const county = countyOf.get(authority);
      if (county) {
        codes.add(county);
        councils[county] = COUNTIES[county].name;
        continue;
      }
      const known = source.localAuthorities[authority];
      if (!known) throw new Error(`${outward}: authority ${authority} has no name in the source table`);
      codes.add(authority);
      councils[authority] = known.name;
    }
    districts[outward] = [...codes].sort();
  }

  for (const area of areas) {
    if (!councils[area.councilCode]) {
      throw new Error(`${area.id}: councilCode ${area.councilCode} is in no postcode district; check the code`);
    }
  }

  const sortedCouncils = Object.fromEntries(Object.entries(councils).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { source: ORIGIN + licenseText.trim().replace(/\s+/g, ' '), councils: sortedCouncils, districts };
}

/** Compact: the table is bundled with the extension and loaded on demand. */
export function serialise(table) {
  return JSON.stringify(table) + '\n';
}

export function readAreas(dataDir = AREAS) {
  return readdirSync(dataDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
}

export function deriveFromFiles() {
  const source = JSON.parse(readFileSync(INPUT, 'utf8'));
  return serialise(derivePostcodeTable(source, readAreas(), readFileSync(LICENSE, 'utf8')));
}

function main(args) {
  const text = deriveFromFiles();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // A missing file is out of date too.
    }
    if (current !== text) {
      console.error('data/postcode-districts.json is out of date: run `npm run data:postcodes` and commit the result.');
      process.exit(1);
    }
    console.log('data/postcode-districts.json is up to date.');
    return;
  }
  const outIndex = args.indexOf('--out');
  const target = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : OUTPUT;
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
