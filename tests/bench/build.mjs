// A production build of the Chrome extension into a folder of the benchmark's own: other work in
// this tree may rebuild .output/ at any moment. Rollup's warnings (zod's annotations) belong to
// `npm run build`; here they would bury the figures, so the console is quiet while it builds.
export async function buildChrome({ root, outDir, vite = () => ({}) }) {
  const { build } = await import('wxt');
  const quiet = { ...console, info() {}, success() {}, warn() {}, debug() {}, log() {}, start() {}, box() {} };
  const saved = { log: console.log, warn: console.warn, info: console.info };
  console.log = console.warn = console.info = () => undefined;
  try {
    await build({ root, outDir, browser: 'chrome', logger: quiet, vite });
  } finally {
    Object.assign(console, saved);
  }
  return `${outDir}/chrome-mv3`;
}
