#!/usr/bin/env node
// `npm start`: build the Chrome extension, then open a browser with it loaded. Without a display
// (a server, CI) it stops after the build and prints the folder to load unpacked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const chromeOut = join(root, '.output/chrome-mv3');
const firefoxOut = join(root, '.output/firefox-mv3');

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'].filter(Boolean);
const executablePath = candidates.find((p) => existsSync(p));
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

if (!executablePath || !hasDisplay) {
  console.log(`
Built. ${!hasDisplay ? 'No display here, so no browser was opened.' : 'No Chromium, Chrome or Edge was found (set CHROME_PATH).'}
Load the extension unpacked:
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
                 choose "Load unpacked" and pick the folder
                 ${chromeOut}
  Firefox:       run "npm run build:firefox", open about:debugging#/runtime/this-firefox,
                 "Load Temporary Add-on…" and pick ${join(firefoxOut, 'manifest.json')}
`);
  process.exit(0);
}

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath,
  headless: false,
  defaultViewport: null,
  pipe: true,
  enableExtensions: [chromeOut],
  userDataDir: mkdtempSync(join(tmpdir(), 'safeguarding-companion-')),
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root with its sandbox on (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
const id = new URL(worker.url()).host;
const [page] = await browser.pages();
await page?.goto(`chrome-extension://${id}/sidepanel.html`);
console.log(`Safeguarding Companion is loaded (id ${id}). Pin it from the puzzle-piece menu; close the browser to stop.`);
await new Promise((done) => browser.on('disconnected', done));
