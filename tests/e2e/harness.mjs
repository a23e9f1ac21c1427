// Real-browser harness: loads the built extension into Debian Chromium (Chrome build) and
// Firefox ESR (Firefox build) with puppeteer-core, opens extension pages, records network
// requests, runs axe-core and fixes the page clock. See DESIGN.md "Toolchain notes".
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// E2E_CHROME_EXT / E2E_FIREFOX_EXT point the tests at another build (e.g. an unpacked release).
export const CHROME_EXT = process.env.E2E_CHROME_EXT ?? join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = process.env.E2E_FIREFOX_EXT ?? join(ROOT, '.output/firefox-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Pinned so moz-extension:// URLs are predictable across runs and relaunches.
export const FIREFOX_UUID = '3f0d6c2a-9b8e-4d71-a5c4-5e2b7f1c0d93';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// chrome:, chrome-untrusted: and about: are the browser's own built-in pages (Chromium's
// embedded options dialog loads from them); they never leave the device either.
const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'chrome-untrusted:'];

/** True for a URL that would leave the device (anything but the extension's own, data:, blob:, built-ins). */
export function isExternal(url) {
  return !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** E2E_LOG=file: a timestamped trace of harness steps, written at once (test output is buffered). */
export function trace(...parts) {
  if (process.env.E2E_LOG) appendFileSync(process.env.E2E_LOG, `${new Date().toISOString()} ${parts.join(' ')}\n`);
}

/** Rejects with `what` in the message if `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls `fn` until it returns a truthy value or the timeout passes. A call that never settles
 * (an evaluate in a page that is going away) counts as a miss, not a hang.
 */
export async function waitFor(fn, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  trace('waitFor', message);
  const end = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await withTimeout(Promise.resolve().then(fn), Math.max(end - Date.now(), 0) + 1000, message);
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > end) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}`, { cause: lastError });
    }
    await sleep(interval);
  }
}

export function assertBuilt(...dirs) {
  for (const dir of dirs.length ? dirs : [CHROME_EXT, FIREFOX_EXT]) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(`${dir} is missing: run npm run build && npm run build:firefox first`);
    }
  }
}

/** A fresh, empty browser profile directory (pass it to a second launch to "restart" the browser). */
export function makeProfileDir(prefix = 'sc-e2e-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

// ---------------------------------------------------------------------------------------------
// Network log

/**
 * Collects every request seen from extension pages and workers.
 * `external()` lists those that would leave the device; tests assert it is empty.
 */
export function createNetworkLog() {
  const requests = [];
  return {
    requests,
    record(url, source) {
      requests.push({ url, source });
    },
    external() {
      return requests.filter((r) => isExternal(r.url));
    },
    clear() {
      requests.length = 0;
    },
    describe() {
      return this.external()
        .map((r) => `  ${r.url}  (from ${r.source})`)
        .join('\n');
    },
  };
}

function watchPage(page, network, label) {
  page.on('request', (request) => network.record(request.url(), label()));
}

async function watchChromiumWorker(target, network) {
  // Listen on puppeteer's own session: a second session on a worker target closes it.
  try {
    const worker = await target.worker();
    const session = worker?.client;
    if (!session || session.__scWatched) return;
    session.__scWatched = true;
    session.on('Network.requestWillBeSent', (e) => network.record(e.request.url, `worker ${target.url()}`));
    await session.send('Network.enable');
  } catch {
    // The worker went away before we attached; nothing it could have fetched after that.
  }
}

/**
 * A local HTTP proxy that answers every request with 502 and records it. Firefox routes all
 * its traffic through it, so requests from the background page (which WebDriver BiDi cannot
 * see) are caught too.
 */
async function startRequestSink(network) {
  const server = createServer((req, res) => {
    network.record(req.url.startsWith('http') ? req.url : `http://${req.headers.host}${req.url}`, 'proxy');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    network.record(`https://${req.url}`, 'proxy');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => new Promise((r) => server.close(() => r())) };
}

