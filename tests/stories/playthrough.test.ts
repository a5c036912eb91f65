/**
 * Plays every real story with the real runtime and the real session (the
 * code trainees use) over its merged decision graph (the build's analysis,
 * src/core/build-time/story-graph.ts): every edge of the graph is taken once,
 * checking the session offers what the graph says, each choice is scored and
 * cites a standard, and every path that ends reaches an ending with a
 * computed debrief; then a deterministic sample of whole paths (seeded random,
 * always first, always last, the best totals) is played from the start.
 */
import { describe, expect, it } from 'vitest';
import type { StoryGraph } from '../../src/core/build-time/story-graph.ts';
import type { ScenarioManifest } from '../../src/core/manifest.ts';
import { Session } from '../../src/core/session.ts';
import { bestPaths, bestTotals, countPaths, followGraph, randomPaths } from '../graph-paths.ts';
import { compileReal, storyIds } from '../helpers.ts';
import { checkPath, walkEdges } from '../graph-walk.ts';

describe.each(storyIds())('the story graph of %s', (id) => {
  const { json, manifest, graph } = compileReal(id);

  it('every edge, through the real session: the graph is what the story offers, every choice scored, every end an ending with a debrief', () => {
    const walk = walkEdges(json, manifest, graph);
    expect(walk.problems).toEqual([]);
    const edges = graph.nodes.reduce((n, node) => n + node.next.length, 0);
    expect(walk.edges).toBe(edges);
    expect(walk.edges).toBe(manifest.stats.edges);
    expect([...walk.endings].sort()).toEqual(Object.keys(manifest.endings).sort());
    expect(walk.choicesMade.size).toBe(Object.keys(manifest.choices).length);
    // The figures computed here over the graph agree with the build's.
    expect(countPaths(graph)).toBe(manifest.stats.paths);
    expect(bestTotals(graph, manifest).get(0)).toBe(manifest.max.total);
    console.log(`${id}: ${graph.nodes.length} states, ${edges} edges walked for ${manifest.stats.paths} paths`);
  }, 120_000);

  it('a sample of whole paths (200 random, always first, always last) reaches an ending with a computed debrief', () => {
    const sample = [...randomPaths(graph, 200, 20261203), followGraph(graph, () => 0), followGraph(graph, (choices) => choices.length - 1)];
    const problems = sample.flatMap((path) => checkPath(json, manifest, path).problems);
    expect(problems).toEqual([]);
  }, 120_000);

  it('paths with the best total, played with each indicator noted as soon as it shows, are perfect runs', () => {
    const paths = bestPaths(graph, manifest, 50, 50, 7);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
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
    console.log(`${id}: ${paths.length} best-total paths played`);
  }, 120_000);
});

describe('the graph walk can fail', () => {
  const { json, manifest, graph } = compileReal('departure-gate');
  const tampered = (change: (g: StoryGraph, m: ScenarioManifest) => void) => {
    const g = structuredClone(graph);
    const m = structuredClone(manifest);
    change(g, m);
    return walkEdges(json, m, g).problems;
  };

  it('when the graph does not match what the story offers', () => {
    // Send the first option of the first decision to where the second leads.
    const problems = tampered((g) => {
      const first = g.nodes.findIndex((n) => n.next.length > 1 && n.next[0] !== n.next[1]);
      g.nodes[first]!.next[0] = g.nodes[first]!.next[1]!;
    });
    expect(problems).toContainEqual(expect.stringMatching(/offers .* the graph says/));
  });

  it('when a choice is unscored, cites no standard or has no feedback', () => {
    const problems = tampered((_g, m) => {
      const first = Object.values(m.choices).find((c) => !c.neutral)!;
      first.standards = [];
    });
    expect(problems).toContainEqual(expect.stringMatching(/cites no standard/));
  });

  it('when a path stops without an ending', () => {
    // The manifest no longer knows the ending lines: the debrief finds no ending.
    const problems = tampered((_g, m) => {
      for (const line of Object.values(m.lines)) delete line.ending;
    });
    expect(problems).toContainEqual(expect.stringMatching(/has no ending/));
  });
});
