/**
 * Build time: the data a direct link's first screen is drawn from (see
 * src/first-screen/data.ts), in every language the stories are in. The UI
 * strings are the locale files' own (a language's missing key falls back to
 * English, as i18next does in the game); the story texts are the translation
 * files'.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledStory } from './compile-story.ts';
import { readStoryTexts, storyLanguages } from './story-texts.ts';
import type { FirstStepData } from '../first-screen/data.ts';

/** The UI strings the content note, the play screen's first step and its leave dialog use (play-panel.ts, content-note.ts, play-dialogs.ts). */
const UI_KEYS = [
  'app.title',
  'app.skipToContent',
  'content.heading',
  'content.intro',
  'content.leave',
  'content.support',
  'content.begin',
  'content.back',
  'play.settings',
  'play.historyButton',
  'play.notebook',
  'play.leave',
  'play.storyRegion',
  'play.choices',
  'play.keysHint',
  'play.more',
  'play.hidden',
  'play.showHidden',
  'play.waitingForGame',
  'speaker.trainee',
  'leave.heading',
  'leave.body',
  'leave.stay',
  'leave.hide',
  'leave.debrief',
  'leave.list',
];

const readUi = (root: string, lang: string): Record<string, string> => {
  const file = path.join(root, 'locales', lang, 'ui.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
};

/** The languages with UI strings under `root` (none in a project without a `locales/` folder: no first screen there). */
const languagesOf = (root: string) => (fs.existsSync(path.join(root, 'locales')) ? storyLanguages(root) : []);

/** True if the first screen draws `compiled`'s first step (one made at build time, not an ending, no document to open). */
export function hasFirstScreen(compiled: CompiledStory): boolean {
  const step = compiled.manifest.firstStep;
  return !!step && !step.ending && step.choices.length > 0 && !step.lines.some((l) => l.tags.evidence.length > 0 || l.tags.ending);
}

/** A story's first step and its translations (the module `assets/first-<id>-<hash>.js`), if the first screen draws it. */
export function firstStepData(compiled: CompiledStory, root: string): FirstStepData | undefined {
  const step = compiled.manifest.firstStep;
  if (!step || !hasFirstScreen(compiled) || languagesOf(root).length === 0) return undefined;
  const scenario = compiled.manifest.meta.scenario;
  const texts: FirstStepData['texts'] = {};
  for (const lang of languagesOf(root)) {
    const translated = readStoryTexts(lang, scenario, root) ?? {};
    texts[lang] = {};
    for (const { id } of [...step.lines, ...step.choices]) if (translated[id] !== undefined) texts[lang][id] = translated[id];
  }
  return { scenario, step, texts };
}

/**
 * The UI strings every first screen needs, by language: the keys above, and each story's title, content-note
 * topics and first-step speakers. A language's missing key is English, as i18next falls back in the game.
 */
export function firstScreenStrings(stories: readonly CompiledStory[], root: string): Record<string, Record<string, string>> {
  const keys = new Set(UI_KEYS);
  for (const { manifest } of stories) {
    keys.add(`scenario.${manifest.meta.scenario}.title`);
    for (const n of manifest.meta.contentNotes) keys.add(`note.${n}`);
    for (const l of manifest.firstStep?.lines ?? []) if (l.tags.speaker && l.tags.speaker !== 'narrator') keys.add(`speaker.${l.tags.speaker}`);
  }
  const english = readUi(root, 'en');
  const out: Record<string, Record<string, string>> = {};
  for (const lang of languagesOf(root)) {
    const ui = readUi(root, lang);
    out[lang] = {};
    for (const k of [...keys].sort()) {
      const text = ui[k] ?? english[k];
      if (text !== undefined) out[lang][k] = text;
    }
  }
  return out;
}
