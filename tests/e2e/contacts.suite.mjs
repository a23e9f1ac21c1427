// The contacts journey, the same in both browsers: contacts.chromium.test.mjs and
// contacts.firefox.test.mjs each run it against their build.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, launch, makeProfileDir, readClipboard, waitFor } from './harness.mjs';
import {
  areaName,
  areaValue,
  byLabel,
  click,
  chooseArea,
  clickResultButton,
  findPostcode,
  postcodeResult,
  readCallNow,
  readEmergencyPanel,
  waitForCallNow,
} from './pages.mjs';

const PAGES = ['popup.html', 'sidepanel.html'];

// Friday 20 November 2026, 16:31 in the UK (GMT, so the same instant in UTC): Wolverhampton's
// Adult MASH closed at 16:30 on Fridays, so the Emergency Duty Team answers.
const FRIDAY_1631_UK = '2026-11-20T16:31:00Z';
const FRIDAY_1629_UK = '2026-11-20T16:29:00Z';

export function contactsSuite(kind) {
  describe(`contacts in ${kind}`, () => {
    let ext;
    before(async () => {
      // A computer in New York must still get UK answers (Firefox takes the zone at launch).
      ext = await launch(kind, kind === 'firefox' ? { timezone: 'America/New_York' } : {});
    });
    after(async () => {
      await ext?.close();
    });

    for (const path of PAGES) {
      it(`${path} shows the 999 panel and "Call now" for children and adults with tel: links`, async () => {
        const page = await ext.openPage(path);
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');

        const emergency = await readEmergencyPanel(page);
        assert.ok(emergency, 'an "Immediate danger" panel');
        assert.ok(
          emergency.some((l) => l.href === 'tel:999' && l.name === 'Call 999'),
          `a tel:999 link named "Call 999" in ${JSON.stringify(emergency)}`,
        );

        const callNow = await readCallNow(page);
        assert.deepEqual(Object.keys(callNow.audiences), ['Children', 'Adults']);
        for (const [audience, { links }] of Object.entries(callNow.audiences)) {
          assert.ok(links.length >= 1 && links.length <= 2, `${audience}: one or two numbers, got ${JSON.stringify(links)}`);
          for (const link of links) {
            assert.match(link.href, /^tel:\+44\d{9,10}$|^tel:\d{3,6}$/, `${audience}: dialable tel: ${link.href}`);
            assert.match(link.name, /^Call .+ on [\d ]+$/, `${audience}: link named after its service: ${link.name}`);
          }
        }
        await page.close();
      });
    }

    it('remembers the chosen area when the popup and side panel are opened again', async () => {
      const first = await ext.openPage('popup.html');
      await waitForCallNow(first);
      await chooseArea(first, 'worcestershire');
      await first.close();

      for (const path of PAGES) {
        const again = await ext.openPage(path);
        await waitForCallNow(again);
        // Storage is read after the first paint, so give it a moment to arrive.
        await waitFor(async () => (await areaValue(again)) === 'worcestershire', {
          message: `${path} to restore Worcestershire`,
        });
        await again.close();
      }

      const reset = await ext.openPage('popup.html');
      await waitForCallNow(reset);
      await chooseArea(reset, 'wolverhampton');
      await reset.close();
    });

    it('remembers the chosen area across a browser restart', async () => {
      const profile = makeProfileDir();
      try {
        let browser = await launch(kind, { userDataDir: profile });
        try {
          const page = await browser.openPage('popup.html');
          await waitForCallNow(page);
          await chooseArea(page, 'dudley');
        } finally {
          await browser.close();
        }
        browser = await launch(kind, { userDataDir: profile });
        try {
          const page = await browser.openPage('sidepanel.html');
          await waitForCallNow(page);
          await waitFor(async () => (await areaValue(page)) === 'dudley', { message: 'Dudley after the restart' });
        } finally {
          await browser.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    });

    it('"Copy number" puts the number on the clipboard and says so', async () => {
      const page = await ext.openPage('popup.html');
      await waitForCallNow(page);
      await chooseArea(page, 'wolverhampton');
      const button = await waitFor(
        async () => {
          const h = await page.evaluateHandle(() => {
            const card = [...document.querySelectorAll('[data-testid="contact"]')].find(
              (c) => c.querySelector('a[href="tel:+441902552999"]'),
            );
            return [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === 'Copy number') ?? null;
          });
          const el = h.asElement();
          if (!el) await h.dispose();
          return el;
        },
        { message: 'the Emergency Duty Team card with a "Copy number" button' },
      );
      await click(button, '"Copy number"');
      await button.dispose();
      const status = await waitFor(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent.trim()).find((t) => /^Copied/.test(t)),
          ),
        { message: 'a "Copied …" status message' },
      );
      assert.match(status, /Copied .*01902 552999/);
      if (kind === 'chromium') {
        assert.equal(await readClipboard(ext, page), '01902 552999');
      }
      await page.close();
    });

    it('"Quick exit" comes first in the tab order', async () => {
      const page = await ext.openPage('popup.html');
      await waitForCallNow(page);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName, name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim() };
      });
      assert.deepEqual(focused, { tag: 'BUTTON', name: 'Quick exit' });
      await page.close();
    });

    it('"Search contacts" filters by number and says how many match', async () => {
      const page = await ext.openPage('sidepanel.html');
      await waitForCallNow(page);
      await chooseArea(page, 'wolverhampton');
      const search = await byLabel(page, 'Search contacts');
      assert.equal(await search.evaluate((el) => el.type), 'search');
      await search.type('552999');
      await search.dispose();
      const shown = await waitFor(
        async () => {
          const r = await page.evaluate(() => ({
            cards: [...document.querySelectorAll('[data-testid="contact"]')].map((c) => c.textContent),
            status: [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent.trim()).join(' | '),
          }));
          return r.cards.length > 0 && r.cards.every((t) => t.includes('552999')) ? r : null;
        },
        { message: 'only the matching contact listed' },
      );
      assert.match(shown.status, /1 contact matches/);
      await page.close();
    });

    it('the popup and side panel open at once stay in step', async () => {
      const panel = await ext.openPage('sidepanel.html');
      await waitForCallNow(panel);
      const popup = await ext.openPage('popup.html');
      await waitForCallNow(popup);
      await chooseArea(popup, 'sandwell');
      await waitFor(async () => (await areaValue(panel)) === 'sandwell', { message: 'the side panel to follow' });
      await chooseArea(panel, 'wolverhampton');
      await waitFor(async () => (await areaValue(popup)) === 'wolverhampton', { message: 'the popup to follow' });
      await popup.close();
      await panel.close();
    });

    describe('postcode lookup', () => {
      let page;
      before(async () => {
        page = await ext.openPage('popup.html');
        await waitForCallNow(page);
        await chooseArea(page, 'worcestershire');
      });
      after(async () => {
        await chooseArea(page, 'wolverhampton');
        await page.close();
      });

      it('WV1 1AA picks Wolverhampton', async () => {
        await findPostcode(page, 'WV1 1AA');
        await waitFor(async () => (await areaValue(page)) === 'wolverhampton', { message: 'Wolverhampton selected' });
        const result = await postcodeResult(page);
        assert.ok(
          result.text.includes(`WV1 is in ${areaName('wolverhampton')}.`),
          `"WV1 is in ${areaName('wolverhampton')}." in ${JSON.stringify(result.text)}`,
        );
        assert.equal(result.error, null);
      });

      it('WV14 1AA asks which council, and picks the one chosen', async () => {
        await chooseArea(page, 'worcestershire');
        await findPostcode(page, 'WV14 1AA');
        const result = await postcodeResult(page);
        assert.match(result.text, /WV14 covers more than one council\. Choose yours:/);
        for (const council of ['Wolverhampton', 'Walsall', 'Dudley', 'Sandwell']) {
          assert.ok(result.buttons.includes(council), `a "${council}" button in ${JSON.stringify(result.buttons)}`);
        }
        assert.equal(await areaValue(page), 'worcestershire', 'the area does not change until a council is chosen');

        await clickResultButton(page, 'Walsall');
        await waitFor(async () => (await areaValue(page)) === 'walsall', { message: 'Walsall selected' });
      });

      it('EH1 1AA (Scotland) is not covered yet, names Edinburgh and keeps the national numbers', async () => {
        await findPostcode(page, 'EH1 1AA');
        const result = await postcodeResult(page);
        assert.match(result.text, /not covered yet/);
        assert.match(result.text, /City of Edinburgh/);
        assert.match(result.text, /Report child abuse to a local council/);
        const national = await page.evaluate(() => {
          const h = [...document.querySelectorAll('h2, h3')].find((x) => x.textContent.trim() === 'National helplines');
          return h ? (h.closest('section') ?? h.parentElement).querySelectorAll('a[href^="tel:"]').length : 0;
        });
        assert.ok(national > 0, 'national helplines still listed with tel: links');
      });

      it('"hello" says it is not a valid UK postcode, linked to the field', async () => {
        await findPostcode(page, 'hello');
        const result = await postcodeResult(page);
        assert.ok(result.error, 'an error message is shown');
        assert.match(result.error.text, /not a valid UK postcode/);
        assert.ok(result.error.id && result.describedBy.includes(result.error.id), 'the field is described by the error');
      });
    });

    describe('with a fixed clock', () => {
      it('Friday 16:31 UK: Wolverhampton adults call the Emergency Duty Team, 01902 552999', async () => {
        const page = await ext.openPage('popup.html', { now: FRIDAY_1631_UK, timezone: 'America/New_York' });
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');
        assert.equal(
          await page.evaluate(() => new Date().toISOString().slice(0, 16)),
          FRIDAY_1631_UK.slice(0, 16),
          'the page clock is fixed',
        );
        const { audiences } = await readCallNow(page);
        assert.match(audiences.Adults.text, /Emergency Duty Team/);
        assert.ok(
          audiences.Adults.links.some((l) => l.href === 'tel:+441902552999' && /01902 552999$/.test(l.name)),
          `EDT 01902 552999 in ${JSON.stringify(audiences.Adults.links)}`,
        );
        assert.doesNotMatch(audiences.Adults.text, /Adult MASH/, 'the Adult MASH has closed at 16:30 on Fridays');
        await page.close();
      });

      it('Friday 16:29 UK: Wolverhampton adults call the Adult MASH, 01902 551199', async () => {
        const page = await ext.openPage('popup.html', { now: FRIDAY_1629_UK, timezone: 'America/New_York' });
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');
        const { audiences } = await readCallNow(page);
        assert.ok(
          audiences.Adults.links.some((l) => l.href === 'tel:+441902551199'),
          `Adult MASH 01902 551199 in ${JSON.stringify(audiences.Adults.links)}`,
        );
        await page.close();
      });
    });

    describe('the note under Call now is true when it is read (Wolverhampton)', () => {
      it('Tuesday 10:00: the MASH first, and if it does not answer, when the EDT opens and 999 / 101', async () => {
        const page = await ext.openPage('popup.html', { now: '2026-12-01T10:00:00Z' });
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');
        const { audiences } = await readCallNow(page);
        assert.match(
          audiences.Children.text,
          /Opening hours are not published\. If there is no answer: Emergency Duty Team \(children and adults, out of hours\) opens at 17:00; if a child is in danger call 999, otherwise 101\./,
        );
        assert.doesNotMatch(audiences.Children.text, /call the next number/);
        // The Adult MASH's hours are unconfirmed: it is "probably open", never the green "Open until".
        assert.match(audiences.Adults.text, /Probably open until 17:00 — hours not confirmed/);
        await page.close();
      });

      it('Friday 17:30: the Emergency Duty Team alone, with no note', async () => {
        const page = await ext.openPage('popup.html', { now: '2026-11-27T17:30:00Z' });
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');
        const { audiences } = await readCallNow(page);
        for (const who of ['Children', 'Adults']) {
          assert.deepEqual(audiences[who].links.map((l) => l.href), ['tel:+441902552999'], `${who}: the EDT alone`);
          assert.doesNotMatch(audiences[who].text, /If there is no answer|gap/, `${who}: no note`);
        }
        await page.close();
      });

      it('"DV" in Search contacts lists the National Domestic Abuse Helpline first', async () => {
        const page = await ext.openPage('popup.html');
        await waitForCallNow(page);
        await chooseArea(page, 'wolverhampton');
        const search = await byLabel(page, 'Search contacts');
        await search.type('DV');
        await search.dispose();
        const names = await waitFor(
          async () => {
            const n = await page.evaluate(() => [...document.querySelectorAll('[data-testid="contact"] h4')].map((h) => h.textContent));
            return n[0]?.startsWith('National Domestic Abuse Helpline') ? n : null;
          },
          { message: 'the National Domestic Abuse Helpline first' },
        );
        assert.ok(!names.some((n) => /Professional advice/i.test(n)), `no advice line for the letters "dv": ${names.join(', ')}`);
        await page.close();
      });
    });

    describe('England by postcode, Tuesday 10:00 UK', () => {
      const TUESDAY_1000_UK = '2026-12-01T10:00:00Z';
      const frontDoor = (id) => {
        const area = JSON.parse(readFileSync(join(ROOT, 'data/areas', `${id}.json`), 'utf8'));
        return area.contacts.find((c) => c.role === 'front-door' && c.audience !== 'adults' && c.phone);
      };
      // One postcode in each of seven English regions.
      for (const [postcode, id] of [
        ['LS1 4AP', 'leeds'],
        ['BS1 5TR', 'bristol'],
        ['E8 1DY', 'hackney'],
        ['NE1 7RU', 'newcastle-upon-tyne'],
        ['NG1 5FW', 'nottingham'],
        ['MK9 3EJ', 'milton-keynes'],
        ['TS1 2QQ', 'middlesbrough'],
      ]) {
        it(`${postcode} lands on ${id} and shows its children's front door`, async () => {
          const page = await ext.openPage('popup.html', { now: TUESDAY_1000_UK });
          await waitForCallNow(page);
          await findPostcode(page, postcode);
          await waitFor(async () => (await areaValue(page)) === id, { message: `${id} chosen by ${postcode}` });
          const door = frontDoor(id);
          await waitFor(async () => (await readCallNow(page)).audiences.Children?.text.includes(door.phone), {
            message: `${door.name} ${door.phone} under Call now for children`,
          });
          await page.close();
        });
      }

      it('SE1 (shared by Lambeth and Southwark) asks which borough, and a choice shows its numbers', async () => {
        const page = await ext.openPage('popup.html', { now: TUESDAY_1000_UK });
        await waitForCallNow(page);
        const before = await areaValue(page);
        await findPostcode(page, 'SE1 7PB');
        const result = await postcodeResult(page);
        assert.match(result.text, /more than one council/);
        assert.deepEqual([...result.buttons].sort(), ['Lambeth', 'Southwark']);
        assert.equal(await areaValue(page), before, 'the area does not change until a borough is chosen');
        await clickResultButton(page, 'Southwark');
        await waitFor(async () => (await areaValue(page)) === 'southwark', { message: 'Southwark chosen' });
        await waitFor(async () => (await readCallNow(page)).audiences.Children?.text.includes(frontDoor('southwark').phone), {
          message: 'Southwark numbers under Call now',
        });
        await page.close();
      });

      it('an area chosen by typing part of its name shows its numbers, and the popup reopens on it', async () => {
        const page = await ext.openPage('popup.html', { now: TUESDAY_1000_UK });
        await waitForCallNow(page);
        await chooseArea(page, 'kingston-upon-thames', { typed: 'kingston upon t' });
        await waitFor(async () => (await readCallNow(page)).audiences.Children?.text.includes(frontDoor('kingston-upon-thames').phone), {
          message: 'Kingston numbers under Call now',
        });
        await page.close();
        // Reopened: the first paint already shows Kingston (from the saved view), never another area first.
        const again = await ext.openPage('popup.html', { now: TUESDAY_1000_UK });
        const firstSeen = await again.evaluate(() => document.querySelector('.call-now')?.textContent ?? '');
        assert.match(firstSeen, new RegExp(frontDoor('kingston-upon-thames').phone), 'Kingston on the first paint');
        assert.equal(await areaValue(again), 'kingston-upon-thames');
        await again.close();
      });
    });

    it('the pages made no network requests', async () => {
      // Also load the options page, so every page of the extension has had its chance.
      const options = await ext.openPage('options.html');
      await waitFor(() => options.evaluate(() => document.readyState === 'complete' && !!document.querySelector('h1')), {
        message: 'the options page',
      });
      await options.close();
      assert.ok(ext.network.requests.length > 0 || kind === 'firefox', 'the recorder saw the extension load its own files');
      // Positive control: a request made on purpose from a test page must be seen (a recorder that
      // sees nothing would pass the check below). The .invalid name never resolves: nothing leaves.
      const probe = 'http://sc-network-probe.invalid/deliberate';
      const web = await ext.browser.newPage();
      await web.goto('data:text/html,<title>probe</title>');
      await web.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined), probe);
      await waitFor(() => ext.network.external().some((r) => r.url.startsWith('http://sc-network-probe.invalid/')), {
        message: `the recorder to see the deliberate request to ${probe}`,
      });
      await web.close();
      const leaks = ext.network.external().filter((r) => !r.url.startsWith('http://sc-network-probe.invalid/'));
      assert.deepEqual(leaks, [], `requests that left the device:\n${ext.network.describe()}`);
    });
  });
}
