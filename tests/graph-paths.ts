/**
 * Paths through a story's merged decision graph (src/core/build-time/state-graph.ts),
 * for the tests: whole paths are routes through the graph, chosen here
 * (seeded random, always first or last, the best total), never listed one by one.
 */
import type { StoryGraph } from '../src/core/build-time/story-graph.ts';
import type { ScenarioManifest } from '../src/core/manifest.ts';
import { totalOf } from '../src/core/points.ts';

/** A small seeded PRNG (repeatable runs). */
export function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** A whole path (choice ids, start to end), taking at each node the option `pick` returns (an index). */
export function followGraph(graph: StoryGraph, pick: (choices: readonly string[], node: number) => number): string[] {
  const path: string[] = [];
  for (let n = 0, steps = 0; graph.nodes[n]!.choices.length > 0; steps++) {
    if (steps > graph.nodes.length) throw new Error('the graph loops');
    const node = graph.nodes[n]!;
    const i = pick(node.choices, n);
    path.push(node.choices[i]!);
    n = node.next[i]!;
  }
  return path;
}

/** `count` uniformly random paths (uniform at each decision, as random play), from `seed`. */
export function randomPaths(graph: StoryGraph, count: number, seed: number): string[][] {
  const rng = lcg(seed);
  return Array.from({ length: count }, () => followGraph(graph, (choices) => Math.floor(rng() * choices.length)));
}

/** The number of whole paths, counted over the graph (children before parents). */
export function countPaths(graph: StoryGraph): number {
  const memo = new Map<number, number>();
  const count = (n: number): number => {
    const known = memo.get(n);
    if (known !== undefined) return known;
    const node = graph.nodes[n]!;
    const c = node.next.length === 0 ? 1 : node.next.reduce((sum, to) => sum + count(to), 0);
    memo.set(n, c);
    return c;
  };
  return count(0);
}

/** The best total of decision points from each node to an end. */
export function bestTotals(graph: StoryGraph, manifest: ScenarioManifest): Map<number, number> {
  const memo = new Map<number, number>();
  const best = (n: number): number => {
    const known = memo.get(n);
    if (known !== undefined) return known;
    const node = graph.nodes[n]!;
    const b = node.next.length === 0 ? 0 : Math.max(...node.choices.map((c, i) => totalOf(manifest.choices[c]!.score) + best(node.next[i]!)));
    memo.set(n, b);
    return b;
  };
  best(0);
  return memo;
}

/**
 * Paths with the best total: the first `first` in source order, then `random`
 * more picked at random among the best options (seeded); duplicates dropped.
 */
export function bestPaths(graph: StoryGraph, manifest: ScenarioManifest, first: number, random: number, seed: number): string[][] {
  const best = bestTotals(graph, manifest);
  const optimal = (n: number) => {
    const node = graph.nodes[n]!;
    return node.choices.flatMap((c, i) => (totalOf(manifest.choices[c]!.score) + best.get(node.next[i]!)! === best.get(n) ? [i] : []));
  };
  const found = new Map<string, string[]>();
  const walk = (n: number, path: string[]): void => {
    if (found.size >= first) return;
    const node = graph.nodes[n]!;
    if (node.choices.length === 0) found.set(path.join(), [...path]);
    for (const i of optimal(n)) walk(node.next[i]!, [...path, node.choices[i]!]);
  };
  walk(0, []);
  const rng = lcg(seed);
  for (let k = 0; k < random; k++) {
    const path = followGraph(graph, (_c, n) => {
      const ok = optimal(n);
      return ok[Math.floor(rng() * ok.length)]!;
    });
    found.set(path.join(), path);
  }
  return [...found.values()];
}
