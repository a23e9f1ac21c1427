// Bundle sizes of a built extension, per entrypoint: what a page must load before it can paint
// (its module script, every chunk reached through static imports or modulepreload links, its CSS)
// and, apart, what it may load later through dynamic import(). Shared by the benchmark and
// scripts/check-size.mjs so the budget check and the published figures can never disagree.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) byte counts of one buffer. */
export function measureBytes(buffer) {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

// Minified output only ever names its own chunks with relative specifiers ("./x.js", "../x.js")
// or root-relative ones ("/chunks/x.js"); bare specifiers cannot occur in a browser bundle.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([./][^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']([./][^"']+\.m?js)["']\s*\)/g;
// Vite's preload helper lists a dynamic import's dependencies as bare output paths.
const MAP_DEPS = /__vite__mapDeps\s*=\s*\([^)]*\)\s*=>[^[]*\[([^\]]*)\]/;

/** The output-relative specifiers a chunk imports, statically and dynamically. Pure. */
export function findImports(code) {
  const statics = new Set();
  const dynamics = new Set();
  // Dynamic first, so `import("./x.js")` is never also read as a static import.
  const withoutDynamic = code.replace(DYNAMIC_IMPORT, (_, spec) => {
    dynamics.add(spec);
    return '';
  });
  for (const m of withoutDynamic.matchAll(STATIC_IMPORT)) statics.add(m[1]);
  const deps = MAP_DEPS.exec(code);
  if (deps) {
    for (const m of deps[1].matchAll(/["']([^"']+)["']/g)) {
      if (/\.m?js$/.test(m[1])) dynamics.add(`/${m[1].replace(/^\/+/, '')}`);
    }
  }
  return { statics: [...statics], dynamics: [...dynamics] };
}

/** Script, modulepreload and stylesheet references of an HTML page. Pure. */
export function findHtmlAssets(html) {
  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const scripts = [];
  const preloads = [];
  const styles = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') preloads.push(href);
    else if (rel === 'stylesheet') styles.push(href);
  }
  return { scripts, preloads, styles };
}

/** Output-relative posix path of `spec` as referenced from the output file `from`. */
function resolveRef(outDir, from, spec) {
  const base = spec.startsWith('/') ? outDir : dirname(join(outDir, from));
  const abs = resolve(base, spec.startsWith('/') ? `.${spec}` : spec);
  return relative(outDir, abs).split(sep).join(posix.sep);
}

function fileEntry(outDir, file) {
  return { file, ...measureBytes(readFileSync(join(outDir, file))) };
}

function sum(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Walks a built page. `firstLoad` counts JS + CSS (the budgeted figure; the HTML is reported apart).
 * `lazy` lists chunks only reachable through dynamic import(), with their own static imports.
 */
export function pageSizes(outDir, htmlFile) {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const assets = findHtmlAssets(html);
  const missing = [];
  const eager = new Set();
  const lazyRoots = new Set();

  const walk = (start, into, dynamicsOut) => {
    const queue = [...start];
    while (queue.length) {
      const file = queue.shift();
      if (into.has(file)) continue;
      if (!existsSync(join(outDir, file))) {
        missing.push(file);
        continue;
      }
      into.add(file);
      const { statics, dynamics } = findImports(readFileSync(join(outDir, file), 'utf8'));
      for (const s of statics) queue.push(resolveRef(outDir, file, s));
      for (const d of dynamics) dynamicsOut?.add(resolveRef(outDir, file, d));
    }
  };

  const roots = [...assets.scripts, ...assets.preloads].map((s) => resolveRef(outDir, htmlFile, s));
  walk(roots, eager, lazyRoots);
  const lazy = new Set();
  // A lazy chunk's own imports that the page already loaded cost nothing more.
  for (const root of lazyRoots) {
    if (eager.has(root)) continue;
    const reached = new Set();
    walk([root], reached, lazyRoots);
    for (const f of reached) if (!eager.has(f)) lazy.add(f);
  }

  const css = assets.styles.map((s) => resolveRef(outDir, htmlFile, s)).filter((f) => {
    if (existsSync(join(outDir, f))) return true;
    missing.push(f);
    return false;
  });
  const js = [...eager].sort().map((f) => fileEntry(outDir, f));
  const styles = css.map((f) => fileEntry(outDir, f));
  const lazyFiles = [...lazy].sort().map((f) => fileEntry(outDir, f));
  return {
    html: fileEntry(outDir, htmlFile),
    js,
    css: styles,
    firstLoad: sum([...js, ...styles]),
    lazy: lazyFiles,
    lazyTotal: sum(lazyFiles),
    missing,
  };
}

/** A background service worker or script: the file itself plus anything it imports. */
export function scriptSizes(outDir, file) {
  const files = new Set();
  const queue = [file];
  while (queue.length) {
    const f = queue.shift();
    if (files.has(f) || !existsSync(join(outDir, f))) continue;
    files.add(f);
    for (const s of findImports(readFileSync(join(outDir, f), 'utf8')).statics) queue.push(resolveRef(outDir, f, s));
  }
  const js = [...files].map((f) => fileEntry(outDir, f));
  return { js, css: [], firstLoad: sum(js), lazy: [], lazyTotal: { raw: 0, gzip: 0 }, missing: [] };
}

/** Every entrypoint the project budgets or reports, read from the manifest of a Chrome build. */
export function extensionSizes(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const pages = {
    popup: manifest.action?.default_popup ?? 'popup.html',
    sidepanel: manifest.side_panel?.default_path ?? 'sidepanel.html',
    options: manifest.options_ui?.page ?? 'options.html',
  };
  const result = {};
  for (const [name, html] of Object.entries(pages)) {
    if (existsSync(join(outDir, html))) result[name] = pageSizes(outDir, html);
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) result.background = scriptSizes(outDir, background);
  return result;
}

export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

/** Plain-text table of entrypoint sizes, one row per entrypoint, KB (1024 bytes). */
export function formatSizeTable(sizes, budgets = {}) {
  const rows = [['entrypoint', 'first load raw KB', 'first load gzip KB', 'budget gzip KB', 'lazy raw KB', 'lazy gzip KB']];
  for (const [name, s] of Object.entries(sizes)) {
    const budget = budgets[name];
    rows.push([
      name,
      kb(s.firstLoad.raw),
      kb(s.firstLoad.gzip),
      budget ? `${budget.gzipKB}${s.firstLoad.gzip > budget.gzipKB * 1024 ? ' OVER' : ' ok'}` : '-',
      kb(s.lazyTotal.raw),
      kb(s.lazyTotal.gzip),
    ]);
  }
  return table(rows);
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, n) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** Budget checks of the deterministic figures: [{ name, gzip, limit, pass }]. */
export function checkSizeBudgets(sizes, budgets) {
  return Object.entries(budgets).map(([name, budget]) => {
    const gzip = sizes[name]?.firstLoad.gzip ?? null;
    const limit = budget.gzipKB * 1024;
    return { name, gzip, limit, pass: gzip !== null && gzip <= limit };
  });
}
