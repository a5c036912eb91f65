import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

// One config for the game (vite) and the tests (vitest projects):
// - unit: core, stories and locales in Node, no browser, seconds;
// - browser: a production build driven in a real headless Chromium.
export default defineConfig({
  base: './',
  plugins: [inkPlugin()],
  build: {
    // Old classroom PCs: Chrome 109 (the last for Windows 7/8.1) and Firefox 115 ESR.
    // ES2020 for the script is below both (Chrome 80, Firefox 74, Safari 13.1 run it);
    // the browser names set what CSS may be lowered to. Checked by tests/browser/browser-targets.test.ts.
    target: ['es2020', 'chrome109', 'firefox115'],
    // Phaser is one big chunk loaded after the first choice is on screen.
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/setup-ink.ts'],
          // Several tests walk thousands of story paths: on a loaded shared machine they can take
          // well over vitest's default 5 s without anything being wrong.
          testTimeout: 60_000,
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
