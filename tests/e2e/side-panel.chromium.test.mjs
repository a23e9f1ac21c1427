// Chromium's real side panel, opened from the popup as a user does (sidePanel.open needs the
// click's user gesture). Firefox's sidebar cannot be reached by the driver: see the README.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, trace, waitFor, withTimeout } from './harness.mjs';
import { buttonByName, waitForCallNow } from './pages.mjs';

describe('the side panel in chromium', () => {
  let ext;
  before(async () => {
    ext = await launchChromium();
  });
  after(async () => {
    await ext?.close();
  });

  /** Clicks `name` in the popup; resolves to the side panel page (a new one unless it was open). */
  const openPanelFrom = async (name, { alreadyOpen = false } = {}) => {
    const popup = await ext.openPage('popup.html');
    await waitForCallNow(popup);
    const known = new Set(ext.browser.targets());
    const button = await buttonByName(popup, name);
    trace('side panel: clicking', name);
    // The popup closes itself once the panel is open, possibly while the click is still returning.
    await withTimeout(button.click(), 10000, `clicking "${name}"`).catch(() => undefined);
    const target = await waitFor(
      () =>
        ext.browser
          .targets()
          .find((t) => (alreadyOpen || !known.has(t)) && t.url() === ext.url('sidepanel.html')),
      { message: 'the side panel to open' },
    );
    await waitFor(() => popup.isClosed(), { message: 'the popup to close itself' });
    trace('side panel: target found');
    return withTimeout(target.asPage(), 10000, 'attaching to the side panel');
  };

  it('"Open side panel" in the popup opens the side panel with "Call now"', async () => {
    const panel = await openPanelFrom('Open side panel');
    await waitForCallNow(panel);
    assert.equal(await panel.evaluate(() => document.querySelector('h1')?.textContent.trim().length > 0), true);
  });

  it('"New referral draft" in the popup takes the open side panel to the new draft form', async () => {
    const panel = await openPanelFrom('New referral draft', { alreadyOpen: true });
    await waitFor(
      () =>
        panel.evaluate(() =>
          [...document.querySelectorAll('h2, h3')].some((h) => h.textContent.trim() === 'New referral draft'),
        ),
      { message: 'the new draft form in the side panel' },
    );
  });

  it('protects the quick exit from the real side panel: the web tab closes and the panel closes with it', async () => {
    const panel = await openPanelFrom('Open side panel', { alreadyOpen: true });
    await waitForCallNow(panel);
    const keep = await ext.browser.newPage();
    await keep.goto('data:text/html,<title>Bystander</title>');
    const web = await ext.browser.newPage();
    await web.goto('data:text/html,<title>Patient record</title><h1>Patient record</h1>');
    await web.bringToFront();
    const button = await buttonByName(panel, 'Quick exit');
    trace('side panel: Quick exit');
    await withTimeout(button.click(), 10000, 'clicking "Quick exit" in the side panel').catch(() => undefined);
    await waitFor(async () => web.isClosed() || !(await ext.browser.pages()).includes(web), { message: 'the web tab to close' });
    // Chrome's sidePanel.close (or the page closing itself) takes the real panel away.
    await waitFor(() => !ext.browser.targets().some((t) => t.url() === ext.url('sidepanel.html')), {
      message: 'the side panel to close',
    });
    assert.ok(!keep.isClosed(), 'another tab stays open');
  });
});
