#!/usr/bin/env node
// `node tests/bench/analyze.mjs [popup|sidepanel|options]`: which source modules make up a page's
// first load. Builds once more with source maps into a temporary folder (the real build is left
// alone), walks the page's first-load chunks like sizes.mjs, and attributes every output byte to
// the source it came from. Gzip cannot be split per module; the "alone gzip" column compresses
// each module's output on its own, an upper bound that still ranks them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, pageSizes, table } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const page = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'popup';
// --detail=zod lists that package's files one by one instead of as one line.
const detail = process.argv.find((a) => a.startsWith('--detail='))?.split('=')[1];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes one line's segments of a source map "mappings" string. */
function decodeLine(line, state) {
  const segments = [];
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.col += values[0];
    if (values.length >= 4) {
      state.src += values[1];
      segments.push({ col: state.col, src: state.src });
    } else segments.push({ col: state.col, src: -1 });
  }
  return segments;
}

/** Output bytes of `code` per source file of `map`. */
export function attribute(code, map) {
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const state = { col: 0, src: 0 };
  const bytes = new Map();
  const text = new Map();
  const add = (src, s) => {
    const name = src < 0 ? '(bundler glue)' : map.sources[src];
    bytes.set(name, (bytes.get(name) ?? 0) + Buffer.byteLength(s));
    text.set(name, (text.get(name) ?? '') + s);
  };
  lines.forEach((line, i) => {
    state.col = 0;
    const segs = decodeLine(mapLines[i] ?? '', state);
    if (!segs.length) return add(-1, `${line}\n`);
    add(-1, line.slice(0, segs[0].col));
    segs.forEach((s, j) => add(s.src, line.slice(s.col, segs[j + 1]?.col ?? line.length) + (j === segs.length - 1 ? '\n' : '')));
  });
  return { bytes, text };
}

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
const collect = {
  name: 'sc-bench-analyze',
  generateBundle(_, bundle) {
    for (const out of Object.values(bundle)) {
      if (out.type === 'chunk') rendered.set(out.fileName, out.modules);
    }
  },
};
try {
  const { build } = await import('wxt');
  const quiet = { ...console, info() {}, success() {}, warn() {}, debug() {}, log() {}, start() {}, box() {} };
  await build({ root: ROOT, outDir, vite: () => ({ build: { sourcemap: true }, plugins: [collect] }), logger: quiet });
  const ext = join(outDir, 'chrome-mv3');
  const sizes = pageSizes(ext, `${page}.html`);
  const minified = new Map();
  const renderedBytes = new Map();
  const renderedText = new Map();
  const bump = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);
  for (const f of sizes.js) {
    const code = readFileSync(join(ext, f.file), 'utf8');
    for (const [id, mod] of Object.entries(rendered.get(f.file) ?? {})) {
      const g = group(id.replace(/^\0/, '').replace(ROOT + '/', '').replace(/\?.*$/, ''));
      bump(renderedBytes, g, mod.renderedLength);
      renderedText.set(g, (renderedText.get(g) ?? '') + (mod.code ?? ''));
    }
    try {
      const map = JSON.parse(readFileSync(join(ext, `${f.file}.map`), 'utf8'));
      for (const [src, n] of attribute(code, map).bytes) bump(minified, group(src.replace(/^(\.\.\/)+/, '').replace(ROOT.slice(1) + '/', '')), n);
    } catch {
      bump(minified, f.file, f.raw);
    }
  }
  const rows = [...renderedBytes.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((t, [, n]) => t + n, 0);
  const jsRaw = sizes.js.reduce((t, f) => t + f.raw, 0);
  const top = rows.slice(0, 25).map(([name, n]) => [
    name,
    kb(n),
    `${((n / total) * 100).toFixed(1)}%`,
    kb(gzipSync(renderedText.get(name) ?? '', { level: 9 }).length),
    minified.has(name) ? kb(minified.get(name)) : '-',
  ]);
  console.log(`${page}: first-load JS ${kb(jsRaw)} KB minified, ${kb(total)} KB rendered, in ${sizes.js.length} chunks (+ CSS ${kb(sizes.css.reduce((t, c) => t + c.raw, 0))} KB)\n`);
  console.log(table([['source', 'rendered KB', 'share', 'alone gzip KB', 'minified KB (source map)'], ...top]));
  if (rows.length > top.length) console.log(`… and ${rows.length - top.length} smaller sources`);
  console.log('\n"minified KB" follows the source map; code without a map (JSON data) is counted under the module before it.');
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
