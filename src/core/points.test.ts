import { describe, expect, it } from 'vitest';
import { totalOf } from './points.ts';

describe('totalOf', () => {
  it('adds the points of every dimension, negative ones included', () => {
    expect(totalOf({ identification: 2, protection: -3, procedure: 4 })).toBe(3);
    expect(totalOf({ identification: 0, protection: 0, procedure: 0 })).toBe(0);
  });
});
