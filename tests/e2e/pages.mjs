// Reading and driving the popup / side panel by what the user sees (docs: briefs/ui-contract.md):
// labels, headings and accessible names, never component internals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, trace, waitFor, withTimeout } from './harness.mjs';

export const POSTCODE_RESULT = '[data-testid="postcode-result"]';

/** A driver click that fails after 10 s instead of waiting for ever (e.g. on a hidden tab). */
export async function click(handle, what = 'an element') {
  trace('click', what);
  // A tab the browser opened meanwhile (the options page on install) may have taken the front.
  await withTimeout(handle.frame.page().bringToFront(), 5000, 'bringing the tab to the front').catch(() => undefined);
  await withTimeout(handle.click(), 10000, `clicking ${what}`);
}

// Found through the DOM rather than puppeteer's ::-p-aria, which takes seconds over Firefox BiDi.

/** The form control whose <label> reads exactly `text` (the contract's field names). */
export async function byLabel(page, text, { timeout = 5000 } = {}) {
  const handle = await waitFor(
    async () => {
      const h = await page.evaluateHandle((t) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === t);
        if (!label) return null;
        return label.control ?? (label.htmlFor ? document.getElementById(label.htmlFor) : null);
      }, text);
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    { timeout, message: `a field labelled "${text}"` },
  );
  return handle;
}

