// The benchmark's yardstick: the popup's first screen as plain HTML with the popup's own CSS and
// no script. Generated from the popup's rendered DOM, so it holds exactly the same contacts, the
// same "Call now" and the same markup: the only difference left is the JavaScript.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findHtmlAssets } from './sizes.mjs';

export const STATIC_PAGE = 'bench-static.html';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The static page's HTML: `appHtml` is the popup's rendered `#app` outerHTML. Pure. */
export function staticPageHtml({ title, lang, stylesheets, appHtml }) {
  const links = stylesheets.map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} (static benchmark copy)</title>
${links}
  </head>
  <body>
    ${appHtml.replace(/<script\b[\s\S]*?<\/script>/gi, '')}
  </body>
</html>
`;
}

/**
 * Writes the static copy into the built extension. `snapshot` is what the popup rendered:
 * { title, lang, appHtml } read from a live popup page.
 */
export function writeStaticPage(outDir, popupHtmlFile, snapshot) {
  const { styles } = findHtmlAssets(readFileSync(join(outDir, popupHtmlFile), 'utf8'));
  const html = staticPageHtml({ ...snapshot, stylesheets: styles });
  writeFileSync(join(outDir, STATIC_PAGE), html);
  return { file: STATIC_PAGE, bytes: Buffer.byteLength(html) };
}