// ---------------------------------------------------------------------------------------------
// Fixed clock

/**
 * Page script that replaces `Date` so the page starts at `instant` and ticks on from there
 * (timers and debounces keep working). Self-contained: it is serialised into the page.
 */
function fixedClock(instantMs) {
  const RealDate = Date;
  const offset = instantMs - RealDate.now();
  const now = () => RealDate.now() + offset;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = FixedDate;
}

function toMs(instant) {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`Not an instant: ${instant}`);
  return ms;
}

/** Chromium: every document loaded in `page` from now on starts at `instant`. */
export async function installFixedClock(page, instant) {
  await page.evaluateOnNewDocument(fixedClock, toMs(instant));
}

/**
 * Firefox: BiDi preload scripts do not run in extension documents (Firefox bug 1755014), so
 * restart the page's app in the same window with the clock replaced: fetch the page's own
 * HTML, swap `Date`, rewrite the document, and load its module scripts again under a new URL
 * (a module runs once per URL). The first app instance stays in memory but off screen.
 */
async function rebootWithFixedClock(page, instant) {
  // One source string: the page CSP forbids `new Function`, but not the driver's own evaluation.
  await page.evaluate(`(async () => {
    const html = await (await fetch(location.href)).text();
    (${fixedClock})(${toMs(instant)});
    const rewritten = html.replace(/(<script\\b[^>]*\\bsrc=")([^"?]+)"/g, '$1$2?fixed-clock"');
    document.open();
    document.write(rewritten);
    document.close();
  })()`);
  await waitForDocumentReady(page);
}

async function waitForDocumentReady(page) {
  await waitFor(() => page.evaluate(() => document.readyState === 'complete'), {
    message: 'the document to load',
  });
}

// ---------------------------------------------------------------------------------------------
// axe-core

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource;

