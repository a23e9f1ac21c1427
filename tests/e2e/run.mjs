// Runs the end-to-end tests one file at a time (two real browsers on a 2-core machine), under
// a virtual X display when there is none, so headed tests can send real key presses.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXT, FIREFOX_EXT } from './harness.mjs';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const missing = [CHROME_EXT, FIREFOX_EXT].filter((dir) => !existsSync(join(dir, 'manifest.json')));

// Optional filter: `npm run test:e2e -- firefox` runs only files whose name contains "firefox".
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()
  .map((name) => join(here, name));
// process.exitCode rather than exiting at once, so output is flushed and nothing is cut short.
const problem = missing.length
  ? `E2E: ${missing.join(' and ')} missing: run npm run build && npm run build:firefox first`
  : files.length === 0
    ? `E2E: no test files in ${here} match ${filters.join(', ') || '*.test.mjs'}`
    : null;
if (problem) {
  console.error(problem);
  process.exitCode = 1;
} else {
  runTests();
}

function runTests() {
  // A run killed mid-way could leave the real-policy test's file behind, and every later
  // Chromium would start under that policy: clear it first.
  if (process.getuid?.() === 0) rmSync('/etc/chromium/policies/managed/safeguarding-companion-e2e.json', { force: true });
  // A hung browser must fail the run, not stall CI.
  const nodeArgs = ['--test', '--test-concurrency=1', '--test-timeout=90000', '--test-reporter=spec', ...files];
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  const [command, args] =
    !process.env.DISPLAY && hasXvfb
      ? ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];

  const started = Date.now();
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    console.log(`E2E: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exitCode = signal ? 1 : (code ?? 1);
  });
}
