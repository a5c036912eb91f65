import { describe, expect, expectTypeOf, it } from 'vitest';
import { Emitter } from './events.ts';

type Events = { ping: number; pong: { text: string } };

describe('Emitter', () => {
  it('delivers typed payloads in order and unsubscribes', () => {
    const e = new Emitter<Events>();
    const got: unknown[] = [];
    const off = e.on('ping', (n) => got.push(n));
    e.on('pong', (p) => got.push(p.text));
    e.emit('ping', 1);
    e.emit('pong', { text: 'a' });
    off();
    e.emit('ping', 2);
    expect(got).toEqual([1, 'a']);
  });
  it('types handlers by event name', () => {
    const e = new Emitter<Events>();
    e.on('ping', (n) => expectTypeOf(n).toEqualTypeOf<number>());
    // @ts-expect-error - a misspelt event is a compile error
    e.on('pnig', () => undefined);
    // @ts-expect-error - a wrong payload is a compile error
    e.emit('pong', 3);
  });
});
