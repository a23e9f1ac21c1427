// Referral drafts are never lost: the same journey in both browsers (drafts.chromium.test.mjs,
// drafts.firefox.test.mjs). Each test types patient-like text and checks it is still there
// after the page is closed mid-word and after the browser restarts.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, makeProfileDir, readClipboard, sleep, waitFor } from './harness.mjs';
import { readLocal } from './more-pages.mjs';
import {
  buttonByName,
  byLabel,
  chooseArea,
  clickButton,
  firstNote,
  listedDrafts,
  openDraftHeading,
  openListedDraft,
  startDraft,
  waitForDrafts,
  waitForEditor,
} from './pages.mjs';

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

/**
 * The essentials of a child referral (immediate safety, the child's name, date of birth and
 * address, the concern, consent, the referrer) filled and copied with the keyboard alone, counting
 * every key pressed other than the typed text; the issue's budget is 80.
 */
export function essentialsSuite(kind) {
  describe(`the essentials of a referral by keyboard in ${kind}`, () => {
    let ext;
    before(async () => {
      ext = await launch(kind);
    });
    after(async () => {
      await ext?.close();
    });

    it('fills and copies the essentials in at most 80 key presses; the page stays short and the action bar is one Tab from the last item', async () => {
      // Setup, not counted: the practitioner's name (pre-fills "Referrer") and their area.
      const options = await ext.openPage('options.html');
      const name = await byLabel(options, 'Your name');
      await name.type('Dr Sam Patel');
      await name.dispose();
      await waitFor(async () => (await readLocal(options, 'profile'))?.name === 'Dr Sam Patel', { timeout: 8000, message: 'the profile saved' });
      await options.close();
      const page = await ext.openPage('sidepanel.html', { viewport: { width: 420, height: 900 } });
      await waitForDrafts(page);
      await chooseArea(page, 'wolverhampton');
      await (await buttonByName(page, 'New referral draft')).focus();

      let presses = 0;
      const press = async (key) => {
        presses++;
        await page.keyboard.press(key);
      };
      const shiftTab = async () => {
        presses++;
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      };
      // What has the focus: an item's status, answer, note or copy button, or a section's heading.
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          const item = el?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null;
          const section = el?.tagName === 'SUMMARY' ? el.closest('details')?.id.split('-').pop() : null;
          const part = el?.closest('.ref-status') ? 'status' : el?.closest('.ref-choice') ? 'answer' : el?.tagName === 'TEXTAREA' ? 'note' : el?.tagName.toLowerCase();
          return { item, section, part, text: el?.textContent?.trim() ?? '', bar: !!el?.closest('.ref-actionbar') };
        });
      const tabTo = async (want, { back = false, limit = 40 } = {}) => {
        for (let i = 0; i < limit; i++) {
          const now = await focused();
          if (Object.entries(want).every(([k, v]) => now[k] === v)) return;
          await (back ? shiftTab() : press('Tab'));
        }
        throw new Error(`never reached ${JSON.stringify(want)} (focus on ${JSON.stringify(await focused())})`);
      };
      const openSection = async (section) => {
        await tabTo({ section });
        await press('Enter');
      };
      const foldSection = async (section) => {
        await tabTo({ section }, { back: true });
        await press('Enter');
      };
      const write = (text) => page.keyboard.type(text);

      await press('Enter'); // New referral draft: the form opens with "Child" focused
      await waitFor(() => page.evaluate(() => document.activeElement?.id === 'new-draft-child'), { message: 'the new-draft form, on "Child"' });
      await press(' ');
      await waitFor(() => page.evaluate(() => document.getElementById('new-draft-child')?.checked), { message: '"Child" chosen' });
      await press('Enter'); // Start draft
      await waitForEditor(page);
      const newDraftHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      // Immediate safety is open: danger, then safe tonight.
      await tabTo({ item: 'safety.danger', part: 'answer' });
      await press('ArrowRight'); // No
      await tabTo({ item: 'safety.tonight', part: 'answer' });
      await press(' '); // Yes
      await openSection('concern');
      await tabTo({ item: 'concern.what', part: 'note' });
      await write('Bruise on left cheek, says dad hit her.');
      await foldSection('concern');
      await openSection('person');
      await tabTo({ item: 'person.name', part: 'note' });
      await write('Amy Jones');
      await tabTo({ item: 'person.dob', part: 'note' });
      await write('3 March 2019');
      await tabTo({ item: 'person.address', part: 'note' });
      await write('12 High Street, Wolverhampton WV1 1AA');
      await foldSection('person');
      await openSection('consent');
      await tabTo({ item: 'consent.given', part: 'answer' });
      await press('ArrowDown'); // Not sought
      await tabTo({ item: 'consent.given', part: 'status' }, { back: true });
      // The last item: one Tab past its Copy button reaches the action bar.
      await tabTo({ item: 'consent.given', part: 'button' });
      await foldSection('consent');
      await tabTo({ part: 'button', text: 'Copy referral text' });
      if (kind === 'firefox') {
        await page.evaluate(() => {
          const write = navigator.clipboard.writeText.bind(navigator.clipboard);
          navigator.clipboard.writeText = (text) => ((globalThis.__copied = text), write(text));
        });
      }
      await press('Enter');
      console.log(`${kind}: the essentials filled and copied in ${presses} key presses besides the typed text`);
      assert.ok(presses <= 80, `${presses} key presses (budget 80)`);

      const copied =
        kind === 'firefox'
          ? await waitFor(() => page.evaluate(() => globalThis.__copied), { message: 'text handed to the clipboard' })
          : await waitFor(async () => (await readClipboard(ext, page)).includes('Amy Jones') && readClipboard(ext, page), { message: 'the clipboard' });
      const expected = [
        'Immediate safety',
        'Is anyone in immediate danger? No',
        'Is the child safe tonight? Yes',
        '',
        'Telephone referral',
        /^Front door phoned: Children's MASH \(Multi-Agency Safeguarding Hub\) 01902 555392$/,
        /^Date and time of the call: \w+day \d{1,2} \w+ 20\d\d at \d\d:\d\d \(UK time\)$/,
        /^Deadline for the written referral: Due by .* \(UK time\), within 24 hours of the phone call$/,
        'Online form to submit: Multi-Agency Referral Form (MARF)',
        '',
        'The child',
        "Child's full name: Amy Jones",
        "Child's date of birth (or expected date of delivery for an unborn baby): 3 March 2019",
        "Child's address and postcode: 12 High Street, Wolverhampton WV1 1AA",
        '',
        'The concern',
        'What you are worried about, in plain facts: Bruise on left cheek, says dad hit her.',
        '',
        'Consent and information sharing',
        'Consent to share information: Not sought',
        '',
        'Referrer',
        'Your name: Dr Sam Patel',
        '',
        /^Not yet known: \d+ other questions\.$/,
      ];
      const lines = copied.trimEnd().split('\n');
      assert.equal(lines.length, expected.length, `the copied text:\n${copied}`);
      expected.forEach((want, i) =>
        want instanceof RegExp ? assert.match(lines[i], want, `line ${i + 1}`) : assert.equal(lines[i], want, `line ${i + 1}`),
      );

      // The action bar is one Tab from the last item of the draft (the last section opened).
      await page.evaluate(() => {
        const last = [...document.querySelectorAll('details.ref-section')].at(-1);
        last.open = true;
        [...last.querySelectorAll('textarea')].at(-1).focus();
      });
      await page.keyboard.press('Tab');
      const afterLast = await focused();
      // (It may still read "Copied" from a moment ago.)
      assert.ok(afterLast.bar && /^(Copy referral text|Copied)$/.test(afterLast.text), `one Tab from the last item reaches the action bar: ${JSON.stringify(afterLast)}`);

      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${kind}: side panel height at 420 × 900 with a new draft open: ${newDraftHeight} px; after this session: ${height} px`);
      assert.ok(newDraftHeight <= 4500, `page height with a new draft open ${newDraftHeight} px (budget 4500)`);
      await page.close();
    });
  });
}
