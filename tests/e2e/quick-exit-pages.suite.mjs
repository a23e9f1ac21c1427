// The quick exit started from inside the extension's own pages: the "Quick exit" button, Shift
// pressed three times, and a request from another page. Each closes the web tab showing in the
// page's window and takes the extension pages off screen, and a draft typed a moment before is
// kept. Run by quick-exit-pages.chromium.test.mjs and quick-exit-pages.firefox.test.mjs.
//
// The side panel page is opened as a tab (Firefox's sidebar cannot be reached by the driver) and
// left behind the web tab, so the web tab is the active tab of the window, as it is when the real
// panel sits beside it. A script may not always close a tab (browsers refuse window.close() for a
// tab the user navigated), so "off screen" means closed or blanked by the product's hide step,
// and each test says which it saw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, sleep, trace, waitFor } from './harness.mjs';
import { isClosedOrHidden, isGone, liveRegionText, mouseClickButton, noteByLabel, noteValue, notes, openWebTab } from './more-pages.mjs';
import { firstNote, openListedDraft, startDraft, waitForCallNow, waitForDrafts } from './pages.mjs';

export function quickExitPagesSuite(kind) {
  describe(`quick exit from the extension pages in ${kind}`, () => {
    let ext;
    before(async () => {
      ext = await launch(kind);
    });
    after(async () => {
      await ext?.close();
    });

    // A tab that stays, so closing the web tab never leaves the window empty (which would open
    // the neutral https page and go to the network).
    let bystander;
    const keepOneTab = async () => {
      if (!bystander || (await isGone(ext, bystander))) {
        bystander = await ext.browser.newPage();
        await bystander.goto('data:text/html,<title>Bystander</title>');
      }
    };

    /** The side panel page in a tab, rendered, with a web tab in front of it in the same window. */
    const panelBehindWebTab = async (title) => {
      await keepOneTab();
      const panel = await ext.openPage('sidepanel.html');
      await waitForCallNow(panel);
      const web = await openWebTab(ext, title);
      return { panel, web };
    };

    const clickQuickExitButton = (page) => mouseClickButton(page, 'Quick exit');

    const expectOffScreen = async (page, what) => {
      const how = await waitFor(() => isClosedOrHidden(ext, page), { timeout: 5000, message: `${what} to close or hide` });
      trace(kind, what, how);
      return how;
    };

    it('the "Quick exit" button closes the web tab of its window, and the page itself goes', async () => {
      const { panel, web } = await panelBehindWebTab('Web tab for the button');
      await clickQuickExitButton(panel);
      await waitFor(() => isGone(ext, web), { timeout: 5000, message: 'the web tab to close' });
      const how = await expectOffScreen(panel, 'the side panel page');
      assert.ok(['closed', 'hidden'].includes(how));
      assert.ok(await bystander.evaluate(() => document.title === 'Bystander'), 'another tab stays open');
    });

    it('Shift pressed three times announces the presses left, then does the same', async () => {
      const { panel, web } = await panelBehindWebTab('Web tab for Shift');
      // Keys go to the page that has the focus; the web tab stays the active tab of the window.
      await panel.focus('body').catch(() => undefined);
      await panel.keyboard.down('Shift');
      await panel.keyboard.up('Shift');
      await waitFor(async () => (await liveRegionText(panel)).includes('Shift, press 2 more times to exit.'), {
        message: 'the live region to say "Shift, press 2 more times to exit."',
      });
      assert.ok(!(await isGone(ext, web)), 'one press closes nothing');
      for (let i = 0; i < 2; i++) {
        await panel.keyboard.down('Shift');
        await panel.keyboard.up('Shift');
      }
      await waitFor(() => isGone(ext, web), { timeout: 5000, message: 'the web tab to close' });
      await expectOffScreen(panel, 'the side panel page');
    });

    it('a quick exit requested by one page takes both the side panel and the popup off screen', async () => {
      await keepOneTab();
      const popup = await ext.openPage('popup.html');
      await waitForCallNow(popup);
      const { panel, web } = await panelBehindWebTab('Web tab for the request');
      // The same message the button sends; the background answers every page with a broadcast.
      panel
        .evaluate(() => void (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'quick-exit-request' }))
        .catch(() => undefined);
      await waitFor(() => isGone(ext, web), { timeout: 5000, message: 'the web tab to close' });
      const panelWent = await expectOffScreen(panel, 'the side panel page');
      const popupWent = await expectOffScreen(popup, 'the popup page');
      assert.ok(panelWent && popupWent);
    });

    it('a draft note typed just before the quick exit is intact afterwards', async () => {
      await keepOneTab();
      const panel = await ext.openPage('sidepanel.html');
      await startDraft(panel, { subject: 'Adult' });
      // Let the new draft itself be saved first: this test is about the last keystrokes.
      await sleep(1000);
      const note = await firstNote(panel);
      const label = await note.evaluate((el) => el.getAttribute('aria-label'));
      const before = await note.evaluate((el) => el.value);
      const typed = ' Seen with a bruise on the left cheek at 10:05; the partner answered for h';
      await note.type(typed);
      await note.dispose();
      const web = await openWebTab(ext, 'Web tab for the draft');
      // No pause between the last keystroke and the exit.
      await clickQuickExitButton(panel);
      await waitFor(() => isGone(ext, web), { timeout: 5000, message: 'the web tab to close' });
      // A page that was only hidden is closed by hand; one closing itself may still be going.
      if ((await expectOffScreen(panel, 'the side panel page')) === 'hidden') await panel.close().catch(() => undefined);

      const again = await ext.openPage('sidepanel.html');
      await waitForDrafts(again);
      await openListedDraft(again, 'Adult');
      await (await noteByLabel(again, label)).dispose();
      await waitFor(async () => (await noteValue(again, label)) === before + typed, {
        message: `the note to read ${JSON.stringify(before + typed)}`,
      }).catch(async (error) => {
        const now = (await notes(again)).find((n) => n.label === label);
        throw new Error(`${error.message}; it reads ${JSON.stringify(now?.value)}`);
      });
      await again.close();
    });

    it('made no network requests', () => {
      assert.deepEqual(ext.network.external(), [], `requests that left the device:\n${ext.network.describe()}`);
    });
  });
}
