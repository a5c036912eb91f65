/**
 * Vite plugin: `.ink` stories at build, dev and test time.
 *
 * - Each story is compiled (inkjs compiler, build time only), linted and
 *   walked, then shipped as a content-hashed ES module
 *   `assets/story-<id>-<hash>.js` exporting `json` and `manifest`. Only the
 *   inkjs runtime reaches the browser. (A module rather than a .json file:
 *   the browser downloads and compiles a modulepreloaded module off the main
 *   thread, which measurably brings the first choice forward on slow CPUs.)
 * - `import { scenarios } from 'virtual:scenarios'` gives every story's
 *   metadata and the URL of its module; `virtual:first-screens` the URL of
 *   each story's first screen data (`assets/first-<id>-<hash>.js`,
 *   src/first-screen/data.ts), a direct link's first screen before the game.
 * - `index.html` gets a tiny inline script that modulepreloads the story of
 *   a direct link (`?scenario=<id>`) or of the screen before a reload while
 *   the page's own JavaScript is still downloading.
 * - `import story from '../stories/x.ink.ts'` still works (the benchmark's bare
 *   baseline uses it).
 *
 * A broken story throws `StoryBuildError`, naming file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { compileStory, type CompiledStory } from './compile-story.ts';
import { firstScreenStrings, firstStepData } from './first-screen-data.ts';
import { readStoryTexts, storyLanguages } from './story-texts.ts';
import { hashString } from '../core/build-time/hash.ts';
import { SEED_FILES } from '../core/sources.ts';
import type { ScenarioManifest } from '../core/manifest.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_VIRTUAL_ID = '\0virtual:scenarios';
/** `import { firstScreens, firstScreenStrings } from 'virtual:first-screens'`: each story's content note and first-step module, and the UI strings (for the page's small entry). */
const FIRST_ID = 'virtual:first-screens';
const RESOLVED_FIRST_ID = '\0virtual:first-screens';

import { STORAGE_PREFIX } from '../ui/storage-keys.ts';

/** The served build's notice for a page opened from a folder (a classic script, appended to the prefetch). */
const OPENED_FROM_FILE = fileURLToPath(new URL('./start/opened-from-file.js', import.meta.url));

/**
 * The Content Security Policy the production build ships (a <meta> tag, so
 * it holds on any static host, a USB stick or an LMS package): nothing but
 * the site's own files, plus data:/blob: images and media (Phaser textures,
 * Howler's audio unlock). No inline script: `inlineScriptHashes` stays for
 * a host page that must add one (none does today).
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[], connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self'${inlineScriptHashes.map((h) => ` 'sha256-${h}'`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: data:",
    `connect-src 'self'${connectOrigins.map((o) => ` ${o}`).join('')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The LRS origins a build may send statements to (xAPI / cmi5), from a
 * comma- or space-separated list (the LRS_ORIGINS environment variable):
 * each must be an http(s) origin and nothing more, so the policy cannot be
 * widened by accident (a path, a wildcard, a keyword) - a bad one stops
 * the build.
 */
export function lrsOrigins(list: string | undefined): string[] {
  const origins = (list ?? '').split(/[\s,]+/).filter(Boolean);
  return origins.map((text) => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || !/^[a-z0-9.-]+$/.test(url.hostname) || url.origin !== text.replace(/\/$/, ''))
      throw new Error(`LRS_ORIGINS: "${text}" is not an origin like https://lrs.example.org (scheme, host and port only)`);
    return url.origin;
  });
}

/**
 * The prefetch (a small classic script of its own, or inline on the dev
 * server): start downloading the story the page is about to
 * open (a direct link, or the screen before a reload) before any module
 * loads, and a direct link's first-step module (`first`, see
 * src/first-screen/start.ts) before it. Names are looked up as own properties only ("constructor" or
 * "__proto__" in a link must not reach Object.prototype).
 */
export function prefetchScript(map: Record<string, string>, first: Record<string, string> = {}): string {
  return `(function(){try{var m=${JSON.stringify(map)},f=${JSON.stringify(first)},h=function(k){return typeof k==='string'&&Object.prototype.hasOwnProperty.call(m,k)},p=function(u){var k=document.createElement('link');k.rel='modulepreload';k.href=u;document.head.appendChild(k)},s=new URLSearchParams(location.search).get('scenario');if(h(s)&&Object.prototype.hasOwnProperty.call(f,s))p(f[s]);if(!h(s)){var l=JSON.parse(localStorage.getItem('${STORAGE_PREFIX}screen')||'{}');s=l&&(l.name==='play'||l.name==='debrief')?l.scenario:null}if(h(s))p(m[s])}catch(e){}})();`;
}

/**
 * Compile with a cache keyed by file content. Every story is checked against
 * the assessment targets in every language that has its translation
 * (src/core/build-time/story-report.ts), so a signposted answer stops the build.
 */
