#!/usr/bin/env node
// Renders the toolbar icons (public/icon/*.png) from one SVG with the local Chromium, so the
// artwork stays a readable text file. Run by hand after changing ICON_SVG; the PNGs are committed.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

// NHS blue tile, white phone handset: "who to call". Drawn for 16 px first, so no fine detail.
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="24" fill="#005eb8"/>
  <path fill="#fff" d="M42 22c5-2 10 1 12 6l7 16c2 4 1 9-3 12l-8 6c5 11 13 19 24 24l6-8c3-4 8-5 12-3l16 7c5 2 8 7 6 12l-3 10c-2 6-8 10-14 9C57 109 19 71 15 29c-1-6 3-12 9-14z"/>
</svg>`;

const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${ICON_SVG}`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`Wrote ${out}/{16,32,48,128}.png`);
