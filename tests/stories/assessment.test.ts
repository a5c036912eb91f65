/**
 * The assessment targets (docs/authoring.md, "Assessment rules") on the real
 * stories in every language, and the shown order measured through the real
 * session: no reading pattern (length, position) beats judgement.
 */
import { describe, expect, it } from 'vitest';
import { storyLanguages, readStoryTexts } from '../../src/build/story-texts.ts';
import { totalOf } from '../../src/core/points.ts';
import { Session } from '../../src/core/session.ts';
import { checkAssessment, storyReport } from '../../src/core/build-time/story-report.ts';
import { compileReal, storyIds } from '../helpers.ts';

/** Decision points scored by a policy over the shown order, through the real session. */
function playShown(id: string, seed: number, pick: (shown: string[], rng: () => number) => string, rng: () => number): number {
  const { json, manifest } = compileReal(id);
  const s = new Session(json, manifest, seed);
  let points = 0;
  while (!s.finished) {
    const shown = s.step.choices.map((c) => c.id);
    const choice = pick(shown, rng);
    points += totalOf(manifest.choices[choice]!.score);
    s.choose(choice);
  }
  return points;
}

/** A small seeded PRNG for the random player (repeatable runs). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
}

describe.each(storyIds())('assessment of %s', (id) => {
  it.each(storyLanguages())('meets every target in %s', (lang) => {
    const { json, manifest, graph } = compileReal(id);
    const texts = readStoryTexts(lang, id);
    const textOf = (c: string) => texts?.[c] ?? manifest.choices[c]!.text;
    const report = storyReport(json, manifest, lang, textOf, graph);
    expect(checkAssessment(report).map((p) => p.message)).toEqual([]);
    // The strategies followed over the graph score what the real story gives them.
    expect(report.strategies).toEqual(storyReport(json, manifest, lang, textOf).strategies);
  });

  it('"always press 1" scores no better than random play, over the shown order', () => {
    const runs = 400;
    let first = 0;
    let random = 0;
    const sq: number[] = [];
    for (let i = 0; i < runs; i++) {
      const seed = (i * 2654435761) >>> 0;
      const f = playShown(id, seed, (shown) => shown[0]!, lcg(i));
      const r = playShown(id, seed, (shown, rng) => shown[Math.floor(rng() * shown.length)]!, lcg(i + 1_000_003));
      first += f;
      random += r;
      sq.push(f - r);
    }
    const meanDiff = (first - random) / runs;
    const sd = Math.sqrt(sq.reduce((a, d) => a + (d - meanDiff) ** 2, 0) / (runs - 1));
    // Both pick uniformly among the options on offer, so their means agree up to sampling error:
    // "press 1" may not exceed random play by more than 3 standard errors.
    expect(meanDiff).toBeLessThanOrEqual((3 * sd) / Math.sqrt(runs));
    const { manifest } = compileReal(id);
    console.log(
      `${id}: over ${runs} seeds, "press 1" averages ${(first / runs).toFixed(1)} and random play ${(random / runs).toFixed(1)} of ${manifest.max.total} decision points`,
    );
  }, 120_000);

  it('shows most decisions in an order other than the source order', () => {
    const { json, manifest } = compileReal(id);
    let decisions = 0;
    let reordered = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const s = new Session(json, manifest, seed);
      const shownAt: string[][] = [];
      while (!s.finished) {
        const shown = s.step.choices.map((c) => c.id);
        shownAt.push(shown);
        s.choose(shown[seed % shown.length]!);
      }
      // The runner records what was on offer in source order.
      s.offered.forEach((source, i) => {
        if (source.length < 2) return;
        decisions++;
        if (source.join() !== shownAt[i]!.join()) reordered++;
      });
    }
    // With 2-4 options, a uniform shuffle keeps the source order in at most half of the decisions.
    expect(decisions).toBeGreaterThan(20);
    expect(reordered / decisions).toBeGreaterThan(0.5);
  });
});
