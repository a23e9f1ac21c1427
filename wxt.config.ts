import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { areaData } from './scripts/vite-area-data';
import { callNowData } from './scripts/vite-call-now-data';
import { ukOffsets } from './scripts/vite-uk-offsets';

// Fixed Firefox id: the managed-storage policy and the E2E harness both address the add-on by it.
export const GECKO_ID = 'safeguarding-companion@nhs-practice.example';

export default defineConfig({
  imports: false,
  // The size test builds a second copy with synthetic areas (SC_AREAS_DIR) into its own folder.
  outDir: process.env.SC_OUT_DIR ?? '.output',
  // Firefox too: one manifest version everywhere (sidebar_action and commands work in Firefox MV3).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [areaData(), callNowData(), ukOffsets(), preact()],
    // Every browser we support has modulepreload; the polyfill would only cost first-load bytes.
    build: { modulePreload: { polyfill: false } },
  }),
  // `npm run dev` opens Chromium; as root (containers, CI machines) Chromium will not start with its sandbox.
  webExt: { chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [] },
  zip: {
    // WXT puts every non-dot file in the sources zip AMO reviewers rebuild from; keep out builds,
    // installs, this machine's benchmark results and logs.
    excludeSources: [
      '.output/**',
      'node_modules/**',
      'coverage/**',
      'stats.html',
      'tests/bench/results.json',
      'tests/bench/results.json.tmp',
      'tests/bench/results.md',
      '**/*.log',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Safeguarding Companion',
    description:
      'Who to call now for safeguarding in your area, a MARF referral checklist draft kept on this device, and a one-key quick exit.',
    permissions: ['storage', 'alarms'],
    // Commands: at most three suggested keys (see README "Shortcuts"). Owned by the quick-exit work.
    // Alt+Shift+letter: Ctrl+Shift letters are nearly all taken across Chrome, Edge and Firefox;
    // Debian Chromium 156 silently refuses Alt+Shift+A/B/C/N/P/R/T/W/X/Z, and Firefox's menus
    // answer to File/Edit/View/History/Bookmarks/Tools/Help letters. Q, O and D are free in all three.
    commands: {
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Q', mac: 'Alt+Shift+Q' },
        description: 'Quick exit: close the current tab at once',
      },
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+O', mac: 'Alt+Shift+O' },
        description: 'Open Safeguarding Companion',
      },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+D', mac: 'Alt+Shift+D' },
              description: 'Open the side panel',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+D', mac: 'Alt+Shift+D' },
              description: 'Open the side panel',
            },
          }),
    },
    // Asked for only when the user turns on "Also remove the closed page from history".
    optional_permissions: ['history', 'tabs'],
    // Chrome/Edge read organisation policy through storage.managed against this schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
