import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLog, seedOf } from './decision-log.ts';
import { inShownOrder, newSeed, shownOrder } from './option-order.ts';

describe('shownOrder', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('is a permutation, fixed by seed, decision and options', () => {
    const order = shownOrder(42, 3, ids);
    expect([...order].sort()).toEqual(ids);
    expect(shownOrder(42, 3, ids)).toEqual(order);
    expect(ids).toEqual(['a', 'b', 'c', 'd']); // not shuffled in place
  });

  it('puts each option first about equally often across seeds', () => {
    const first = new Map<string, number>();
    const n = 4000;
    for (let seed = 0; seed < n; seed++) {
      const f = shownOrder(seed, 0, ids)[0]!;
      first.set(f, (first.get(f) ?? 0) + 1);
    }
    // Expected n/4 = 1000 each; a fair shuffle stays well within ±15%.
    for (const id of ids) expect(Math.abs(first.get(id)! - n / 4), id).toBeLessThan(150);
  });

  it('differs between decisions of the same log', () => {
    const orders = new Set(Array.from({ length: 12 }, (_, i) => shownOrder(7, i, ids).join()));
    expect(orders.size).toBeGreaterThan(6);
  });

  it('leaves single options alone and draws 32-bit seeds', () => {
    expect(shownOrder(1, 0, ['x'])).toEqual(['x']);
    const s = newSeed();
    expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
  });
});

describe('inShownOrder', () => {
  it("puts the options themselves in shownOrder's order, for any seed", () => {
    const offered = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() }));
    for (let seed = 0; seed < 50; seed++) {
      const shown = inShownOrder(seed, 2, offered);
      expect(shown.map((o) => o.id)).toEqual(shownOrder(seed, 2, ['a', 'b', 'c', 'd']));
      expect(shown.every((o) => offered.includes(o))).toBe(true);
    }
  });
});

describe('the seed in the decision log', () => {
  it('round-trips through the compact codec and is found by seedOf', () => {
    const log = [{ type: 'seed', seed: 0xfedcba98 } as const, { type: 'choose', choiceId: 'dg-020' } as const];
    const text = encodeLog(log);
    expect(text).toBe(`s:${(0xfedcba98).toString(36)}|c:dg-020`);
    expect(decodeLog(text)).toEqual(log);
    expect(seedOf(decodeLog(text))).toBe(0xfedcba98);
  });

  it('is 0 for logs made before options were shuffled, and rejects seeds out of range', () => {
    expect(seedOf(decodeLog('c:dg-020'))).toBe(0);
    expect(() => decodeLog('s:zzzzzzz')).toThrow(/not a valid action/);
  });
});
