import { describe, expect, it } from 'vitest';
import { walkEveryPath, type PathWalker } from './walk-paths.ts';

/** A toy tree: each position is a path of option letters; the tree says what is on offer there. */
function treeWalker(tree: Record<string, string[]>) {
  let at = '';
  const visited: string[] = [];
  const walker: PathWalker<string, string, string[]> = {
    options: () => tree[at] ?? [],
    snapshot: () => at,
    restore: (s) => {
      at = s;
    },
    choose: (option) => {
      at += option;
    },
    leaf: () => {
      visited.push(at);
      return [at];
    },
    decision: (_options, results) => results.flat(),
  };
  return { walker, visited, position: () => at };
}

describe('walkEveryPath', () => {
  it('visits every path once, depth first, in the order options are offered', () => {
    const t = treeWalker({ '': ['a', 'b'], a: ['x', 'y'], b: ['z'] });
    expect(walkEveryPath(t.walker)).toEqual(['ax', 'ay', 'bz']);
    expect(t.visited).toEqual(['ax', 'ay', 'bz']);
  });

  it('restores the position before each further option and returns where it started', () => {
    const t = treeWalker({ '': ['a', 'b', 'c'], b: ['x', 'y'] });
    expect(walkEveryPath(t.walker)).toEqual(['a', 'bx', 'by', 'c']);
    expect(t.position()).toBe('');
  });

  it('folds results bottom-up: counting paths and the longest path', () => {
    const tree: Record<string, string[]> = { '': ['a', 'b'], a: ['x', 'y', 'z'], ay: ['q'] };
    let at = '';
    const count: PathWalker<string, string, { paths: number; depth: number }> = {
      options: () => tree[at] ?? [],
      snapshot: () => at,
      restore: (s) => {
        at = s;
      },
      choose: (o) => {
        at += o;
      },
      leaf: () => ({ paths: 1, depth: 0 }),
      decision: (_o, rs) => ({ paths: rs.reduce((n, r) => n + r.paths, 0), depth: 1 + Math.max(...rs.map((r) => r.depth)) }),
    };
    expect(walkEveryPath(count)).toEqual({ paths: 4, depth: 3 });
  });
});
