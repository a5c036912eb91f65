/**
 * The offline build (`npm run build:offline` -> `dist-offline/`): a folder a
 * trainer copies to a USB stick and opens by double-clicking index.html, with
 * no server and no network. A page opened from file:// cannot load ES modules
 * or fetch files, so here:
 * - the whole game is ONE classic script (IIFE; lazy parts inlined), loaded
 *   with a plain `<script defer>` and no `crossorigin`;
 * - stories and translations are bundled into it (vite-plugin-ink `bundled`,
 *   src/ui/resources-bundled.ts in place of resources.ts);
 * - art and sound are inlined as data: URLs (a WebGL texture from a file://
 *   image would be refused as cross-origin).
 * The Content Security Policy is the same as the served build's, with no
 * inline script at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

const RESOURCES = path.resolve(import.meta.dirname, 'src/ui/resources.ts');
const BUNDLED_RESOURCES = path.resolve(import.meta.dirname, 'src/ui/resources-bundled.ts');

/** Use the bundled translations instead of fetched ones. */
function bundledResources(): Plugin {
  return {
    name: 'safe-passage-bundled-resources',
    enforce: 'pre',
    async resolveId(source, importer, opts) {
      if (!source.includes('resources')) return null;
      const r = await this.resolve(source, importer, { ...opts, skipSelf: true });
      return r && path.resolve(r.id) === RESOURCES ? BUNDLED_RESOURCES : null;
    },
  };
}

/** index.html for file://: a classic deferred script, and no `crossorigin` (it would make the stylesheet a CORS request). */
function classicScriptTags(): Plugin {
  return {
    name: 'safe-passage-classic-script',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/ crossorigin(?=[ >])/g, ''),
    },
  };
}

/** No service worker from a folder (file:// cannot have one): the registration module is a no-op here. */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'safe-passage-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => (loaded === `\0${id}` ? 'export function registerSW() { return () => Promise.resolve(); }' : null),
  };
}

/**
 * SVG art as base64 data: URLs. Vite inlines SVG as URL-encoded text, which
 * Phaser's loader takes for base64 (it decodes every data: URL with atob).
 */
function base64Svg(): Plugin {
  return {
    name: 'safe-passage-base64-svg',
    enforce: 'pre',
    load(id) {
      const [file = '', query = ''] = id.split('?');
      if (!file.endsWith('.svg') || query !== 'url') return null;
      return `export default ${JSON.stringify(`data:image/svg+xml;base64,${fs.readFileSync(file).toString('base64')}`)};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [inkPlugin({ bundled: true }), bundledResources(), base64Svg(), noServiceWorker(), classicScriptTags()],
  build: {
    outDir: 'dist-offline',
    emptyOutDir: true,
    copyPublicDir: false,
    target: ['es2020', 'chrome109', 'firefox115'],
    modulePreload: false,
    // One stylesheet, linked: CSS injected by the script as a <style> element would be refused by the policy.
    cssCodeSplit: false,
    // Everything inline: art and sound as data: URLs.
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { output: { format: 'iife', inlineDynamicImports: true } },
  },
});
