import { describe, expect, it } from 'vitest';
import { buildMergedGraph, MAX_DEPTH, MAX_NODES, topologicalOrder, type StateWalker } from './state-graph.ts';

/**
 * A toy story: a position is the string of options taken; `tree` says what is
 * on offer there and `key` what of it matters for the future.
 */
function toyWalker(tree: Record<string, string[]>, key: (at: string) => string = (at) => at) {
  let at = '';
  const walker: StateWalker<string, string, string> = {
    options: () => tree[key(at)] ?? [],
    key: () => key(at),
    snapshot: () => at,
    restore: (s) => {
      at = s;
    },
    choose: (option) => {
      at += option;
      return `took ${option}`;
    },
  };
  return { walker, position: () => at };
}

describe('buildMergedGraph', () => {
  it('without merging, is the tree of paths, numbered depth first in option order', () => {
    const t = toyWalker({ '': ['a', 'b'], a: ['x', 'y'], b: ['z'] });
    const g = buildMergedGraph(t.walker);
    expect(g.nodes.map((n) => n.edges.map((e) => [e.option, e.to]))).toEqual([
      [
        ['a', 1],
        ['b', 4],
      ],
      [
        ['x', 2],
        ['y', 3],
      ],
      [],
      [],
      [['z', 5]],
      [],
    ]);
    expect(g.nodes[0]!.edges[0]!.facts).toBe('took a');
    expect(t.position()).toBe('');
  });

  it('merges positions with the same key: 2^20 paths in 21 nodes', () => {
    // Twenty binary decisions in a row; only how many were taken matters.
    const tree = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i), ['0', '1']]));
    const g = buildMergedGraph(toyWalker(tree, (at) => String(at.length)).walker);
    expect(g.nodes).toHaveLength(21);
    expect(g.nodes.reduce((n, node) => n + node.edges.length, 0)).toBe(40);
    expect(g.cycles).toEqual([]);
  });

  it('reports a loop instead of walking it for ever', () => {
    // After "a" the story is back where it started.
    const g = buildMergedGraph(toyWalker({ '': ['a', 'b'] }, (at) => at.replace(/a/g, '')).walker, (o) => `option ${o}`);
    expect(g.cycles).toEqual([expect.stringMatching(/^after option a the story returns to a state/)]);
  });

  it('stops with a clear message beyond the depth limit', () => {
    // A key that never repeats and options that never run out.
    let at = 0;
    const endless: StateWalker<number, number, null> = {
      options: () => [1],
      key: () => String(at),
      snapshot: () => at,
      restore: (s) => {
        at = s;
      },
      choose: () => {
        at++;
        return null;
      },
    };
    expect(() => buildMergedGraph(endless)).toThrow(new RegExp(`a path of more than ${MAX_DEPTH} steps`));
  });

  it('stops with a clear message beyond the node limit', () => {
    // Wide rather than deep: every option a new state.
    let at = '';
    const wide: StateWalker<number, string, null> = {
      options: () => (at.length < 3 ? Array.from({ length: 100 }, (_, i) => i) : []),
      key: () => at,
      snapshot: () => at,
      restore: (s) => {
        at = s;
      },
      choose: (o) => {
        at += String.fromCharCode(48 + o);
        return null;
      },
    };
    expect(() => buildMergedGraph(wide, String, { maxNodes: 5000 })).toThrow(/more than 5000 distinct story states/);
    expect(MAX_NODES).toBeGreaterThanOrEqual(100_000);
  });
});

describe('topologicalOrder', () => {
  it('puts every node after the nodes that lead to it', () => {
    const graph = { nodes: [{ edges: [{ to: 2 }, { to: 1 }] }, { edges: [{ to: 2 }] }, { edges: [{ to: 3 }] }, { edges: [] }] };
    const order = topologicalOrder(graph);
    const pos = new Map(order.map((n, i) => [n, i]));
    for (const [n, node] of graph.nodes.entries()) for (const e of node.edges) expect(pos.get(n)!).toBeLessThan(pos.get(e.to)!);
    expect(order).toHaveLength(4);
  });
});
