/**
 * A disk cache of story analyses (Node only): the merged graph and manifest
 * of a compiled story, keyed by a hash of the compiled JSON and of the
 * analyser itself (every source file of src/core, and the inkjs version), so
 * an edit to the story or to any code that could change the analysis misses
 * the cache. Lives in node_modules/.cache/ink-graph/: a clean clone (CI)
 * starts cold, repeated local builds and test runs reuse it. Set
 * INK_GRAPH_CACHE=off to bypass it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { analyseStory, type Analysis } from '../core/build-time/story-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'ink-graph');

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

let version: string | undefined;
/** The analyser's version: a hash of every non-test source file under src/core and the inkjs package version. */
export function analyserVersion(): string {
  if (version) return version;
  const core = path.join(ROOT, 'src', 'core');
  const files = (fs.readdirSync(core, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(`${f}\0${fs.readFileSync(path.join(core, f), 'utf8')}\0`);
  hash.update(fs.readFileSync(path.join(ROOT, 'node_modules', 'inkjs', 'package.json'), 'utf8'));
  version = hash.digest('hex');
  return version;
}

/** Analyse a compiled story, or read the analysis of the very same story by the very same analyser from the cache. */
export function cachedAnalysis(storyJson: string): Analysis {
  if (process.env.INK_GRAPH_CACHE === 'off') return analyseStory(storyJson);
  const key = sha256(`${analyserVersion()}\0${storyJson}`);
  const file = path.join(CACHE_DIR, `${key}.json`);
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string; analysis?: Analysis };
    // The key is stored inside too: a truncated or foreign file is a miss, never a wrong answer.
    if (cached.key === key && cached.analysis) return cached.analysis;
  } catch {
    // No entry (or an unreadable one): analyse.
  }
  const analysis = analyseStory(storyJson);
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Written whole then renamed, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, analysis }));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only tree: no cache, same answer.
  }
  return analysis;
}
