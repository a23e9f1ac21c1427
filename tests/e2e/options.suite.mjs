// The options page in both browsers (options.chromium.test.mjs, options.firefox.test.mjs):
// its sections, the shortcuts in force, and the practitioner's details kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, waitFor } from './harness.mjs';
import { isClosedOrHidden, isGone, openWebTab } from './more-pages.mjs';
import { buttonByName, byLabel, chooseArea, waitForCallNow, waitForHeading } from './pages.mjs';

export function optionsSuite(kind) {
  describe(`options in ${kind}`, () => {
    let ext;
    before(async () => {
      ext = await launch(kind);
    });
    after(async () => {
      await ext?.close();
    });

    it('opens on install in a tab of its own (first-run setup gets the whole screen)', async () => {
      const urls = await waitFor(
        async () => {
          const found = [];
          for (const page of await ext.browser.pages()) {
            // puppeteer may report an extension page's url() as about:blank in Firefox: ask the page.
            const href = await page.evaluate(() => (window.top === window ? location.href : '')).catch(() => '');
            if (/\/options\.html$/.test(href)) found.push(href);
          }
          return found.length ? found : null;
        },
        { timeout: 10_000, message: 'the options page in a tab after install' },
      );
      assert.match(urls[0], /^(chrome|moz)-extension:\/\/[^/]+\/options\.html$/);
    });

    it('shows its heading and the sections "Your details", "Drafts", "Quick exit", "Keyboard shortcuts"', async () => {
      const page = await ext.openPage('options.html');
      await waitForHeading(page);
      const headings = await page.evaluate(() => ({
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
        h2: [...document.querySelectorAll('h2')].map((h) => h.textContent.trim()),
      }));
      assert.deepEqual(headings.h1, ['Safeguarding Companion settings']);
      for (const section of ['Your details', 'Drafts', 'Quick exit', 'Keyboard shortcuts']) {
        assert.ok(headings.h2.includes(section), `a "${section}" section in ${JSON.stringify(headings.h2)}`);
      }
      await page.close();
    });

    it('lists the quick exit key the browser actually assigned', async () => {
      const page = await ext.openPage('options.html');
      await waitForHeading(page);
      const [assigned, quickExitDescription] = await page.evaluate(async () => {
        const commands = await (globalThis.browser ?? globalThis.chrome).commands.getAll();
        const quickExit = commands.find((c) => c.name === 'quick-exit');
        return [quickExit?.shortcut ?? '', quickExit?.description ?? 'Quick exit'];
      });
      assert.ok(assigned, 'the quick exit has a key in this browser');
      // The quick exit's own line shows exactly the key the browser reports, not "Not set".
      const shown = await waitFor(
        () =>
          page.evaluate((description) => {
            const item = [...document.querySelectorAll('[data-testid="shortcuts"] .shortcuts__item')].find((li) =>
              li.textContent.includes(description),
            );
            return item?.querySelector('.shortcuts__key')?.textContent ?? null;
          }, quickExitDescription),
        { message: 'the quick exit line in the shortcuts list' },
      );
      assert.equal(shown, assigned, `the options page shows the key commands.getAll() returns (${assigned})`);
      await page.close();
    });

    it('"Your name" is kept when the options page is opened again', async () => {
      const page = await ext.openPage('options.html');
      await waitForHeading(page);
      const name = await byLabel(page, 'Your name');
      await name.type('Dr Asha Patel');
      // Saving may wait for the field to lose focus, as a user moving on would.
      await page.keyboard.press('Tab');
      await name.dispose();
      await page.close();

      await waitFor(
        async () => {
          const again = await ext.openPage('options.html');
          try {
            await waitForHeading(again);
            const field = await byLabel(again, 'Your name');
            return (await field.evaluate((el) => el.value)) === 'Dr Asha Patel';
          } finally {
            await again.close();
          }
        },
        { timeout: 8000, message: '"Your name" to read Dr Asha Patel after reopening' },
      );
    });

    it('puts Quick exit first in the tab order', async () => {
      const page = await ext.openPage('options.html');
      await waitForHeading(page);
      await page.bringToFront();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Quick exit');
      await page.close();
    });

    for (const how of ['the Quick exit button', 'Shift pressed three times']) {
      it(`${how} closes the tab the options page is in, and keeps what was typed`, async () => {
        const bystander = await openWebTab(ext, 'Bystander');
        const page = await ext.openPage('options.html');
        await waitForHeading(page);
        await page.bringToFront();
        const typed = how === 'the Quick exit button' ? 'Dr Quick' : 'Dr Shift';
        const name = await byLabel(page, 'Your name');
        await name.evaluate((el) => el.select());
        await name.type(typed);
        await name.dispose();
        if (how === 'the Quick exit button') {
          const button = await buttonByName(page, 'Quick exit');
          await button.focus();
          // The tab may be gone before the key comes back up: the driver then reports it closed.
          await page.keyboard.press('Enter').catch(() => undefined);
          await button.dispose().catch(() => undefined);
        } else {
          await page.focus('body').catch(() => undefined);
          for (let i = 0; i < 3; i++) {
            await page.keyboard.down('Shift').catch(() => undefined);
            await page.keyboard.up('Shift').catch(() => undefined);
          }
        }
        await waitFor(async () => (await isClosedOrHidden(ext, page)) !== false, { timeout: 5000, message: 'the options tab to close' });
        assert.ok(!(await isGone(ext, bystander)), 'other tabs stay');
        // Nothing typed is lost: the options page opened again shows it.
        const again = await ext.openPage('options.html');
        await waitForHeading(again);
        await waitFor(
          async () => {
            const field = await byLabel(again, 'Your name');
            const value = await field.evaluate((el) => el.value);
            await field.dispose();
            return value === typed;
          },
          { message: `"Your name" to read ${typed} after the quick exit` },
        );
        await again.close();
        await bystander.close();
      });
    }

    it('a contact added in options shows in the popup: in its list and, as a local lead, under Call now', async () => {
      const page = await ext.openPage('options.html');
      await waitForHeading(page);
      await (await buttonByName(page, 'Add a contact')).click();
      const name = await byLabel(page, 'Name');
      await name.type('Practice safeguarding lead (Dr E2E)');
      await name.dispose();
      // "Phone" is also a label in "Your details": the form's own field.
      await page.type('#own-phone', '01902 000123');
      await (await buttonByName(page, 'Save contact')).click();
      await waitFor(() => page.evaluate(() => document.body.textContent.includes('Practice safeguarding lead (Dr E2E) — 01902 000123 (All my areas)')), {
        message: 'the contact listed in options',
      });
      await page.close();
      const popup = await ext.openPage('popup.html');
      await waitForCallNow(popup);
      await chooseArea(popup, 'walsall');
      await waitFor(
        () =>
          popup.evaluate(() => {
            const group = [...document.querySelectorAll('.call-now h3')].find((h) => h.textContent === 'Your organisation');
            return !!group?.parentElement?.textContent.includes('01902 000123');
          }),
        { message: 'the local lead under Call now, "Your organisation"' },
      );
      await waitFor(() => popup.evaluate(() => document.body.textContent.includes('Added on this device')), { message: 'its card in the list' });
      await popup.close();
    });
  });
}
