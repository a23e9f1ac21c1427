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
/** data/*.json files that are not areas. */
const NOT_AREAS = new Set(['national.json', 'bank-holidays.json', 'postcode-districts.json']);

/**
 * In two-tier areas safeguarding belongs to the county council, not the district in the source,
 * so these districts are replaced by their county (codes from data/README in the shared folder).
 * Other two-tier districts elsewhere in England keep their own district code and name.
 */
export const COUNTIES = {
  E10000034: {
    name: 'Worcestershire',
    districts: ['E07000234', 'E07000235', 'E07000236', 'E07000237', 'E07000238', 'E07000239'],
  },
  E10000028: {
    name: 'Staffordshire',
    districts: ['E07000192', 'E07000193', 'E07000194', 'E07000195', 'E07000196', 'E07000197', 'E07000198', 'E07000199'],
  },
  E10000013: {
    name: 'Gloucestershire',
    districts: ['E07000078', 'E07000079', 'E07000080', 'E07000081', 'E07000082', 'E07000083'],
  },
  E10000031: {
    name: 'Warwickshire',
    districts: ['E07000218', 'E07000219', 'E07000220', 'E07000221', 'E07000222'],
  },
};

const ORIGIN =
  'Derived by scripts/derive-postcodes.mjs from the UKHSA NHS COVID-19 app postcode district to local authority ' +
  'table (app/src/main/assets/localAuthorities.json in ukhsa-collaboration/covid-19-app-android-ag-public, ' +
  'commit dc51f569fe3cc30d8a18e309e47cc34492a785e5, last changed 19 Jan 2021; boundaries of January 2021). ' +
  'Districts of Worcestershire, Staffordshire, Gloucestershire and Warwickshire are replaced by their county council. ' +
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

export function readAreas(dataDir = DATA) {
  return readdirSync(dataDir)
    .filter((file) => file.endsWith('.json') && !NOT_AREAS.has(file))
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
