/** Shared test helpers: compile real `.ink` files with the real inkjs compiler. */
import fs from 'node:fs';
import path from 'node:path';
import { compileStory, type CompiledStory } from '../src/build/compile-story.ts';
import { readStoryTexts, storyLanguages } from '../src/build/story-texts.ts';
import { SEED_FILES } from '../src/core/sources.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const STORIES_DIR = path.join(ROOT, 'stories');

/** Compile a fixture from tests/fixtures. */
export function compileFixture(name: string, transform: (s: string) => string = (s) => s): CompiledStory {
  const file = `tests/fixtures/${name}.ink`;
  return compileStory(file, transform(fs.readFileSync(path.join(ROOT, file), 'utf8')), SEED_FILES);
}

/** The scenario ids in stories/. */
export function storyIds(): string[] {
  return fs
    .readdirSync(STORIES_DIR)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.replace(/\.ink$/, ''))
    .sort();
}

/** Every language's texts of a story, as the build's assessment check takes them. */
export function assessmentTexts(id: string): Record<string, Record<string, string> | undefined> {
  return Object.fromEntries(storyLanguages().map((lang) => [lang, readStoryTexts(lang, id)]));
}

const cache = new Map<string, CompiledStory>();
/**
 * Compile a real story from stories/ (cached per test file). The assessment
 * targets are checked by tests/stories/assessment.test.ts (and the build);
 * pass `{ assessment: true }` to check them here too.
 */
export function compileReal(id: string, opts: { assessment?: boolean } = {}): CompiledStory {
  const key = `${id}:${!!opts.assessment}`;
  let c = cache.get(key);
  if (!c) {
    const file = `stories/${id}.ink`;
    c = compileStory(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), SEED_FILES, opts.assessment ? { assessment: assessmentTexts(id) } : {});
    cache.set(key, c);
  }
  return c;
}
