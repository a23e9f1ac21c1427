#!/usr/bin/env node
// `node tests/bench/analyze.mjs [popup|sidepanel|options] [--detail=zod]`: which source modules
// make up a page's first load. Builds once more into a temporary folder (the real build is left
// alone), walks the page's first-load chunks like sizes.mjs, and sums Rollup's own per-module
// rendered length (after tree-shaking, before minification). Gzip cannot be split per module; the
// "alone" columns minify and compress each module's code on its own: an estimate that ranks them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildChrome } from './build.mjs';
import { kb, pageSizes, table } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const page = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'popup';
// --detail=zod lists that package's files one by one instead of as one line.
const detail = process.argv.find((a) => a.startsWith('--detail='))?.split('=')[1];

function group(source) {
  const s = source.replace(/^(\.\.\/)+/, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm && nm[1] === detail) return s.slice(s.indexOf(`node_modules/${detail}/`));
  if (nm) return `npm:${nm[1]}`;
  if (s.startsWith('data/')) return 'data/*.json';
  return s;
}

const outDir = mkdtempSync(join(tmpdir(), 'sc-analyze-'));
// Rollup's own account of each module in each chunk (rendered, before minification): exact for
// JSON data, which carries no source map.
const rendered = new Map();
const imported = new Map();
const collect = {
  name: 'sc-bench-analyze',
  generateBundle(_, bundle) {
    for (const out of Object.values(bundle)) {
      if (out.type !== 'chunk') continue;
      rendered.set(out.fileName, out.modules);
      for (const id of Object.keys(out.modules)) imported.set(id, this.getModuleInfo(id)?.importedIds ?? []);
    }
  },
};
try {
  await buildChrome({ root: ROOT, outDir, vite: () => ({ plugins: [collect] }) });
  const ext = join(outDir, 'chrome-mv3');
  const sizes = pageSizes(ext, `${page}.html`);
  const renderedBytes = new Map();
  const renderedText = new Map();
  const bump = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);
  for (const f of sizes.js) {
    for (const [id, mod] of Object.entries(rendered.get(f.file) ?? {})) {
      const g = group(id.replace(/^\0/, '').replace(ROOT + '/', '').replace(/\?.*$/, ''));
      bump(renderedBytes, g, mod.renderedLength);
      renderedText.set(g, (renderedText.get(g) ?? '') + (mod.code ?? ''));
    }
  }
  const rows = [...renderedBytes.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((t, [, n]) => t + n, 0);
  const jsRaw = sizes.js.reduce((t, f) => t + f.raw, 0);
  // esbuild comes with Vite; minifying each module alone approximates its share of the output.
  const { transform } = await import('esbuild');
  const minGzip = async (code) => {
    try {
      const min = (await transform(code, { minify: true, loader: 'js' })).code;
      return [Buffer.byteLength(min), gzipSync(min, { level: 9 }).length];
    } catch {
      return [Buffer.byteLength(code), gzipSync(code, { level: 9 }).length];
    }
  };
  const top = [];
  for (const [name, n] of rows.slice(0, 25)) {
    const [min, gz] = await minGzip(renderedText.get(name) ?? '');
    top.push([name, kb(n), `${((n / total) * 100).toFixed(1)}%`, kb(min), kb(gz)]);
  }
  console.log(`${page}: first-load JS ${kb(jsRaw)} KB minified, ${kb(total)} KB rendered, in ${sizes.js.length} chunks (+ CSS ${kb(sizes.css.reduce((t, c) => t + c.raw, 0))} KB)\n`);
  console.log(table([['source', 'rendered KB', 'share', 'minified alone KB', 'gzip alone KB'], ...top]));
  if (rows.length > top.length) console.log(`… and ${rows.length - top.length} smaller sources`);

  // Which of our own modules pull each large package onto this page.
  const pageModules = new Set(sizes.js.flatMap((f) => Object.keys(rendered.get(f.file) ?? {})));
  for (const pkg of ['zod', 'wxt', 'postcode']) {
    const ours = [...pageModules]
      .filter((id) => !id.includes('/node_modules/') && (imported.get(id) ?? []).some((dep) => dep.includes(`/node_modules/${pkg}/`)))
      .map((id) => id.replace(`${ROOT}/`, ''));
    if (ours.length) console.log(`\n${pkg} is imported on this page by: ${ours.sort().join(', ')}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
