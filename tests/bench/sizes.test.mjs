// node --test tests/bench/sizes.test.mjs: the size walk the budget check relies on, on a tiny
// hand-built output folder shaped like Vite's.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkSizeBudgets, findHtmlAssets, findImports, pageSizes } from './sizes.mjs';

test('finds static and dynamic imports in minified chunks', () => {
  const code =
    'import{a as b,c}from"./preferences-X.js";import"./days-Y.js";export*from"../chunks/re-export.js";' +
    'const t=()=>import("./postcode-districts-Z.js");const s="import from ./not-a-chunk";';
  assert.deepEqual(findImports(code), {
    statics: ['./preferences-X.js', './days-Y.js', '../chunks/re-export.js'],
    dynamics: ['./postcode-districts-Z.js'],
  });
});

test('reads module scripts, modulepreloads and stylesheets from a page', () => {
  const html =
    '<script type="module" crossorigin src="/chunks/popup.js"></script>' +
    '<link rel="modulepreload" crossorigin href="/chunks/shared.js"><link rel="stylesheet" href="/assets/app.css">';
  assert.deepEqual(findHtmlAssets(html), { scripts: ['/chunks/popup.js'], preloads: ['/chunks/shared.js'], styles: ['/assets/app.css'] });
});

test('first load counts the page script, its static imports and CSS once; lazy chunks apart', () => {
  const out = mkdtempSync(join(tmpdir(), 'sc-sizes-'));
  mkdirSync(join(out, 'chunks'));
  mkdirSync(join(out, 'assets'));
  writeFileSync(
    join(out, 'popup.html'),
    '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/shared.js"><link rel="stylesheet" href="/assets/app.css">',
  );
  writeFileSync(join(out, 'chunks/popup.js'), 'import{x}from"./shared.js";import"./tiny.js";x();');
  writeFileSync(join(out, 'chunks/shared.js'), 'export const x=()=>import("./table.js");');
  writeFileSync(join(out, 'chunks/tiny.js'), 'export{};');
  writeFileSync(join(out, 'chunks/table.js'), `import"./shared.js";import"./table-extra.js";export default ${JSON.stringify('d'.repeat(5000))};`);
  writeFileSync(join(out, 'chunks/table-extra.js'), 'export{};');
  writeFileSync(join(out, 'assets/app.css'), 'body{margin:0}');

  const s = pageSizes(out, 'popup.html');
  assert.deepEqual(s.js.map((f) => f.file), ['chunks/popup.js', 'chunks/shared.js', 'chunks/tiny.js']);
  assert.deepEqual(s.css.map((f) => f.file), ['assets/app.css']);
  // shared.js is already loaded, so the lazy cost is the table and its own extra import only.
  assert.deepEqual(s.lazy.map((f) => f.file), ['chunks/table-extra.js', 'chunks/table.js']);
  assert.equal(s.firstLoad.raw, [...s.js, ...s.css].reduce((t, f) => t + f.raw, 0));
  assert.ok(s.firstLoad.gzip > 0);
  assert.deepEqual(s.missing, []);

  const [check] = checkSizeBudgets({ popup: s }, { popup: { gzipKB: 0.01 } });
  assert.equal(check.pass, false);
  assert.equal(checkSizeBudgets({ popup: s }, { popup: { gzipKB: 30 } })[0].pass, true);
});
