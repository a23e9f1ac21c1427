// Debian Chromium with the built extension, driven by puppeteer-core (see DESIGN.md "Toolchain notes").
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * A launcher that starts Chromium at a raised priority, so other work on a shared machine
 * disturbs the timings less. Every Chromium process inherits it. Where raising it is not
 * allowed (not root), `nice` says so on stderr and Chromium runs at the normal priority.
 */
export function priorityLauncher(dir, niceness = -10) {
  const file = join(dir, 'chromium-priority.sh');
  writeFileSync(file, `#!/bin/sh\nexec nice -n ${niceness} "${CHROMIUM}" "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}

export async function launchWithExtension(extDir, { executablePath = CHROMIUM } = {}) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    args: CHROMIUM_ARGS,
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const id = new URL(target.url()).host;
  const worker = await target.worker();
  if (!worker) throw new Error('The extension service worker could not be reached');
  return { browser, id, worker, url: (path) => `chrome-extension://${id}/${path}` };
}

/** Closes every page the extension opened on its own (the first-run options page). */
export async function closeExtraPages(browser, keep = []) {
  for (const page of await browser.pages()) {
    if (!keep.includes(page)) await page.close().catch(() => undefined);
  }
}
