import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin, renderBlockingEntry } from './src/build/vite-plugin-ink.ts';

// One config for the game (vite) and the tests (vitest projects):
// - unit: core, stories and locales in Node, no browser, seconds;
// - browser: a production build driven in a real headless Chromium.
export default defineConfig({
  base: './',
  plugins: [
    inkPlugin(),
    renderBlockingEntry(),
    // Installable, and offline after a first visit over HTTPS or localhost: a service worker
    // (Workbox) precaches every file of the build. 'prompt': a new version waits and is
    // announced (src/ui/pwa.ts); it is never swapped in under a trainee in mid-scenario.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Safe Passage',
        short_name: 'Safe Passage',
        description: 'A victim-centred training simulation on recognising and responding to human trafficking.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#141a23',
        theme_color: '#141a23',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webm,mp3}'],
        // Phaser's chunk is about 1.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A link with ?scenario= or ?lang= is the same page.
        navigateFallback: 'index.html',
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
