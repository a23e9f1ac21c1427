// More ways to drive the extension pages by what the user sees (and, for fault injection, its
// storage through the page's own extension API). Complements pages.mjs.
import { waitFor, withTimeout } from './harness.mjs';
import { buttonByName } from './pages.mjs';

/**
 * A real mouse click on the button named `name`, at its place. ElementHandle.click waits for the
 * page to paint, which a tab behind another never does.
 */
export async function mouseClickButton(page, name) {
  const button = await buttonByName(page, name);
  const { x, y } = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await button.dispose();
  await withTimeout(page.mouse.click(x, y), 5000, `clicking "${name}"`).catch(() => undefined);
}

/** Opens a local web page (no network) in a new tab and makes it the window's active tab. */
export async function openWebTab(ext, title = 'Patient record E2E') {
  const page = await ext.browser.newPage();
  await page.goto(`data:text/html,<title>${title}</title><h1>${title}</h1>`);
  await page.bringToFront();
  return page;
}

/** True once the tab has gone from the browser. */
export async function isGone(ext, page) {
  return page.isClosed() || !(await ext.browser.pages()).includes(page);
}

/**
 * True once an extension page is off the screen: closed, or (when the browser refuses a
 * script's window.close()) blanked by the product's hide step.
 */
export async function isClosedOrHidden(ext, page) {
  if (await isGone(ext, page)) return 'closed';
  try {
    const hidden = await page.evaluate(
      () => document.documentElement.style.visibility === 'hidden' && document.title === '',
    );
    return hidden ? 'hidden' : false;
  } catch (error) {
    // Firefox does not report the end of an extension document to the driver (bug 1755014):
    // the page stays listed, but its browsing context is gone.
    return /no such frame|not found|closed|detached/i.test(String(error?.message)) ? 'closed' : false;
  }
}

/** The checklist note fields of the open draft: their labels ("Note: …") and values. */
export function notes(page) {
  // Only those on screen: a folded section's notes are not reachable until it is opened.
  return page.evaluate(() =>
    [...document.querySelectorAll('textarea[aria-label^="Note:"]')].filter((t) => !t.closest('details:not([open])')).map((t) => ({
      label: t.getAttribute('aria-label'),
      value: t.value,
    })),
  );
}

/** The note field labelled exactly `label`; its section is opened first if it is folded. */
export async function noteByLabel(page, label) {
  const summary = await page.evaluateHandle(
    (l) =>
      [...document.querySelectorAll('textarea[aria-label^="Note:"]')]
        .find((t) => t.getAttribute('aria-label') === l)
        ?.closest('details:not([open])')
        ?.querySelector('summary') ?? null,
    label,
  );
  const folded = summary.asElement();
  if (folded) await folded.click();
  await summary.dispose();
  return waitFor(
    async () => {
      const h = await page.evaluateHandle(
        (l) => [...document.querySelectorAll('textarea[aria-label^="Note:"]')].find((t) => t.getAttribute('aria-label') === l) ?? null,
        label,
      );
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    { message: `a note field "${label}"` },
  );
}

export async function noteValue(page, label) {
  const note = await noteByLabel(page, label);
  try {
    return await note.evaluate((el) => el.value);
  } finally {
    await note.dispose();
  }
}

/** storage.local.get(key)[key], read through an extension page's own API. */
export function readLocal(page, key) {
  return page.evaluate(async (k) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get(k))[k];
  }, key);
}

/** storage.local.set(values), written through an extension page's own API. */
export function writeLocal(page, values) {
  return page.evaluate(async (v) => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.local.set(v);
  }, values);
}

/** The text of the page's polite live regions (the Shift ×3 announcements among them). */
export function liveRegionText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live="polite"]')].map((el) => el.textContent.trim()).filter(Boolean),
  );
}

/** The whole page's visible text, whitespace collapsed. */
export function pageText(page) {
  return page.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
}
