// Referral drafts are never lost: the same journey in both browsers (drafts.chromium.test.mjs,
// drafts.firefox.test.mjs). Each test types patient-like text and checks it is still there
// after the page is closed mid-word and after the browser restarts.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, makeProfileDir, sleep, waitFor } from './harness.mjs';
import { clickButton, firstNote, listedDrafts, openDraftHeading, openListedDraft, startDraft, waitForDrafts } from './pages.mjs';

const noteValue = async (page) => {
  const note = await firstNote(page);
  try {
    return await note.evaluate((el) => el.value);
  } finally {
    await note.dispose();
  }
};

export function draftsSuite(kind) {
  describe(`referral drafts in ${kind}`, () => {
    const profile = makeProfileDir();
    let ext;
    before(async () => {
      ext = await launch(kind, { userDataDir: profile });
    });
    after(async () => {
      await ext?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    const typed = 'Bruise on left forearm, seen 10:15; says she fell off her bik';

    it('a new draft opens pre-filled with its due time, and is kept when the panel closes at once', async () => {
      const page = await ext.openPage('sidepanel.html');
      await startDraft(page, { subject: 'Child' });
      const text = await page.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
      assert.match(text, /Referral draft: child, /);
      assert.match(text, /Due by /);
      await page.close();

      // Reopened in the same browser session: back on the draft, then listed when asked.
      const again = await ext.openPage('sidepanel.html');
      await waitForDrafts(again);
      await waitFor(async () => /^Referral draft: child/.test((await openDraftHeading(again)) ?? ''), {
        message: 'the child draft open again after reopening',
      });
      await clickButton(again, 'Back to drafts');
      await waitFor(async () => (await listedDrafts(again)).some((n) => n.startsWith('Child')), {
        message: 'the child draft listed',
      });
      await again.close();
    });

    it('text typed just before the side panel is closed mid-word is there when it reopens', async () => {
      const page = await ext.openPage('sidepanel.html');
      await startDraft(page, { subject: 'Adult' });
      // Let the new draft itself be saved first: this test is about the last keystrokes.
      await sleep(1000);
      const note = await firstNote(page);
      await note.type(typed);
      await note.dispose();
      // No pause: the page goes away straight after the last keystroke.
      await page.close();

      // The side panel reopens on that draft, with the typed text and the cursor in the note.
      const again = await ext.openPage('sidepanel.html');
      await waitForDrafts(again);
      await waitFor(async () => /^Referral draft: adult/.test((await openDraftHeading(again)) ?? ''), {
        message: 'the adult draft open again, without choosing it',
      });
      await waitFor(async () => (await noteValue(again)) === typed, {
        message: `the note to read ${JSON.stringify(typed)}`,
      });
      await waitFor(() => again.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Note:') ?? false), {
        message: 'focus in the note last edited',
      });
      await again.close();
    });

    it('the drafts and their text survive a browser restart, which starts from the list, last edited first', async () => {
      await ext.close();
      ext = await launch(kind, { userDataDir: profile });
      const page = await ext.openPage('sidepanel.html');
      await waitForDrafts(page);
      await waitFor(async () => (await listedDrafts(page))[0]?.startsWith('Adult'), { message: 'the adult draft (last edited) first in the list' });
      assert.equal(await openDraftHeading(page), null, 'a browser restart shows the list, not a draft');
      await openListedDraft(page, 'Adult');
      await waitFor(async () => (await noteValue(page)) === typed, { message: 'the note after the restart' });
      await page.close();
    });

    it('"Delete draft" asks, then removes it', async () => {
      const page = await ext.openPage('sidepanel.html');
      await waitForDrafts(page);
      await openListedDraft(page, 'Adult');
      await clickButton(page, 'Delete draft');
      await clickButton(page, 'Yes, delete this draft');
      await waitForDrafts(page);
      await waitFor(async () => !(await listedDrafts(page)).some((n) => n.startsWith('Adult')), {
        message: 'the adult draft gone from the list',
      });
      await page.close();
    });

    it('made no network requests', () => {
      assert.deepEqual(ext.network.external(), [], `requests that left the device:\n${ext.network.describe()}`);
    });
  });
}
