// Debian Chromium with the Chrome build: axe-core finds no WCAG 2.x A/AA violations in any
// view a user can reach (popup, side panel, options, postcode results, draft views).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatViolations, launchChromium, runAxe } from './harness.mjs';
import { clickButton, findPostcode, startDraft, waitForCallNow, waitForDrafts, waitForHeading } from './pages.mjs';

describe('accessibility (axe-core, WCAG 2.x A/AA) in chromium', () => {
  let ext;
  before(async () => {
    ext = await launchChromium();
  });
  after(async () => {
    await ext?.close();
  });

  const pages = [
    { path: 'popup.html', ready: waitForCallNow },
    { path: 'sidepanel.html', ready: waitForCallNow },
    { path: 'options.html', ready: waitForHeading },
  ];
  for (const { path, ready } of pages) {
    it(`${path} has no violations`, async () => {
      const page = await ext.openPage(path);
      await ready(page);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe on ${path}:\n${formatViolations(violations)}`);
      await page.close();
    });
  }

  // The states a postcode lookup leaves on screen: an error, a choice, a not-covered warning.
  for (const postcode of ['hello', 'WV14 1AA', 'EH1 1AA']) {
    it(`popup.html after looking up "${postcode}" has no violations`, async () => {
      const page = await ext.openPage('popup.html');
      await waitForCallNow(page);
      await findPostcode(page, postcode);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe on popup.html after "${postcode}":\n${formatViolations(violations)}`);
      await page.close();
    });
  }

  const expectNoViolations = async (page, what) => {
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `axe on ${what}:\n${formatViolations(violations)}`);
  };

  it('the options page with the "Add a contact" form open, and its errors, has no violations', async () => {
    const page = await ext.openPage('options.html');
    await waitForHeading(page);
    await clickButton(page, 'Add a contact');
    await expectNoViolations(page, 'the own-contact form');
    await clickButton(page, 'Save contact');
    await page.waitForSelector('.own-contacts__form .nhsuk-error-message');
    await expectNoViolations(page, 'the own-contact form with its errors');
    await page.close();
  });

  it('the area picker with its list open, at 360 px, has no violations and no name cut short', async () => {
    const page = await ext.openPage('popup.html', { viewport: { width: 360, height: 600 } });
    await waitForCallNow(page);
    await page.waitForSelector('[role="combobox"][data-area-id]');
    await page.click('[role="combobox"]', { clickCount: 3 });
    await page.keyboard.type('bournemouth');
    await page.waitForSelector('[role="option"]');
    await expectNoViolations(page, 'the area picker, open');
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[role="option"] .area-picker__name')].filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
    );
    assert.deepEqual(clipped, [], 'every option shows its whole name');
    await page.keyboard.press('Enter');
    const fits = await page.evaluate(() => {
      const input = document.querySelector('[role="combobox"]');
      return input.scrollWidth <= input.clientWidth + 1 && input.value;
    });
    assert.equal(fits, 'Bournemouth, Christchurch and Poole', 'the chosen name fits the field');
    await page.close();
  });

  it('the new referral draft form, also when it shows an error, has no violations', async () => {
    const page = await ext.openPage('sidepanel.html');
    await waitForDrafts(page);
    await clickButton(page, 'New referral draft');
    await expectNoViolations(page, 'the new draft form');
    // Submitted without saying child or adult: the error state.
    await clickButton(page, 'Start draft');
    await page.waitForSelector('.nhsuk-error-message');
    await expectNoViolations(page, 'the new draft form with an error');
    await page.close();
  });

  it('a draft editor, and its delete confirmation, have no violations', async () => {
    const page = await ext.openPage('sidepanel.html');
    await startDraft(page, { subject: 'Adult' });
    await expectNoViolations(page, 'the draft editor');
    // Every section open (with answers, so every Copy button shows), then every section folded.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details.ref-section')) d.open = true;
    });
    await page.type('textarea[aria-label="Note: Actions already taken"]', 'Called the police');
    await expectNoViolations(page, 'the draft editor, every section open');
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details.ref-section')) d.open = false;
    });
    await expectNoViolations(page, 'the draft editor, every section folded');
    await clickButton(page, 'Delete draft');
    await expectNoViolations(page, 'the delete confirmation');
    await clickButton(page, 'Yes, delete this draft');
    await page.close();
  });
});
