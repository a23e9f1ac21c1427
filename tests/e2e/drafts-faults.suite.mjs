// Referral drafts under the faults a practitioner will meet: two panels editing one draft at
// once, copying the referral into the council's form, and a stored draft that no longer reads.
// Run by drafts-faults.chromium.test.mjs and drafts-faults.firefox.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, readClipboard, sleep, waitFor } from './harness.mjs';
import { noteByLabel, noteValue, notes, pageText, readLocal, writeLocal } from './more-pages.mjs';
import { buttonByName, byLabel, chooseArea, clickButton, openListedDraft, startDraft, waitForCallNow, waitForDrafts, waitForHeading } from './pages.mjs';

const REFERRER = 'Dr Priya Raman (E2E)';

/** Types into the note labelled `label`, with the page in front as a user switching to it. */
async function typeNote(page, label, text) {
  await page.bringToFront();
  const note = await noteByLabel(page, label);
  await note.type(text);
  await note.dispose();
}

export function draftsFaultsSuite(kind) {
  describe(`referral draft faults in ${kind}`, () => {
    let ext;
    before(async () => {
      ext = await launch(kind);
    });
    after(async () => {
      await ext?.close();
    });

    it('two side panels editing different items of one draft, turn about, keep both notes', async () => {
      const first = await ext.openPage('sidepanel.html');
      await startDraft(first, { subject: 'Child' });
      // The new draft is saved before the second panel looks for it.
      await sleep(1000);
      const second = await ext.openPage('sidepanel.html');
      await waitForDrafts(second);
      await openListedDraft(second, 'Child');

      // Two items nobody has written in yet.
      const empty = (await notes(first)).filter((n) => n.value === '').map((n) => n.label);
      assert.ok(empty.length >= 2, `two empty notes to write in: ${JSON.stringify(empty)}`);
      const [mine, theirs] = [empty[0], empty[empty.length - 1]];
      await typeNote(first, mine, 'Lives with mum ');
      await typeNote(second, theirs, 'School nurse ');
      await typeNote(first, mine, 'and two brothers');
      await typeNote(second, theirs, 'raised it on Monday');

      // Each panel follows the other's saved text.
      await waitFor(async () => (await noteValue(first, theirs)) === 'School nurse raised it on Monday', {
        timeout: 8000,
        message: 'the first panel to show the second panel’s note',
      });
      await waitFor(async () => (await noteValue(second, mine)) === 'Lives with mum and two brothers', {
        timeout: 8000,
        message: 'the second panel to show the first panel’s note',
      });
      await first.close();
      await second.close();

      const again = await ext.openPage('sidepanel.html');
      await waitForDrafts(again);
      await openListedDraft(again, 'Child');
      assert.equal(await noteValue(again, mine), 'Lives with mum and two brothers');
      assert.equal(await noteValue(again, theirs), 'School nurse raised it on Monday');
      await again.close();
    });

    it('"Copy referral text" copies the referrer, the area’s front door and the due time', async () => {
      const options = await ext.openPage('options.html');
      await waitForHeading(options);
      const name = await byLabel(options, 'Your name');
      await name.type(REFERRER);
      await name.dispose();
      await waitFor(async () => (await readLocal(options, 'profile'))?.name === REFERRER, {
        timeout: 8000,
        message: 'the profile to be saved',
      });
      await options.close();

      const page = await ext.openPage('sidepanel.html');
      await waitForCallNow(page);
      await chooseArea(page, 'wolverhampton');
      await startDraft(page, { subject: 'Child' });
      const due = (await pageText(page)).match(/Due by ([^.]*?\d{1,2}:\d{2})/)?.[1];
      assert.ok(due, 'the draft shows when it is due');

      let copied;
      if (kind === 'firefox') {
        // Firefox lets an extension read the clipboard only with the clipboardRead permission,
        // which this extension rightly does not ask for: read what the page handed to it instead.
        await page.evaluate(() => {
          const clipboard = navigator.clipboard;
          const write = clipboard.writeText.bind(clipboard);
          clipboard.writeText = (text) => {
            globalThis.__copied = text;
            return write(text);
          };
        });
        await clickButton(page, 'Copy referral text');
        copied = await waitFor(() => page.evaluate(() => globalThis.__copied), { message: 'text handed to the clipboard' });
      } else {
        await clickButton(page, 'Copy referral text');
        copied = await waitFor(
          async () => {
            const text = await readClipboard(ext, page);
            return text.includes('Your name:') && text;
          },
          { message: 'the referral text on the clipboard' },
        );
      }
      assert.match(copied, new RegExp(`Your name: ${REFERRER.replace(/[()]/g, '\\$&')}`));
      assert.match(copied, /Front door phoned: Children's MASH .*01902 555392/);
      assert.match(copied, /Deadline for the written referral: Due by .*\d{1,2}:\d{2}/);
      assert.doesNotMatch(copied, /\[(To do|Done)\]|DRAFT/, 'paste-ready: no status tags, no draft header');
      // The due time is its own fact: in Wolverhampton 24 hours after the call, never the call time.
      const callLine = copied.match(/Date and time of the call: (.*)/)?.[1];
      const dueLine = copied.match(/Deadline for the written referral: Due by ([^,\n]*)/)?.[1];
      assert.ok(callLine && dueLine && callLine !== dueLine, `call (${callLine}) and due (${dueLine}) differ`);
      const [, hhmm] = due.match(/(\d{1,2}:\d{2})/);
      assert.ok(copied.includes(hhmm), `the copied due time matches the screen (${due}):\n${copied}`);
      await page.close();
    });

    it('a stored draft that no longer reads is set aside with a notice; the good draft and its note stay', async () => {
      const page = await ext.openPage('sidepanel.html');
      await startDraft(page, { subject: 'Adult' });
      await sleep(1000);
      const label = (await notes(page)).find((n) => n.value === '')?.label;
      assert.ok(label, 'an empty note to write in');
      const typed = 'Neighbour reports shouting every night';
      await typeNote(page, label, typed);
      await waitFor(
        async () => Object.values((await readLocal(page, 'drafts'))?.drafts ?? {}).some((d) => JSON.stringify(d).includes(typed)),
        { timeout: 8000, message: 'the note to be saved' },
      );
      await page.close();

      // A second draft with a shape no version ever wrote, beside the good ones.
      const injector = await ext.openPage('options.html');
      await waitForHeading(injector);
      const stored = await readLocal(injector, 'drafts');
      const corrupt = { id: 'corrupt-e2e', subject: 'teenager', items: 'Corrupt draft text kept for export' };
      await writeLocal(injector, { drafts: { ...stored, drafts: { ...stored.drafts, 'corrupt-e2e': corrupt } } });
      await injector.close();

      const again = await ext.openPage('sidepanel.html');
      await waitForDrafts(again);
      await waitFor(async () => (await pageText(again)).includes('1 saved draft could not be read and was set aside.'), {
        timeout: 8000,
        message: 'the set-aside notice',
      });
      await openListedDraft(again, 'Adult');
      assert.equal(await noteValue(again, label), typed);

      // Never silently dropped: the raw value is there to export.
      const exportIt = await buttonByName(again, 'Export it');
      await exportIt.focus();
      await again.keyboard.press('Enter');
      const expanded = await exportIt.evaluate((el) => el.getAttribute('aria-expanded'));
      await exportIt.dispose();
      assert.equal(expanded, 'true', '"Export it" opens the export');
      const json = await byLabel(again, 'Set-aside data (JSON), to copy');
      const exported = await json.evaluate((el) => el.value);
      await json.dispose();
      assert.match(exported, /Corrupt draft text kept for export/);
      await again.close();
    });

    it('made no network requests', () => {
      assert.deepEqual(ext.network.external(), [], `requests that left the device:\n${ext.network.describe()}`);
    });
  });
}
