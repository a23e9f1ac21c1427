// A real organisation policy, end to end in Debian Chromium: a managed policy file written where
// Chromium reads it (/etc/chromium/policies/managed/), for this build's extension id, then the
// popup, options page and side panel checked as a practitioner would see them. Needs root to
// write there (CI runs as root); elsewhere it says it was not run, and why. The file is removed
// afterwards, also when the test fails.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CHROME_EXT, launchChromium, waitFor } from './harness.mjs';
import { readCallNow, startDraft, waitForCallNow, waitForHeading } from './pages.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'safeguarding-companion-e2e.json');

/** An unpacked extension's id: the SHA-256 of its folder's path, first 32 hex digits as a–p. */
function unpackedId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const POLICY = {
  defaultAreaId: 'walsall',
  lockArea: true,
  organisation: {
    name: 'Example Street Surgery',
    address: '1 Example Street, Walsall WS1 1AA',
    phone: '01922 000111',
    email: 'practice@example.nhs.uk',
  },
  extraContacts: [
    {
      areaId: 'walsall',
      contact: {
        id: 'walsall-practice-lead',
        name: 'Practice safeguarding lead (Dr Example)',
        audience: 'both',
        role: 'advice-only',
        phone: '01922 000222',
        hours: { kind: 'unstated', text: 'Practice hours' },
        confidence: { number: 'confirmed', hours: 'verify' },
        source: [],
        verifiedOn: '2026-12-01',
      },
    },
  ],
  contactCorrections: [{ contactId: 'walsall-police', phone: '101', otherPhones: [{ label: 'Emergency', phone: '999' }], note: 'Checked with the practice lead on 1 December' }],
  // Invalid on purpose, but of the type the managed schema allows (Chrome itself drops a value of
  // the wrong type before the extension sees it): ignored, and listed with its reason.
  neutralPageUrl: 'http://intranet.example.nhs.uk/',
};

const isRoot = process.getuid?.() === 0;

describe('a real managed policy in chromium', () => {
  let ext;
  after(async () => {
    await ext?.close();
    rmSync(POLICY_FILE, { force: true });
  });

  // Not root: node:test reports it as not run, with this reason.
  const notRoot = isRoot ? false : `not run: writing ${POLICY_DIR} needs root (CI runs as root)`;
  it('locks the area, fills the referrer, adds the local contact and the correction, and lists the invalid value', { skip: notRoot }, async () => {
    const id = unpackedId(CHROME_EXT);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));
    ext = await launchChromium();
    assert.equal(ext.extensionId, id, 'the policy names the id the browser gave the unpacked build');

    // Popup: the area is the organisation's, locked, and says who set it.
    const popup = await ext.openPage('popup.html');
    await waitForCallNow(popup);
    await waitFor(
      () =>
        popup.evaluate(() => {
          const input = document.querySelector('[role="combobox"]');
          return input?.disabled && input.getAttribute('data-area-id') === 'walsall';
        }),
      { timeout: 15_000, message: 'the Area picker locked on Walsall' },
    );
    assert.match(await popup.evaluate(() => document.querySelector('.area-picker')?.textContent ?? ''), /Your organisation has set this area\./);
    // The full list has the organisation's contact and its correction.
    await waitFor(
      () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="contact"] h4')].some((h) => h.textContent.includes('Practice safeguarding lead'))),
      { message: 'the organisation’s extra contact in the list' },
    );
    await waitFor(
      () => popup.evaluate(() => document.body.textContent.includes('Corrected by your organisation: Checked with the practice lead on 1 December')),
      { message: 'the correction on its contact' },
    );
    assert.ok((await readCallNow(popup)).text.length > 0);
    await popup.close();

    // Options: the invalid value is listed with its reason; the organisation's details are shown.
    const options = await ext.openPage('options.html');
    await waitForHeading(options);
    await waitFor(
      () => options.evaluate(() => /Policy setting "neutralPageUrl" was ignored: .*https:\/\//.test(document.body.textContent)),
      { message: 'the ignored neutralPageUrl listed with its reason' },
    );
    assert.match(await options.evaluate(() => document.body.textContent), /Set by your organisation: 01922 000111/);
    await options.close();

    // Side panel: a new draft's Referrer carries the organisation's details.
    const panel = await ext.openPage('sidepanel.html');
    await startDraft(panel, { subject: 'Child', area: 'walsall' });
    const referrer = await panel.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('textarea[aria-label^="Note:"]')].map((t) => [t.getAttribute('aria-label'), t.value]),
      ),
    );
    assert.equal(referrer['Note: Organisation (GP practice)'], 'Example Street Surgery');
    assert.equal(referrer['Note: Organisation address'], '1 Example Street, Walsall WS1 1AA');
    assert.equal(referrer['Note: Phone'], '01922 000111');
    assert.equal(referrer['Note: Email'], 'practice@example.nhs.uk');
    await panel.close();
  });
});
