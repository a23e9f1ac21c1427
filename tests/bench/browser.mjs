// Debian Chromium with the built extension, driven by puppeteer-core (see DESIGN.md "Toolchain notes").
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchWithExtension(extDir) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
