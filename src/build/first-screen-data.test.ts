/**
 * The first screen's data (src/first-screen/data.ts) against the game's own
 * reading of the same story: every real story, every language, through the
 * real inkjs runtime and real i18next resources. What the first screen draws
 * before the game loads must be what the game then draws in its place.
 */
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES, loadStoryTranslations, quickT, storyText, useLanguage } from '../core/i18n.ts';
import { Session } from '../core/session.ts';
import { translator } from '../first-screen/data.ts';
import { compileReal, ROOT, storyIds } from '../../tests/helpers.ts';
import { fileResources } from '../../tests/resources.ts';
import { browserPayload } from './vite-plugin-ink.ts';
import { firstScreenStrings, firstStepData, hasFirstScreen } from './first-screen-data.ts';

const stories = storyIds().map((id) => compileReal(id));

describe('first screen data', () => {
  it('exists for every story (each begins with a step the first screen can draw)', () => {
    expect(stories.filter((c) => !hasFirstScreen(c)).map((c) => c.manifest.meta.scenario)).toEqual([]);
  });

  for (const lang of LANGUAGES) {
    it(`in ${lang}: the first step's lines and options are the game's, word for word`, async () => {
      const i18n = createI18n('en');
      await useLanguage(i18n, lang, fileResources);
      for (const compiled of stories) {
        const id = compiled.manifest.meta.scenario;
        await loadStoryTranslations(i18n, lang, id, fileResources);
        const data = firstStepData(compiled, ROOT)!;
        const { json, manifest } = browserPayload(compiled);
        // The game's first step from the real ink runtime: the build's precomputed step taken away.
        const session = new Session(json, { ...manifest, firstStep: undefined }, 7);
        const game = session.step;
        const texts = data.texts[lang] ?? {};
        const shown = (x: { id: string; text: string }) => texts[x.id] ?? x.text;
        expect(data.step.lines.map((l) => [l.id, shown(l), l.tags.speaker ?? null])).toEqual(
          game.lines.map((l) => [l.id, storyText(i18n, id, l.id, l.text), l.tags.speaker ?? null]),
        );
        expect(new Set(data.step.choices.map((c) => [c.id, shown(c)].join('\n')))).toEqual(
          new Set(game.choices.map((c) => [c.id, storyText(i18n, id, c.id, c.text)].join('\n'))),
        );
      }
    });

    it(`in ${lang}: every UI string is the one i18next gives the game, placeholders filled alike`, async () => {
      const i18n = createI18n('en');
      await useLanguage(i18n, lang, fileResources);
      const t = quickT(i18n);
      const strings = firstScreenStrings(stories, ROOT)[lang]!;
      const ours = translator(strings);
      expect(Object.keys(strings).length).toBeGreaterThan(20);
      for (const key of Object.keys(strings)) {
        const params = { page: 2, pages: 3 };
        expect(ours(key, params), key).toBe(t(key, params));
      }
      // Each story's title, topics and first-step speakers are there.
      for (const { manifest } of stories) {
        expect(strings[`scenario.${manifest.meta.scenario}.title`]).toBeTruthy();
        for (const n of manifest.meta.contentNotes) expect(strings[`note.${n}`], n).toBeTruthy();
      }
    });
  }

  it('a missing string stops the first screen (it throws), rather than showing a key', () => {
    expect(() => translator({ a: 'A' })('b')).toThrow(/no string "b"/);
    expect(translator({ m: 'More ({{page}} of {{pages}})' })('m', { page: 1, pages: 2 })).toBe('More (1 of 2)');
  });
});