/** Runs axe-core in the page against WCAG 2.x A/AA rules; resolves to the violations. */
export async function runAxe(page, { exclude = [] } = {}) {
  axeSource ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(
    async (tags, excluded) => {
      const result = await globalThis.axe.run(
        { exclude: excluded.map((s) => [s]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    AXE_TAGS,
    exclude,
  );
}

/** Readable text for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes.map((n) => `  - ${n.target}\n    ${(n.summary ?? '').replace(/\n/g, '\n    ')}`).join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Real key presses (headed browser under X / Xvfb)

/** True when a real key press can be sent: an X display and xdotool. */
export function canPressRealKeys() {
  if (!process.env.DISPLAY) return false;
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends a key chord (xdotool syntax, e.g. 'alt+shift+q') as a real X key event to the visible
 * window whose title contains `windowName`. Puppeteer's keyboard never reaches extension
 * commands; only a key event from the window system does. Needs a headed browser and DISPLAY
 * (tests/e2e/run.mjs starts Xvfb when there is none).
 */
export async function pressRealKeys(chord, { windowName, timeout = 5000 } = {}) {
  if (!canPressRealKeys()) throw new Error('pressRealKeys needs DISPLAY and xdotool (run through tests/e2e/run.mjs)');
  const window = await waitFor(
    () => {
      try {
        return execFileSync('xdotool', ['search', '--onlyvisible', '--name', windowName], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        })
          .trim()
          .split('\n')[0];
      } catch {
        return '';
      }
    },
    { timeout, message: `a visible window titled "${windowName}"` },
  );
  // No window manager under Xvfb, so focus directly (windowactivate needs _NET_ACTIVE_WINDOW).
  execFileSync('xdotool', ['windowfocus', '--sync', window], { stdio: 'ignore' });
  execFileSync('xdotool', ['key', '--clearmodifiers', chord], { stdio: 'ignore' });
}

/** Chromium's "Alt+Shift+Q" (commands.getAll) as an xdotool chord: "alt+shift+q". */
export function toXdotoolChord(shortcut) {
  const names = { Ctrl: 'ctrl', Alt: 'alt', Shift: 'shift', Command: 'super', MacCtrl: 'ctrl', Space: 'space', Comma: 'comma', Period: 'period' };
  return shortcut
    .split('+')
    .map((key) => names[key] ?? key.toLowerCase())
    .join('+');
}

/**
 * Chromium: the system clipboard's text, read from an extension page. Reading (unlike the
 * product's writing after a click) needs a permission, granted here for the extension origin.
 */
export async function readClipboard(ext, page) {
  await ext.browser.defaultBrowserContext().overridePermissions(ext.origin, ['clipboard-read']);
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

// ---------------------------------------------------------------------------------------------
// Chromium

/**
 * Launches Debian Chromium with the Chrome build loaded.
 * @param {{ headless?: boolean, userDataDir?: string, args?: string[], extDir?: string }} [options]
 *   userDataDir: reuse a profile (e.g. to relaunch after a "restart"); a fresh temporary
 *   one (removed on close) otherwise.
 */
export async function launchChromium({ headless = true, userDataDir, args = [], extDir = CHROME_EXT } = {}) {
  assertBuilt(extDir);
  const ownProfile = !userDataDir;
  const profile = userDataDir ?? makeProfileDir();
  const network = createNetworkLog();
  const options = {
    executablePath: CHROMIUM_PATH,
    headless,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [extDir],
    args: [...CHROMIUM_ARGS, ...args],
  };
  // On a loaded 2-core machine a start-up now and then never answers; one retry, never a hang.
  let browser;
  for (let attempt = 1; !browser; attempt++) {
    trace('chromium launch', `attempt ${attempt}`, profile);
    const launching = puppeteer.launch(options);
    try {
      browser = await withTimeout(launching, 30000, 'Chromium start-up with the extension');
    } catch (error) {
      launching.then((late) => late.close()).catch(() => {});
      if (attempt >= 2) {
        if (ownProfile) rmSync(profile, { recursive: true, force: true });
        throw error;
      }
    }
  }

  const pageLabel = (page) => () => `page ${page.url()}`;
  browser.on('targetcreated', async (target) => {
    if (target.type() === 'page') {
      const page = await target.page();
      if (page && !page.__scWatched) {
        page.__scWatched = true;
        watchPage(page, network, pageLabel(page));
      }
    } else if (target.type() === 'service_worker') {
      await watchChromiumWorker(target, network);
    }
  });

  try {
    trace('chromium up; waiting for the service worker');
    const workerTarget = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15000 },
    );
    const extensionId = new URL(workerTarget.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const worker = await withTimeout(workerTarget.worker(), 10000, 'attaching to the service worker');
    await withTimeout(watchChromiumWorker(workerTarget, network), 10000, 'watching the service worker network');

    return {
      kind: 'chromium',
      browser,
      extensionId,
      origin,
      worker,
      workerTarget,
      userDataDir: profile,
      network,
      url: (path) => `${origin}/${path.replace(/^\//, '')}`,
      /** The service worker now (it may have been restarted since launch). */
      async currentWorker() {
        const target = await browser.waitForTarget(
          (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
          { timeout: 10000 },
        );
        return target.worker();
      },
      /**
       * Opens chrome-extension://ID/<path> in a new tab.
       * @param {string} path e.g. 'popup.html'
       * @param {{ now?: Date|string|number, timezone?: string, viewport?: {width:number,height:number} }} [options]
       */
      async openPage(path, { now, timezone, viewport } = {}) {
        trace('chromium openPage', path);
        const page = await withTimeout(browser.newPage(), 15000, 'opening a new tab');
        trace('chromium newPage done');
        if (!page.__scWatched) {
          page.__scWatched = true;
          watchPage(page, network, pageLabel(page));
        }
        if (viewport) await page.setViewport(viewport);
        if (now !== undefined) await installFixedClock(page, now);
        if (timezone) await page.emulateTimezone(timezone);
        await page.goto(`${origin}/${path.replace(/^\//, '')}`, { waitUntil: 'load', timeout: 15000 });
        // A background tab gets no animation frames, and a driver click waits for one forever.
        await withTimeout(page.bringToFront(), 5000, 'bringing the tab to the front');
        trace('chromium loaded', path);
        return page;
      },
      async reload(page) {
        await page.reload({ waitUntil: 'load' });
      },
      async close() {
        trace('chromium close');
        await withTimeout(browser.close(), 15000, 'closing Chromium').catch(() => browser.process()?.kill('SIGKILL'));
        trace('chromium closed');
        if (ownProfile) rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    if (ownProfile) rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

function readGeckoId(extDir) {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launches Firefox ESR with the Firefox build installed as a temporary add-on.
 * WebDriver BiDi does not cover extension documents yet (Firefox bug 1755014): no navigation
 * events (so no `page.goto`, `page.reload`, `waitForNavigation` there: use `openPage` and
 * `reload` from here), no preload scripts (the fixed clock restarts the page's app instead),
 * `page.url()` may say about:blank (evaluate `location.href`), no handle on the background page.
 * All traffic goes through a local recording proxy, so the background page's requests count too.
 * @param {{ headless?: boolean, userDataDir?: string, extDir?: string, timezone?: string }} [options]
 *   timezone: the TZ the whole browser runs in (Firefox has no per-page override).
 */
export async function launchFirefox({ headless = true, userDataDir, extDir = FIREFOX_EXT, timezone } = {}) {
  assertBuilt(extDir);
  const geckoId = readGeckoId(extDir);
  const network = createNetworkLog();
  const sink = await startRequestSink(network);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    ...(userDataDir ? { userDataDir } : {}),
    // Remote settings ignore their server pref in release builds unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(timezone ? { TZ: timezone } : {}) },
    // Lets the driver open moz-extension:// pages itself (otherwise refused as unsafe).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; keep its storage so a relaunch
      // on the same profile (a browser "restart") finds what the user left.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Everything that would leave the device goes to the recording sink.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The browser's own background traffic, kept off so the sink only sees the add-on's.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    watchPage(page, network, () => 'page');
  };
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    if (page) watch(page);
  });

  try {
    for (const page of await browser.pages()) watch(page);
    await browser.installExtension(extDir);

    const openPage = async (path, { now, viewport } = {}) => {
      trace('firefox openPage', path);
      const url = `${origin}/${path.replace(/^\//, '')}`;
      const page = await browser.newPage();
      watch(page);
      if (viewport) await page.setViewport(viewport);
      // BiDi's own navigate, not page.goto: Firefox never reports the load of an extension
      // document (bug 1755014), so goto would wait forever. 'none' returns at once; poll instead.
      await page.mainFrame().browsingContext.navigate(url, 'none');
      await waitFor(
        () => page.evaluate(() => `${location.href} ${document.readyState}`).then((s) => s === `${url} complete`),
        { message: `${url} to load` },
      );
      if (now !== undefined) await rebootWithFixedClock(page, now);
      return page;
    };

    return {
      kind: 'firefox',
      browser,
      geckoId,
      extensionId: FIREFOX_UUID,
      origin,
      worker: null,
      userDataDir,
      network,
      url: (path) => `${origin}/${path.replace(/^\//, '')}`,
      openPage,
      /** Reloads an extension page (BiDi's reload waits for navigation events it never gets). */
      async reload(page) {
        await page.evaluate(() => {
          globalThis.__scBeforeReload = true;
          location.reload();
        });
        await waitFor(
          () => page.evaluate(() => !globalThis.__scBeforeReload && document.readyState === 'complete'),
          { message: 'the page to reload' },
        );
      },
      async close() {
        await browser.close().catch(() => {});
        await sink.close();
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    await sink.close();
    throw error;
  }
}

/** Launches by kind ('chromium' | 'firefox'), so one test body can run in both. */
export function launch(kind, options) {
  return kind === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
