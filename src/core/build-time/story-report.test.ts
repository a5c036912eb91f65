import { describe, expect, it } from 'vitest';
import { compileStory, StoryBuildError } from '../../build/compile-story.ts';
import { compileFixture } from '../../../tests/helpers.ts';
import { checkAssessment, storyReport } from './story-report.ts';
import fs from 'node:fs';

describe('storyReport (on the mini fixture, figures worked out by hand)', () => {
  const { json, manifest } = compileFixture('mini');
  const english = (id: string) => manifest.choices[id]!.text;

  it('plays the naive strategies through the story', () => {
    const r = storyReport(json, manifest, 'en', english);
    // Longest: m-002 (+3) then m-008 (+2) = 5 of 5. Shortest: m-004 (-3). First in source: as longest.
    expect(r.strategies.longest).toBe(1);
    expect(r.strategies.shortest).toBeCloseTo(-3 / 5);
    expect(r.strategies.firstInSource).toBe(1);
    // Random: (3 + 1) + (-2 + 1) + (-3), over three first options = 0.
    expect(r.strategies.random).toBeCloseTo(0);
  });

  it('measures the length of the best option against the others, and partial credit', () => {
    const r = storyReport(json, manifest, 'en', english);
    expect(r.decisions.map((d) => d.bestIsLongest)).toEqual([true, true]);
    // "Ask the escort to wait outside." 31 vs 25 and 18; "Give a help card discreetly." 28 vs "Continue." 9.
    expect(r.decisions[0]!.lengthRatio).toBeCloseTo(31 / 21.5);
    expect(r.decisions[1]!.lengthRatio).toBeCloseTo(28 / 9);
    expect(r.partialShare).toBe(0);
    // Longest strategy, best is longest, length ratio, partial credit (the shortest targets are met).
    expect(checkAssessment(r).map((p) => p.message.slice(5, 40))).toHaveLength(4);
    expect(r.decisions.map((d) => d.bestIsShortest)).toEqual([false, false]);
  });

  it('reads another language by id: a translation can meet the length targets that the English misses', () => {
    const texts: Record<string, string> = {
      'm-002': 'Попросить выйти.',
      'm-003': 'Спросить их при ней, прямо сейчас.',
      'm-004': 'Пропустить всех без вопросов.',
      'm-008': 'Дать карточку.',
      'm-010': 'Дальше, без карточки.',
    };
    const r = storyReport(json, manifest, 'ru', (id) => texts[id]!);
    expect(r.decisions.map((d) => d.bestIsLongest)).toEqual([false, false]);
    expect(r.strategies.longest).toBeCloseTo(-2 / 5 + 0);
    expect(checkAssessment(r).some((p) => p.message.startsWith('[ru] the best option is the longest'))).toBe(false);
  });

  it('a story written to the rules meets every target', () => {
    const fair = compileFixture('fair');
    const r = storyReport(fair.json, fair.manifest, 'en', (id) => fair.manifest.choices[id]!.text);
    expect(checkAssessment(r)).toEqual([]);
    // Longest: f-003 (+1) then f-008 (+1) = 2 of the best 5.
    expect(r.strategies.longest).toBeCloseTo(2 / 5);
    expect(r.partialShare).toBe(1);
  });

  it('follows the strategies over the story graph to the figures the real story gives', () => {
    for (const fixture of ['mini', 'fair', 'best-total']) {
      const c = compileFixture(fixture);
      const text = (id: string) => c.manifest.choices[id]!.text;
      expect(storyReport(c.json, c.manifest, 'en', text, c.graph)).toEqual(storyReport(c.json, c.manifest, 'en', text));
    }
  });

  it('a story that misses a target fails the build, naming the file and the line of the decision', () => {
    const source = fs.readFileSync('tests/fixtures/mini.ink', 'utf8');
    const build = () => compileStory('tests/fixtures/mini.ink', source, undefined, { assessment: { en: undefined } });
    expect(build).toThrow(StoryBuildError);
    try {
      build();
    } catch (e) {
      const lines = (e as Error).message.split('\n');
      // m-002, the first option of the first signposted decision, is on line 11.
      expect(lines).toContainEqual(
        expect.stringMatching(/^tests\/fixtures\/mini\.ink:11: assessment: \[en\] the best option is the longest in 100% of decisions/),
      );
      expect(lines).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:\d+: assessment: \[en\] "always the longest option" scores 100%/));
    }
  });
});
