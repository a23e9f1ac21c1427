#!/usr/bin/env node
// `npm run size`: the deterministic half of the benchmark. After `npm run build`, checks the
// first-load gzip size (JS + CSS) of the popup and the side panel against tests/bench/budgets.json,
// with the very code the benchmark uses. Exits 1 when a budget is exceeded. No timings.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSizeBudgets, extensionSizes, formatSizeTable, kb } from '../tests/bench/sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? '.output/chrome-mv3');
const { size: budgets } = JSON.parse(readFileSync(join(root, 'tests/bench/budgets.json'), 'utf8'));

if (!existsSync(join(outDir, 'manifest.json'))) {
  console.error(`No build in ${outDir}: run "npm run build" first.`);
  process.exit(2);
}

const sizes = extensionSizes(outDir);
console.log(formatSizeTable(sizes, budgets));
console.log('(KB = 1024 bytes; first load = module script + static imports + modulepreloads + CSS, gzip -9 per file)');

const failures = checkSizeBudgets(sizes, budgets).filter((c) => !c.pass);
for (const name of Object.keys(sizes)) {
  if (sizes[name].missing.length) {
    console.error(`${name}: referenced but missing from the build: ${sizes[name].missing.join(', ')}`);
    failures.push({ name, gzip: null, limit: 0 });
  }
}
if (failures.length) {
  for (const f of failures) {
    if (f.gzip === null) continue;
    const biggest = [...sizes[f.name].js, ...sizes[f.name].css].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
    console.error(
      `\nSize budget exceeded: ${f.name} loads ${kb(f.gzip)} KB gzip before its first paint; the budget is ${kb(f.limit)} KB ` +
        `(${budgets[f.name].why}).\n  Largest files: ${biggest.map((b) => `${b.file} ${kb(b.gzip)} KB`).join(', ')}.\n` +
        '  Move what the first screen does not need behind a dynamic import(): zod (even zod/mini: once a page imports it\n' +
        '  at all, it loads every zod feature any page uses, shared chunks are per module) and data the first screen does not show.\n' +
        `  Module by module: node tests/bench/analyze.mjs ${f.name}`,
    );
  }
  process.exit(1);
}
console.log('\nSize budgets: pass.');
