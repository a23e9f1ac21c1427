// What a practitioner meets first after the browser starts, not the warmed-up case: a fresh
// profile and browser process for every sample. Each profile is made by one launch (the install:
// it opens the first-run options page) and closed; the measured launch is a browser *restart*,
// where nothing of the extension has run yet but its service worker's onStartup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, canPressRealKeys, pressRealKeys } from '../e2e/harness.mjs';
import { CHROMIUM } from './browser.mjs';
import { measurePage } from './measure.mjs';

const TITLE = 'Cold start bench page';

async function launch(extDir, userDataDir, { headless, executablePath = CHROMIUM }) {
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    userDataDir,
    enableExtensions: [extDir],
    args: CHROMIUM_ARGS,
  });
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  return { browser, id: new URL(target.url()).host, target };
}

/** A profile where the extension is installed and its first run is over. */
async function preparedProfile(extDir, options) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-cold-'));
  const { browser, id } = await launch(extDir, dir, options);
  // Like a practitioner who set their area on the first day and has used the popup since.
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'load' });
  await page.evaluate(() => chrome.storage.local.set({ preferences: { areaId: 'wolverhampton', retentionDays: 30 }, 'preferences$': { v: 1 } }));
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('.call-now a[href^="tel:"]', { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 300));
  await browser.close();
  return dir;
}

/**
 * The first Alt+Shift+Q after a browser restart: a real key press (headed Chromium, xdotool),
 * timed inside the service worker from the command handler to the tab removed (the run record
 * the product keeps in storage.session). Needs an X display; the bench runs itself under Xvfb.
 */
export async function measureColdQuickExit(extDir, { runs, executablePath, notes }) {
  if (!canPressRealKeys()) {
    notes.push('cold quick exit: not measured — needs an X display and xdotool (run `npm run bench` where xvfb-run is installed)');
    return { samples: [], pending: 'no X display' };
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const dir = await preparedProfile(extDir, { headless: false, executablePath });
    const { browser, target } = await launch(extDir, dir, { headless: false, executablePath });
    try {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.goto(`data:text/html,<title>${TITLE}</title><h1>${TITLE}</h1>`);
      await page.bringToFront();
      const gone = new Promise((resolve) => browser.once('targetdestroyed', resolve));
      // Keep the window when its tab closes: the neutral page would go to the network.
      const other = await browser.newPage();
      await other.goto('data:text/html,<title>Other</title>');
      await page.bringToFront();
      await pressRealKeys('alt+shift+q', { windowName: TITLE });
      await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
      const worker = await target.worker();
      const run = await worker.evaluate(async () => (await chrome.storage.session.get('quickExitLastRun')).quickExitLastRun ?? null);
      if (run && run.trigger === 'command' && run.removedTabId !== null) samples.push(Math.round(run.ms * 10) / 10);
      else notes.push(`cold quick exit: run ${i} left no record of a closed tab`);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { samples };
}

/** The popup, and the static page of the same contacts, each as the first page after a restart. */
export async function measureColdPopup(extDir, { runs, executablePath, staticPage }) {
  const popup = [];
  const stat = [];
  for (let i = 0; i < runs; i++) {
    for (const [path, into] of [
      ['popup.html', popup],
      [staticPage, stat],
    ]) {
      const dir = await preparedProfile(extDir, { headless: true, executablePath });
      const { browser, id } = await launch(extDir, dir, { headless: true, executablePath });
      try {
        const r = await measurePage(browser, `chrome-extension://${id}/${path}`);
        if (r.fcp !== null) into.push(r.fcp);
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return { popup, stat };
}
