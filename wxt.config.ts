import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Fixed Firefox id: the managed-storage policy and the E2E harness both address the add-on by it.
export const GECKO_ID = 'safeguarding-companion@nhs-practice.example';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // Every non-dot root file would otherwise land in the Firefox sources zip.
    excludeSources: ['.output/**', 'node_modules/**', 'tests/bench/results.json', '*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Safeguarding Companion',
    description:
      'Who to call now for safeguarding in your area, a MARF referral checklist draft kept on this device, and a one-key quick exit.',
    permissions: ['storage'],
    // Commands: at most three suggested keys (see README "Shortcuts"). Owned by the quick-exit work.
    commands: {},
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
