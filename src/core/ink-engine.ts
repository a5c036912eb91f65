/**
 * The ink runtime (inkjs's `Story` class), loaded on demand.
 *
 * Why: inkjs is about half of the JavaScript the first screen would otherwise
 * parse before anything shows (128 KB of 270 KB, minified). A scenario's first
 * step is computed at build time (`manifest.firstStep`), so the first choice
 * can be on screen before the runtime is even downloaded; the browser loads it
 * in idle time while the trainee reads, and before a choice or a restore needs
 * it. Build-time code and Node tests provide it up front (`provideInkEngine`).
 */
import type { Story } from 'inkjs';

/** The class a runner builds its story with. */
export type InkStoryClass = typeof Story;

let engine: InkStoryClass | undefined;
let loading: Promise<InkStoryClass> | undefined;

/** Thrown when a story is needed before the ink runtime is loaded (call `loadInkEngine()` first). */
export class InkNotLoadedError extends Error {
  constructor() {
    super('the ink runtime is not loaded yet: await loadInkEngine() before choosing or restoring');
  }
}

/** Use this class from now on (build time and Node tests, where inkjs is imported directly). */
export function provideInkEngine(story: InkStoryClass): void {
  engine = story;
}

/** The ink runtime if it is loaded, else undefined. */
export function inkEngine(): InkStoryClass | undefined {
  return engine;
}

/**
 * Load the ink runtime (once; concurrent calls share the download). A failed
 * download is forgotten, so a later call tries again.
 */
export function loadInkEngine(): Promise<InkStoryClass> {
  if (engine) return Promise.resolve(engine);
  loading ??= import('inkjs').then(
    (m) => (engine = m.Story),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
