/**
 * Walks every reachable path of every real story with the real runtime and
 * the real session (the code trainees use), checking that each path reaches
 * an ending, every choice on it is scored and cites a standard, and the
 * debrief computes.
 */
import { describe, expect, it } from 'vitest';
import { walkEveryPath } from '../../src/core/build-time/walk-paths.ts';
import type { ScenarioManifest } from '../../src/core/manifest.ts';
import { Session, type SessionSnapshot } from '../../src/core/session.ts';
import type { OfferedChoice } from '../../src/core/story-runner.ts';
import { compileReal, storyIds } from '../helpers.ts';

interface WalkStats {
  paths: number;
  endings: Map<string, number>;
  bestTotal: number;
  choicesMade: Set<string>;
  /** The choices of every path whose decision points equal the best reachable total. */
  bestPaths: string[][];
}

function walkAll(id: string): WalkStats {
  const { json, manifest } = compileReal(id);
  const session = new Session(json, manifest);
  const stats: WalkStats = { paths: 0, endings: new Map(), bestTotal: -Infinity, choicesMade: new Set(), bestPaths: [] };
  // The same depth-first walk as the build's analysis (walk-paths.ts), here through the real session.
  walkEveryPath<OfferedChoice, SessionSnapshot, void>({
    options: () => (session.finished ? [] : session.step.choices),
    snapshot: () => session.snapshot(),
    restore: (snap) => session.rewind(snap),
    choose: (choice) => {
      const info = manifest.choices[choice.id];
      expect(info, `choice ${choice.id} missing from the manifest`).toBeDefined();
      expect(choice.tags.scored, `choice ${choice.id} has no score`).toBe(true);
      if (!choice.tags.neutral) {
        expect(choice.tags.standards.length, `choice ${choice.id} cites no standard`).toBeGreaterThan(0);
        expect(choice.tags.feedback, `choice ${choice.id} has no feedback`).toBeTruthy();
      }
      stats.choicesMade.add(choice.id);
      session.choose(choice.id);
    },
    leaf: () => checkEnding(session, manifest, stats),
    decision: () => undefined,
  });
  return stats;
}

/** At the end of a path: it reached an ending and its debrief computes. */
function checkEnding(session: Session, manifest: ScenarioManifest, stats: WalkStats): void {
  stats.paths++;
  const r = session.result();
  expect(r.ending, `path ${session.log.map((a) => (a.type === 'choose' ? a.choiceId : a.type)).join(' > ')} has no ending`).toBeDefined();
  stats.endings.set(r.ending!.id, (stats.endings.get(r.ending!.id) ?? 0) + 1);
  stats.bestTotal = Math.max(stats.bestTotal, r.total.points);
  if (r.total.points === manifest.max.total) stats.bestPaths.push(session.log.flatMap((a) => (a.type === 'choose' ? [a.choiceId] : [])));
  // A critical error means "not passed", whatever the points.
  if (r.critical.length > 0) expect(r.verdict).toBe('not-passed');
  // No path scores above the graph's reference total (the percentage is clamped to 100, so check the points).
  expect(r.total.points).toBeLessThanOrEqual(r.total.max);
  // Each reviewed decision cites a standard, and its "better option" was really on offer then.
  const offeredAtDecisions = session.offered.filter((o) => o.length > 1);
  expect(r.decisions.length).toBe(offeredAtDecisions.length);
  r.decisions.forEach((d, i) => {
    expect(d.standards.length, `decision ${d.chosen.id} cites no standard`).toBeGreaterThan(0);
    expect(offeredAtDecisions[i]).toContain(d.chosen.id);
    if (d.better) expect(offeredAtDecisions[i]).toContain(d.better.id);
  });
}

describe.each(storyIds())('every path of %s', (id) => {
  it('reaches an ending with a computed debrief, and the best path scores the graph maximum', () => {
    const { manifest } = compileReal(id);
    const stats = walkAll(id);
    // The walk through the session agrees with the build-time graph analysis.
    expect(stats.paths).toBe(manifest.stats.paths);
    expect(stats.bestTotal).toBe(manifest.max.total);
    expect([...stats.endings.keys()].sort()).toEqual(Object.keys(manifest.endings).sort());
    expect(stats.choicesMade.size).toBe(Object.keys(manifest.choices).length);
    console.log(
      `${id}: ${stats.paths} paths walked, ${stats.bestPaths.length} with the best total, endings ${JSON.stringify(Object.fromEntries(stats.endings))}`,
    );

    // Every path with the best total, played with each indicator noted as soon as it shows, is a perfect run:
    // 100% on every dimension, passed.
    const { json } = compileReal(id);
    expect(stats.bestPaths.length).toBeGreaterThan(0);
    for (const path of stats.bestPaths) {
      const s = new Session(json, manifest);
      const noteWhatIsShown = () => {
        for (const line of s.step.lines) if (!line.tags.epilogue && !line.tags.ending) line.tags.indicators.forEach((i) => s.note(i));
      };
      for (const choice of path) {
        noteWhatIsShown();
        s.choose(choice);
      }
      noteWhatIsShown(); // the ending screen: the notebook is closed, so this changes nothing
      const r = s.result();
      expect({ path: path.join(' > '), percents: Object.values(r.dimensions).map((d) => d.percent), verdict: r.verdict }).toEqual({
        path: path.join(' > '),
        percents: [100, 100, 100],
        verdict: 'passed',
      });
      expect(r.total.percent).toBe(100);
    }
  }, 120_000);
});