function makeCompiler(root: string) {
  const cache = new Map<string, { key: string; compiled: CompiledStory }>();
  return (absFile: string): CompiledStory => {
    const source = fs.readFileSync(absFile, 'utf8');
    const scenario = path.basename(absFile, '.ink');
    const hasLocales = fs.existsSync(path.join(root, 'locales'));
    const assessment = hasLocales ? Object.fromEntries(storyLanguages(root).map((lang) => [lang, readStoryTexts(lang, scenario, root)])) : { en: undefined };
    const key = source + JSON.stringify(assessment);
    const hit = cache.get(absFile);
    if (hit && hit.key === key) return hit.compiled;
    const compiled = compileStory(path.relative(root, absFile).replace(/\\/g, '/'), source, SEED_FILES, { assessment });
    cache.set(absFile, { key, compiled });
    return compiled;
  };
}

/**
 * What the browser gets for a story: the compiled JSON and the manifest, with
 * line texts dropped except for endings (the debrief's outcome); everything
 * else it shows comes from the running story.
 */
export function browserPayload(compiled: CompiledStory): { json: string; manifest: ScenarioManifest } {
  const lines = Object.fromEntries(Object.entries(compiled.manifest.lines).map(([k, l]) => [k, l.ending ? l : { ...l, text: '' }]));
  return { json: compiled.json, manifest: { ...compiled.manifest, lines } };
}

/** The story module's source: the ink JSON as a string (inkjs parses it), the manifest parsed once. */
function moduleSource(compiled: CompiledStory): string {
  const { json, manifest } = browserPayload(compiled);
  // JSON.parse of a string literal starts faster than an object literal of the same size.
  return `export const json = ${JSON.stringify(json)};\nexport const manifest = JSON.parse(${JSON.stringify(JSON.stringify(manifest))});\n`;
}

interface ShippedStory {
  id: string;
  /** Path relative to the site root, e.g. `assets/story-farm-call-0a1b2c3d.js`. */
  file: string;
  body: string;
  compiled: CompiledStory;
  /** The module a direct link's first screen is drawn from (src/first-screen/data.ts), if the story has one. */
  first?: { file: string; body: string };
}

export interface InkPluginOptions {
  /** Folder of `.ink` files, relative to the Vite root. Default `stories`. */
  storiesDir?: string;
  /**
   * Bundle the stories into the page's own script instead of shipping them as
   * modules fetched by URL (the offline build: a page opened from file://
   * cannot import modules). No prefetch script then, and no inline script at all.
   */
  bundled?: boolean;
}

/**
 * Dev server: watch the stories folder (a story added or removed changes the
 * scenario list, so the page reloads) and serve the story modules from memory,
 * recompiled when a story changes.
 */