/** A button whose visible text reads exactly `name`, optionally inside `within` (a CSS selector). */
export async function buttonByName(page, name, { within = 'body', timeout = 5000 } = {}) {
  return waitFor(
    async () => {
      const h = await page.evaluateHandle(
        (n, w) =>
          [...(document.querySelector(w)?.querySelectorAll('button') ?? [])].find(
            (b) => (b.getAttribute('aria-label') ?? b.textContent).replace(/\s+/g, ' ').trim() === n,
          ) ?? null,
        name,
        within,
      );
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    { timeout, message: `a button named "${name}"` },
  );
}

/** Waits until the page shows its "Call now" section (the app has rendered). */
export async function waitForCallNow(page, { timeout = 10000 } = {}) {
  await waitFor(
    () => page.evaluate(() => [...document.querySelectorAll('h2')].some((h) => h.textContent.trim() === 'Call now')),
    { timeout, message: 'the "Call now" heading' },
  );
}

/** Waits until the page has rendered its one h1. */
export async function waitForHeading(page, { timeout = 10000 } = {}) {
  await waitFor(() => page.evaluate(() => document.querySelector('h1')?.textContent.trim()), {
    timeout,
    message: 'an h1',
  });
}

/**
 * The "Call now" section as data: per audience sub-section ("Children", "Adults"), its text
 * and its tel: links with their accessible names.
 */
export function readCallNow(page) {
  return page.evaluate(() => {
    const name = (el) =>
      (el.getAttribute('aria-label') ??
        (el.getAttribute('aria-labelledby') || '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim()) ||
      el.textContent.replace(/\s+/g, ' ').trim();
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Call now');
    if (!heading) return null;
    const section = heading.closest('section') ?? heading.parentElement;
    const audiences = {};
    for (const h3 of section.querySelectorAll('h3')) {
      const box = h3.closest('section, li, div:not(.call-now)') ?? h3.parentElement;
      audiences[h3.textContent.trim()] = {
        text: box.textContent.replace(/\s+/g, ' ').trim(),
        links: [...box.querySelectorAll('a[href^="tel:"]')].map((a) => ({
          href: a.getAttribute('href'),
          name: name(a),
        })),
      };
    }
    return {
      text: section.textContent.replace(/\s+/g, ' ').trim(),
      links: [...section.querySelectorAll('a[href^="tel:"]')].map((a) => ({ href: a.getAttribute('href'), name: name(a) })),
      audiences,
    };
  });
}

/** The 999 panel: heading "Immediate danger" and its tel:999 link. */
export function readEmergencyPanel(page) {
  return page.evaluate(() => {
    const heading = [...document.querySelectorAll('h1, h2, h3')].find((h) => h.textContent.trim() === 'Immediate danger');
    if (!heading) return null;
    const box = heading.closest('section, [role="region"], aside, div') ?? heading.parentElement;
    return [...box.querySelectorAll('a[href^="tel:"]')].map((a) => ({
      href: a.getAttribute('href'),
      name: (a.getAttribute('aria-label') ?? a.textContent).replace(/\s+/g, ' ').trim(),
    }));
  });
}

/** The id of the area in force, from the picker (its data-area-id; the field shows the name). */
export async function areaValue(page) {
  const input = await byLabel(page, 'Area');
  try {
    return await input.evaluate((el) => el.getAttribute('data-area-id') || null);
  } finally {
    await input.dispose();
  }
}

export const areaName = (id) => JSON.parse(readFileSync(join(ROOT, 'data/areas', `${id}.json`), 'utf8')).name;

/** Picks an area in the "Area" picker as a user would: types part of its name, then Enter. */
export async function chooseArea(page, id, { typed } = {}) {
  // Until the stored area is read, the page shows the last one painted, which storage may correct.
  await waitFor(() => page.evaluate(() => !!document.querySelector('.area-bar[data-settled]')), { message: 'the stored area read' });
  if ((await areaValue(page)) === id) return waitForAreaNumbers(page);
  const name = areaName(id);
  const input = await byLabel(page, 'Area');
  await waitFor(() => input.evaluate((el) => !el.disabled), { message: 'the Area picker to be enabled' });
  // The list arrives just after the first paint.
  await input.evaluate((el) => {
    el.focus();
    el.select();
  });
  await input.type(typed ?? name);
  await waitFor(
    () =>
      page.evaluate((n) => {
        const active = document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '');
        return active?.querySelector('.area-picker__name')?.textContent === n;
      }, name),
    { message: `"${name}" to be the highlighted option` },
  );
  await page.keyboard.press('Enter');
  await input.dispose();
  await waitFor(async () => (await areaValue(page)) === id, { message: `the Area picker to show ${id}` });
  await waitForAreaNumbers(page);
}

/** "Call now" shows an area's routes (its chunk has arrived), not "Loading the numbers…". */
export async function waitForAreaNumbers(page, { timeout = 10000 } = {}) {
  await waitFor(() => page.evaluate(() => !!document.querySelector('.call-now h3') && !document.querySelector('.call-now[aria-busy="true"]')), {
    timeout,
    message: 'the area\'s numbers under "Call now"',
  });
}

const resultSnapshot = (page) =>
  page.evaluate(
    (sel) =>
      `${document.querySelector(sel)?.innerHTML ?? ''}|${document.querySelector('.nhsuk-error-message')?.textContent ?? ''}`,
    POSTCODE_RESULT,
  );

/** Types a postcode and presses "Find area"; resolves when the result or error has changed. */
export async function findPostcode(page, postcode) {
  const before = await resultSnapshot(page);
  const input = await byLabel(page, 'Postcode');
  await input.evaluate((el) => {
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await input.type(postcode);
  await input.dispose();
  const find = await buttonByName(page, 'Find area');
  await click(find, '"Find area"');
  await find.dispose();
  await waitFor(async () => (await resultSnapshot(page)) !== before, {
    message: `a postcode result for ${postcode}`,
  });
}

export function postcodeResult(page) {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel);
    const error = document.querySelector('.nhsuk-error-message');
    const input = document.getElementById(
      [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Postcode')?.htmlFor ?? '',
    );
    return {
      text: box?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      buttons: [...(box?.querySelectorAll('button') ?? [])].map((b) => b.textContent.trim()),
      error: error ? { id: error.id, text: error.textContent.replace(/\s+/g, ' ').trim() } : null,
      describedBy: input?.getAttribute('aria-describedby')?.split(/\s+/) ?? [],
    };
  }, POSTCODE_RESULT);
}

/** Clicks a button inside the postcode result by its visible name. */
export async function clickResultButton(page, name) {
  const button = await buttonByName(page, name, { within: POSTCODE_RESULT });
  await click(button, `"${name}"`);
  await button.dispose();
}

/** Clicks the button whose visible text reads exactly `name`. */
export async function clickButton(page, name, options) {
  const button = await buttonByName(page, name, options);
  await click(button, `"${name}"`);
  await button.dispose();
}

// ---------------------------------------------------------------------------------------------
// Referral drafts (side panel)

const DRAFTS_SECTION = 'section[aria-labelledby="referral-drafts-heading"]';

/** Waits for the side panel's "Referral drafts" section. */
export async function waitForDrafts(page, { timeout = 10000 } = {}) {
  await waitFor(
    () => page.evaluate(() => [...document.querySelectorAll('h2')].some((h) => h.textContent.trim() === 'Referral drafts')),
    { timeout, message: 'the "Referral drafts" heading' },
  );
}

/** The open draft's heading ("Referral draft: adult, Wolverhampton"), or null on the list. */
export function openDraftHeading(page) {
  return page.evaluate(() => [...document.querySelectorAll('h3')].find((h) => h.textContent.startsWith('Referral draft:'))?.textContent ?? null);
}

/** The side panel reopens on the draft left open: go back to the list first. */
async function backToList(page) {
  if (await openDraftHeading(page)) await clickButton(page, 'Back to drafts');
}

/** "New referral draft" → subject → "Start draft"; resolves when the draft's editor shows. */
export async function startDraft(page, { subject = 'Child', area = 'wolverhampton' } = {}) {
  await waitForDrafts(page);
  // A new draft's area defaults to the one chosen above; on first use there is none yet.
  if (!(await areaValue(page))) await chooseArea(page, area);
  await backToList(page);
  await clickButton(page, 'New referral draft');
  const radio = await byLabel(page, subject);
  await click(radio, `"${subject}"`);
  await radio.dispose();
  await clickButton(page, 'Start draft');
  await waitForEditor(page);
}

/** Waits for a draft editor (its "Copy referral text" button). */
export async function waitForEditor(page, { timeout = 10000 } = {}) {
  await (await buttonByName(page, 'Copy referral text', { timeout })).dispose();
}

/** The names of the drafts listed in the "Referral drafts" section. */
export function listedDrafts(page) {
  return page.evaluate((sel) => {
    const section = document.querySelector(sel) ??
      [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Referral drafts')?.closest('section');
    return [...(section?.querySelectorAll('li button') ?? [])].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
  }, DRAFTS_SECTION);
}

/**
 * Opens the first listed draft whose name starts with `prefix` (e.g. "Adult"), or the first one.
 * Where the side panel has reopened on that draft already (same browser session), keeps it.
 */
export async function openListedDraft(page, prefix = '') {
  await waitForDrafts(page);
  await waitFor(async () => (await openDraftHeading(page)) !== null || (await listedDrafts(page)).length > 0, {
    message: 'a draft or the list of drafts',
  });
  const open = await openDraftHeading(page);
  if (open && open.toLowerCase().startsWith(`referral draft: ${prefix.toLowerCase()}`)) return;
  await backToList(page);
  await waitFor(async () => (await listedDrafts(page)).some((name) => name.startsWith(prefix)), {
    message: `a listed draft starting "${prefix}"`,
  });
  const handle = await page.evaluateHandle(
    (sel, p) => {
      const section = document.querySelector(sel) ??
        [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Referral drafts')?.closest('section');
      return (
        [...(section?.querySelectorAll('li button') ?? [])].find((b) =>
          b.textContent.replace(/\s+/g, ' ').trim().startsWith(p),
        ) ?? null
      );
    },
    DRAFTS_SECTION,
    prefix,
  );
  await click(handle.asElement(), `the draft "${prefix}"`);
  await handle.dispose();
  await waitForEditor(page);
}

/** The first checklist note field of the open draft ("Note: …"). */
export async function firstNote(page) {
  return waitFor(
    async () => {
      const h = await page.evaluateHandle(() => document.querySelector('textarea[aria-label^="Note:"]'));
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    { message: 'a "Note:" field in the draft' },
  );
}
