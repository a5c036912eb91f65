import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActiveClock } from './active-time.ts';

describe('ActiveClock', () => {
  it('counts each stretch between inputs, a long one as at most the cap', () => {
    const clock = new ActiveClock(0, 300);
    expect(clock.take(100)).toBe(100);
    expect(clock.take(250)).toBe(150);
    expect(clock.take(10_000)).toBe(300); // walked away: capped
    expect(clock.take(10_050)).toBe(50);
  });

  it('counts nothing while the page is out of view', () => {
    const clock = new ActiveClock(0, 300);
    expect(clock.pause(40)).toBe(40);
    expect(clock.take(5_000)).toBe(0);
    expect(clock.pause(6_000)).toBe(0);
    clock.resume(7_000);
    expect(clock.take(7_020)).toBe(20);
    clock.resume(7_500); // already counting: resume changes nothing
    expect(clock.take(7_200)).toBe(180);
  });

  it('property: the total counted never exceeds the time that passed, and never goes down', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ dt: fc.nat(10_000), op: fc.constantFrom('take', 'pause', 'resume') })), (steps) => {
        const clock = new ActiveClock(0, 1_000);
        let now = 0;
        let total = 0;
        for (const { dt, op } of steps) {
          now += dt;
          const counted = op === 'resume' ? (clock.resume(now), 0) : clock[op](now);
          expect(counted).toBeGreaterThanOrEqual(0);
          expect(counted).toBeLessThanOrEqual(1_000);
          total += counted;
        }
        expect(total).toBeLessThanOrEqual(now);
      }),
    );
  });
});
