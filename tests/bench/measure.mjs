// In-page measurements. Every time is in the page's own clock (performance.now(), ms since
// navigation start), read from paint entries and a MutationObserver installed before any of the
// page's own code runs; nothing in the product is switched or patched for the benchmark.

export const NUMBERS_MARK = 'sc:numbers-shown';

/** Runs in the page before its own scripts (evaluateOnNewDocument). */
function probe(wantDrafts) {
  const b = {
    fcp: null,
    callNowAtFcp: null,
    callNowAt: null,
    numbersAt: null,
    draftsAt: null,
    lastInputAt: null,
  };
  window.__bench = b;
  const hasCallNow = () => {
    for (const h of document.querySelectorAll('h2')) if (h.textContent.trim() === 'Call now') return true;
    return false;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint' && b.fcp === null) {
        b.fcp = e.startTime;
        b.callNowAtFcp = hasCallNow();
      }
    }
  }).observe({ type: 'paint', buffered: true });
  const check = () => {
    const t = performance.now();
    if (b.callNowAt === null && hasCallNow()) b.callNowAt = t;
    if (b.numbersAt === null && document.querySelector('.call-now a[href^="tel:"]')) b.numbersAt = t;
    if (wantDrafts && b.draftsAt === null && document.querySelectorAll('.ref-list__item').length >= wantDrafts) b.draftsAt = t;
    if (b.callNowAt !== null && b.numbersAt !== null && (!wantDrafts || b.draftsAt !== null)) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Autosave: the last keystroke as the page saw it, on the epoch clock the service worker shares.
  document.addEventListener('input', () => (b.lastInputAt = Date.now()), true);
}

/**
 * Opens `url` in a fresh page and returns its first-paint figures. `wantDrafts` also waits for
 * that many drafts in the list. The page is closed unless `keepOpen`.
 */
export async function measurePage(browser, url, { wantDrafts = 0, timeoutMs = 5_000, keepOpen = false } = {}) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(probe, wantDrafts);
  await page.goto(url, { waitUntil: 'load' });
  let timedOut = false;
  try {
    await page.waitForFunction(
      (want) => {
        const b = window.__bench;
        return b && b.fcp !== null && b.numbersAt !== null && (!want || b.draftsAt !== null);
      },
      { polling: 10, timeout: timeoutMs },
      wantDrafts,
    );
  } catch {
    timedOut = true;
  }
  const figures = await page.evaluate((mark) => {
    const b = window.__bench;
    const m = performance.getEntriesByName(mark, 'mark')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    // Module scripts run before DOMContentLoaded: its start is when the page's own code is done.
    const scriptsLoaded = Math.max(0, ...performance.getEntriesByType('resource').filter((e) => /\.js$/.test(e.name)).map((e) => e.responseEnd));
    return { ...b, lastInputAt: undefined, mark: m ? m.startTime : null, responseEnd: nav?.responseEnd ?? null, scriptsLoaded, dcl: nav?.domContentLoadedEventStart ?? null };
  }, NUMBERS_MARK);
  if (!keepOpen) await page.close();
  return { ...figures, timedOut, page: keepOpen ? page : null };
}
