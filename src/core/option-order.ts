/**
 * The order in which a decision's options are shown. Authors write the best
 * option wherever they like; the trainee sees a shuffle that is fixed by the
 * log's seed, the decision's position and the options on offer, so the same
 * log always shows the same order (reload, replay, printout, projector) and
 * position carries no information about quality.
 */

/** FNV-1a of a string, as a 32-bit unsigned integer. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The options of the `decisionIndex`-th choice (0-based count of choices
 * already made), in the order they are shown.
 * @param seed the log's seed (`seedOf`)
 * @param offered the option ids in source order
 */
export function shownOrder<T extends string>(seed: number, decisionIndex: number, offered: readonly T[]): T[] {
  const order = [...offered];
  if (order.length < 2) return order;
  const random = mulberry32(fnv1a(`${seed >>> 0}:${decisionIndex}:${offered.join(',')}`));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i];
    const b = order[j];
    // 0 <= j <= i < order.length, so both exist.
    if (a === undefined || b === undefined) throw new Error(`shownOrder: swap ${i} and ${j} outside ${order.length} options`);
    order[i] = b;
    order[j] = a;
  }
  return order;
}

/** `offered` (options in source order) in the order they are shown at the `decisionIndex`-th choice (see `shownOrder`). */
export function inShownOrder<T extends { id: string }>(seed: number, decisionIndex: number, offered: readonly T[]): T[] {
  const byId = new Map(offered.map((o) => [o.id, o]));
  return shownOrder(
    seed,
    decisionIndex,
    offered.map((o) => o.id),
  ).map((id) => {
    const option = byId.get(id);
    // shownOrder only reorders the ids it is given.
    if (option === undefined) throw new Error(`shown order names option "${id}", which is not on offer`);
    return option;
  });
}

/**
 * The part of Web Crypto used here, present in browsers and in Node 20. Declared
 * here because the core compiles without DOM or Node types (tsconfig.core.json).
 */
interface RandomSource {
  getRandomValues?(array: Uint32Array): Uint32Array;
}

/** A fresh random seed (crypto where available: it needs no seeding of its own). */
export function newSeed(): number {
  const c = (globalThis as { crypto?: RandomSource }).crypto;
  if (c?.getRandomValues) {
    const [value] = c.getRandomValues(new Uint32Array(1));
    if (value !== undefined) return value;
  }
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}
