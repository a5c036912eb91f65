/**
 * The one walk over every path of a story: depth first, saving the position
 * at each decision and returning to it before the next option. The build's
 * analysis walks a raw ink Story with it (story-graph.ts); the playthrough
 * tests walk the real Session with it. Build and test time only: the number
 * of paths grows with every branch.
 */

/** What the walk needs from the thing being walked. */
export interface PathWalker<Option, Snapshot, Result> {
  /** The options on offer where the walk now stands; none: this path ends here. Called once per position. */
  options(): readonly Option[];
  /** Save the current position. */
  snapshot(): Snapshot;
  /** Return to a saved position (each snapshot is restored several times). */
  restore(snapshot: Snapshot): void;
  /** Take the `index`-th option: the walk moves on to the next position. */
  choose(option: Option, index: number): void;
  /** The result of a path that ends here. */
  leaf(): Result;
  /** The result of a position with options, from each option's result, in order. */
  decision(options: readonly Option[], results: readonly Result[]): Result;
}

/**
 * Walk every path from the current position, in source order of the options.
 * Returns with the walker back at the position it started from.
 */
export function walkEveryPath<Option, Snapshot, Result>(walker: PathWalker<Option, Snapshot, Result>): Result {
  const options = walker.options();
  if (options.length === 0) return walker.leaf();
  const saved = walker.snapshot();
  const results = options.map((option, index) => {
    if (index > 0) walker.restore(saved);
    walker.choose(option, index);
    return walkEveryPath(walker);
  });
  walker.restore(saved);
  return walker.decision(options, results);
}
