/** Shared test helpers: compile real `.ink` files with the real inkjs compiler. */
import fs from 'node:fs';
import path from 'node:path';
import { compileStory, type CompiledStory } from '../src/build/compile-story.ts';
import { SEED_FILES } from '../src/core/sources.ts';

export const ROOT = path.resolve(__dirname, '..');
export const STORIES_DIR = path.join(ROOT, 'stories');

/** Compile a fixture from tests/fixtures. */
export function compileFixture(name: string, transform: (s: string) => string = (s) => s): CompiledStory {
  const file = `tests/fixtures/${name}.ink`;
  return compileStory(file, transform(fs.readFileSync(path.join(ROOT, file), 'utf8')), SEED_FILES);
}

/** The scenario ids in stories/. */
export function storyIds(): string[] {
  return fs.readdirSync(STORIES_DIR).filter((f) => f.endsWith('.ink')).map((f) => f.replace(/\.ink$/, '')).sort();
}

const cache = new Map<string, CompiledStory>();
/** Compile a real story from stories/ (cached per test file). */
export function compileReal(id: string): CompiledStory {
  let c = cache.get(id);
  if (!c) {
    const file = `stories/${id}.ink`;
    c = compileStory(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), SEED_FILES);
    cache.set(id, c);
  }
  return c;
}
