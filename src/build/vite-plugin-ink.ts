/**
 * Vite plugin: `.ink` files become modules at build, dev and test time.
 *
 * - `import story from '../stories/x.ink'` gives `{ json, manifest }`
 *   (compiled JSON for the inkjs runtime; the compiler never ships).
 * - `import { scenarios } from 'virtual:scenarios'` gives every story's
 *   metadata plus a lazy `load()` so each story is its own chunk.
 *
 * A broken story throws `StoryBuildError`, naming file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileStory, type CompiledStory } from './compile-story';
import { SEED_FILES } from '../core/sources';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_VIRTUAL_ID = '\0virtual:scenarios';

/** Compile with a cache keyed by file content. */
function makeCompiler(root: string) {
  const cache = new Map<string, { source: string; compiled: CompiledStory }>();
  return (absFile: string): CompiledStory => {
    const source = fs.readFileSync(absFile, 'utf8');
    const hit = cache.get(absFile);
    if (hit && hit.source === source) return hit.compiled;
    const compiled = compileStory(path.relative(root, absFile).replace(/\\/g, '/'), source, SEED_FILES);
    cache.set(absFile, { source, compiled });
    return compiled;
  };
}

export interface InkPluginOptions {
  /** Folder of `.ink` files, relative to the Vite root. Default `stories`. */
  storiesDir?: string;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let compile = makeCompiler(root);
  const storiesDir = () => path.resolve(root, options.storiesDir ?? 'stories');
  return {
    name: 'safe-passage-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      compile = makeCompiler(root);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    load(id) {
      if (id === RESOLVED_VIRTUAL_ID) {
        const dir = storiesDir();
        this.addWatchFile(dir);
        const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ink')).sort();
        const entries = files.map((f) => {
          const abs = path.join(dir, f);
          this.addWatchFile(abs);
          const { manifest } = compile(abs);
          const stats = { ...manifest.stats };
          return `  { meta: ${JSON.stringify(manifest.meta)}, stats: ${JSON.stringify(stats)}, load: () => import(${JSON.stringify(abs)}) }`;
        });
        return `export const scenarios = [\n${entries.join(',\n')}\n];\n`;
      }
      if (!id.endsWith('.ink')) return null;
      const { json, manifest: full } = compile(id);
      // The browser needs line texts only for endings (the debrief's outcome);
      // everything else it shows comes from the running story.
      const lines = Object.fromEntries(
        Object.entries(full.lines).map(([k, l]) => [k, l.ending ? l : { ...l, text: '' }]),
      );
      const manifest = { ...full, lines };
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return [
        `export const json = ${JSON.stringify(json)};`,
        `export const manifest = JSON.parse(${JSON.stringify(JSON.stringify(manifest))});`,
        'export default { json, manifest };',
      ].join('\n');
    },
  };
}
