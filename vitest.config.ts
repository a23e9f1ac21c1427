import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { areaData } from './scripts/vite-area-data';
import { callNowData } from './scripts/vite-call-now-data';
import { ukOffsets } from './scripts/vite-uk-offsets';

export default defineConfig({
  plugins: [WxtVitest(), areaData(), callNowData(), ukOffsets(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Keyboard-driven component tests take a few hundred ms; a loaded 2-core CI machine, many times that.
    testTimeout: 15_000,
  },
});
