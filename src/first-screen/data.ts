/**
 * What a direct link's first screen is drawn from before the game's own code
 * has loaded (src/first-screen/start.ts), made at build time
 * (src/build/first-screen-data.ts): the UI strings and every story's content
 * note in the page's entry (virtual:first-screens), so the note is drawn as
 * soon as it runs, and each story's first step in a small module of its own.
 * No i18next and no ink runtime: the strings are resolved already.
 */
import type { Step } from '../core/story-runner.ts';

/** A story's first step, for the first screen: made at build time, one small module per story. */
export interface FirstStepData {
  scenario: string;
  /** The story's first step as the build computed it (English, options in the story's order). */
  step: Step;
  /** Its translated texts (lines and options) by language and id; an id missing shows the story's English, as in the game. */
  texts: Record<string, Record<string, string>>;
}

/** What the page's entry carries for every story (virtual:first-screens): enough to draw the content note at once. */
export interface FirstScreenEntry {
  /** The module with the story's first step (FirstStepData). */
  file: string;
  /** The content note's topics (`note.<id>` strings). */
  contentNotes: string[];
}

/**
 * A translation function over resolved strings, with i18next's `{{name}}` placeholders
 * filled. A key it does not have throws: the first screen then gives way to the game.
 */
export function translator(strings: Record<string, string>) {
  return (key: string, params?: Record<string, unknown>): string => {
    const text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : undefined;
    if (text === undefined) throw new Error(`first screen: no string "${key}"`);
    return params ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (name in params ? String(params[name]) : all)) : text;
  };
}
