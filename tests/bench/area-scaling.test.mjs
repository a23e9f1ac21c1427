// node --test tests/bench/area-scaling.test.mjs (part of `npm run size`, after `npm run build`):
// adding areas must cost the popup's first paint nothing. Builds the extension again with 500
// synthetic areas beside the real ones (generated here, in a temporary folder, never shipped)
// and compares the popup's and side panel's first-load JavaScript + CSS with the real build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { pageSizes } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = join(ROOT, '.output/chrome-mv3');
const EXTRA = 500;
const MAX_GROWTH = 1024; // bytes of gzip: the "within 1 KB"

const work = mkdtempSync(join(tmpdir(), 'sc-area-scaling-'));
after(() => rmSync(work, { recursive: true, force: true }));

function syntheticAreas(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'data/areas'), dir, { recursive: true });
  const template = JSON.parse(readFileSync(join(ROOT, 'data/areas/wolverhampton.json'), 'utf8'));
  for (let i = 1; i <= EXTRA; i++) {
    const id = `synthetic-${String(i).padStart(3, '0')}`;
    const area = {
      ...template,
      id,
      name: `Synthetic Borough ${i}`,
      council: `Synthetic Borough Council ${i}`,
      contacts: template.contacts.map((c) => ({ ...c, id: c.id.replace(/^wolverhampton/, id), name: `${c.name} ${i}` })),
    };
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(area));
  }
}

test(`popup and side panel first load grow by at most ${MAX_GROWTH} B gzip with ${EXTRA} more areas`, { timeout: 300_000 }, () => {
  assert.ok(existsSync(join(REAL, 'manifest.json')), `no real build in ${REAL}: run npm run build first`);
  const areas = join(work, 'areas');
  syntheticAreas(areas);
  assert.equal(readdirSync(areas).length, readdirSync(join(ROOT, 'data/areas')).length + EXTRA);
  const out = join(work, 'output');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, SC_AREAS_DIR: areas, SC_OUT_DIR: out },
    stdio: 'pipe',
  });
  const bigBuild = join(out, 'chrome-mv3');
  // The big build really has the synthetic areas, each in its own chunk.
  const chunks = readdirSync(join(bigBuild, 'chunks'));
  assert.ok(chunks.filter((f) => f.startsWith('synthetic-')).length >= EXTRA, 'one chunk per synthetic area');
  for (const page of ['popup.html', 'sidepanel.html']) {
    const real = pageSizes(REAL, page).firstLoad.gzip;
    const big = pageSizes(bigBuild, page).firstLoad.gzip;
    console.log(`${page}: first load ${real} B gzip with the real areas, ${big} B with ${EXTRA} more (${big - real >= 0 ? '+' : ''}${big - real} B)`);
    assert.ok(big - real <= MAX_GROWTH, `${page} first load grew by ${big - real} B gzip with ${EXTRA} more areas (limit ${MAX_GROWTH})`);
  }
});