function serveStoriesInDev(server: ViteDevServer, storiesDir: string, assetsDir: string, shipAll: () => ShippedStory[]): void {
  const storyPrefix = `${assetsDir}/story-`;
  const firstPrefix = `${assetsDir}/first-`;
  server.watcher.add(storiesDir);
  const refresh = (file: string) => {
    if (!file.endsWith('.ink')) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_VIRTUAL_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };
  server.watcher.on('add', refresh);
  server.watcher.on('unlink', refresh);
  server.watcher.on('change', refresh);
  server.middlewares.use((req, res, next) => {
    // The path without its query (split always yields at least one part).
    const [pathname = ''] = (req.url ?? '').split('?');
    const url = pathname.replace(/^\//, '');
    const body = url.startsWith(storyPrefix) ? shipAll().find((s) => s.file === url)?.body : undefined;
    const first = url.startsWith(firstPrefix) ? shipAll().find((s) => s.first?.file === url)?.first?.body : undefined;
    if (body === undefined && first === undefined) return next();
    res.setHeader('content-type', 'text/javascript');
    res.end(body ?? first);
  });
}

/** The plugin (see the top of this file). */
// Over 60 lines: an object of short Vite hooks that share the compiled stories; each hook is a few lines.
export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  let compile = makeCompiler(process.cwd());
  const storiesDir = () => path.resolve(config?.root ?? process.cwd(), options.storiesDir ?? 'stories');

  // The module text and its hash are built once per compiled story (the compiler caches by source),
  // not on every dev request or HTML transform.
  const shipped = new WeakMap<CompiledStory, ShippedStory>();

  /** Compile every story and name its module file by content hash. */
  const shipAll = (): ShippedStory[] =>
    fs
      .readdirSync(storiesDir())
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => {
        const compiled = compile(path.join(storiesDir(), f));
        let ship = shipped.get(compiled);
        if (!ship) {
          const body = moduleSource(compiled);
          const id = compiled.manifest.meta.scenario;
          const assets = config?.build.assetsDir ?? 'assets';
          const data = firstStepData(compiled, config?.root ?? process.cwd());
          const firstBody = data && `export const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
          const first = firstBody ? { file: `${assets}/first-${id}-${hashString(firstBody).slice(0, 10)}.js`, body: firstBody } : undefined;
          ship = { id, file: `${assets}/story-${id}-${hashString(body).slice(0, 10)}.js`, body, compiled, first };
          shipped.set(compiled, ship);
        }
        return ship;
      });

  /** Each story's module file, by scenario id (what the prefetch looks up). */
  const storyFiles = () => Object.fromEntries(shipAll().map((s) => [s.id, s.file]));
  /** Each story's first screen data module, by scenario id (a direct link's is fetched first). */
  const firstFiles = () => Object.fromEntries(shipAll().flatMap((s) => (s.first ? [[s.id, s.first.file]] : [])));
  /**
   * The page's start script as a file of its own, named by its content (the stories' file names change it):
   * the prefetch, then the notice for a build opened from a folder (one request and one script, not two).
   */
  const prefetchFile = () => {
    const code = `${prefetchScript(storyFiles(), firstFiles())}\n${fs.readFileSync(OPENED_FROM_FILE, 'utf8')}`;
    return { code, file: `${config?.build.assetsDir ?? 'assets'}/prefetch-${hashString(code).slice(0, 10)}.js` };
  };

  return {
    name: 'safe-passage-ink',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
      compile = makeCompiler(resolved.root);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : id === FIRST_ID ? RESOLVED_FIRST_ID : null;
    },
    load(id) {
      if (id === RESOLVED_FIRST_ID) {
        // The offline build has one script and no modules to fetch: no first screen there (the game draws its own).
        const stories = options.bundled ? [] : shipAll().flatMap((s) => (s.first ? [{ ...s, first: s.first }] : []));
        const entries = Object.fromEntries(stories.map((s) => [s.id, { file: s.first.file, contentNotes: s.compiled.manifest.meta.contentNotes }]));
        const strings = firstScreenStrings(
          stories.map((s) => s.compiled),
          config?.root ?? process.cwd(),
        );
        return `export const firstScreens = ${JSON.stringify(entries)};\nexport const firstScreenStrings = ${JSON.stringify(strings)};\n`;
      }
      if (id === RESOLVED_VIRTUAL_ID) {
        const entries = shipAll().map((s) => {
          this.addWatchFile(path.join(storiesDir(), `${s.id}.ink`));
          const { meta, stats } = s.compiled.manifest;
          const where = options.bundled ? `load: () => import(${JSON.stringify(path.join(storiesDir(), `${s.id}.ink`))})` : `url: ${JSON.stringify(s.file)}`;
          return `  { meta: ${JSON.stringify(meta)}, stats: ${JSON.stringify(stats)}, ${where} }`;
        });
        return `export const scenarios = [\n${entries.join(',\n')}\n];\n`;
      }
      if (!id.endsWith('.ink')) return null;
      return `${moduleSource(compile(id))}export default { json, manifest };\n`;
    },
    generateBundle() {
      if (options.bundled) return;
      for (const s of shipAll()) {
        this.emitFile({ type: 'asset', fileName: s.file, source: s.body });
        if (s.first) this.emitFile({ type: 'asset', fileName: s.first.file, source: s.first.body });
      }
      if (config?.command === 'build') {
        const prefetch = prefetchFile();
        this.emitFile({ type: 'asset', fileName: prefetch.file, source: prefetch.code });
      }
    },
    configureServer(server) {
      serveStoriesInDev(server, storiesDir(), config?.build.assetsDir ?? 'assets', shipAll);
    },
    transformIndexHtml(html) {
      const isBuild = config?.command === 'build';
      const policy = {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([], lrsOrigins(process.env.LRS_ORIGINS)) },
        injectTo: 'head-prepend' as const,
      };
      if (options.bundled) return isBuild ? [policy] : [];
      // The dev server injects inline scripts of its own, so it gets no policy, and the prefetch inline.
      if (!isBuild) return [{ tag: 'script', children: prefetchScript(storyFiles(), firstFiles()), injectTo: 'head' }];
      // A classic script file, not inline (the policy allows no inline script), `async` so it never holds up
      // the page. Right after <title>, before the stylesheet, so the browser finds it first; not first in
      // <head>: <meta charset> must stay within the first 1024 bytes.
      const src = `${config?.base ?? './'}${prefetchFile().file}`;
      if (html.includes('</title>')) return { html: html.replace('</title>', `</title>\n    <script src="${src}" async></script>`), tags: [policy] };
      return [policy, { tag: 'script', attrs: { src, async: true }, injectTo: 'head' }];
    },
  };
}

/**
 * The served build's entry script holds the page's first frame (`blocking="render"`): it is small and draws a
 * direct link's content note as it runs (src/first-screen/start.ts), so the note is the first thing painted,
 * with no "Loading..." frame laid out and painted before it on a slow PC. (Not in the offline build: its one
 * script is the whole game.)
 */
export function renderBlockingEntry(): Plugin {
  return {
    name: 'safe-passage-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(<script type="module" crossorigin src="[^"]*")/, '$1 blocking="render"'),
    },
  };
}
