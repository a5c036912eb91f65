/**
 * The merged decision graph of a story: one depth-first exploration that
 * merges positions with the same state (the walker's `key`: for a story, the
 * ink position and variables, the cast and the indicators shown so far), so
 * each distinct state is explored once however many paths lead to it. Paths
 * become routes through a directed acyclic graph; per-path facts (the best
 * total, path counts, random-play expectation) are computed over it
 * (story-graph.ts, graph-paths.ts). Build and test time only.
 *
 * Nodes are numbered in the order the exploration first reaches them, and
 * edges are kept in option order, so the first-seen order of anything read
 * on the way is the order a walk over every path would have seen it in.
 */

/** What the exploration needs from the thing being explored. */
export interface StateWalker<Option, Snapshot, Facts> {
  /** The options on offer where the walk now stands; none: a path ends here. Called once per new state. */
  options(): readonly Option[];
  /** Everything that decides the future from here: two positions with the same key are merged. */
  key(): string;
  /** Save the current position. */
  snapshot(): Snapshot;
  /** Return to a saved position (each snapshot is restored several times). */
  restore(snapshot: Snapshot): void;
  /** Take the `index`-th option: the walk moves on to the next position; returns what the step showed. */
  choose(option: Option, index: number): Facts;
}

export interface GraphEdge<Option, Facts> {
  option: Option;
  /** The node the option leads to. */
  to: number;
  /** What the step showed on the way (e.g. the lines read). */
  facts: Facts;
}

export interface GraphNode<Option, Facts> {
  /** The options in the order offered; none for a node where paths end. */
  edges: GraphEdge<Option, Facts>[];
}

/** A merged graph: node 0 is where exploration started. */
export interface MergedGraph<Option, Facts> {
  nodes: GraphNode<Option, Facts>[];
  /** One message per option that leads back to a state still being explored (a loop). */
  cycles: string[];
}

/** Explore at most this many distinct states: beyond it, a story is too big to verify (or counts without limit). */
export const MAX_NODES = 200_000;

/** Paths longer than this many steps are not followed (the exploration recurses once per step). */
export const MAX_DEPTH = 2_000;

/**
 * Build the merged graph from the walker's current position. Returns with the
 * walker at the position it started from.
 * @param describe names an option in messages (e.g. its id)
 * @param limits the node and depth limits (tests lower them)
 */
export function buildMergedGraph<Option, Snapshot, Facts>(
  walker: StateWalker<Option, Snapshot, Facts>,
  describe: (option: Option) => string = String,
  { maxNodes = MAX_NODES, maxDepth = MAX_DEPTH } = {},
): MergedGraph<Option, Facts> {
  const nodes: GraphNode<Option, Facts>[] = [];
  const cycles: string[] = [];
  const ids = new Map<string, number>();
  const exploring = new Set<number>();
  const start = walker.snapshot();

  // Depth first; each new state is explored once, its options in order.
  const explore = (depth: number): number => {
    const key = walker.key();
    const known = ids.get(key);
    if (known !== undefined) return known;
    const id = nodes.length;
    if (id >= maxNodes)
      throw new Error(`more than ${maxNodes} distinct story states: a variable that counts without limit, or a story too big to verify; rejoin branches`);
    if (depth > maxDepth) throw new Error(`a path of more than ${maxDepth} steps: a variable that counts without limit? every path must end`);
    const node: GraphNode<Option, Facts> = { edges: [] };
    nodes.push(node);
    ids.set(key, id);
    const options = walker.options();
    if (options.length === 0) return id;
    exploring.add(id);
    const saved = walker.snapshot();
    options.forEach((option, index) => {
      if (index > 0) walker.restore(saved);
      const facts = walker.choose(option, index);
      const to = explore(depth + 1);
      if (exploring.has(to)) cycles.push(`after ${describe(option)} the story returns to a state it has already passed (a loop): every path must end`);
      node.edges.push({ option, to, facts });
    });
    exploring.delete(id);
    return id;
  };
  explore(0);
  walker.restore(start);
  return { nodes, cycles };
}

/** The `i`-th item of a list the graph code built itself (an index out of range is a bug, not a story problem). */
export function itemAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`story graph: no item ${i} of ${list.length}`);
  return item;
}

/**
 * The nodes in an order where every edge goes forward (children after
 * parents). The graph must be acyclic (`cycles` empty); edges that close a
 * loop are ignored.
 */
export function topologicalOrder(graph: { nodes: readonly { edges: readonly { to: number }[] }[] }): number[] {
  const order: number[] = [];
  const state = new Uint8Array(graph.nodes.length); // 0 new, 1 on the stack, 2 done
  // Iterative post-order (graphs may be deep).
  const stack: [number, number][] = [[0, 0]];
  state[0] = 1;
  while (stack.length > 0) {
    const top = itemAt(stack, stack.length - 1);
    const [n, i] = top;
    const edges = itemAt(graph.nodes, n).edges;
    if (i < edges.length) {
      top[1]++;
      const to = itemAt(edges, i).to;
      if (state[to] === 0) {
        state[to] = 1;
        stack.push([to, 0]);
      }
    } else {
      state[n] = 2;
      order.push(n);
      stack.pop();
    }
  }
  return order.reverse();
}
