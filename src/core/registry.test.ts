import { describe, expect, it } from 'vitest';
import { defineRegistry } from './registry.ts';

describe('defineRegistry', () => {
  const colours = defineRegistry({ red: { hex: '#f00' }, green: { hex: '#0f0' } } as const);

  it('lists ids in the order the entries were written', () => {
    expect(colours.ids).toEqual(['red', 'green']);
  });

  it('knows its own ids and nothing inherited from Object.prototype', () => {
    expect(colours.has('green')).toBe(true);
    expect(colours.has('blue')).toBe(false);
    for (const inherited of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(colours.has(inherited)).toBe(false);
  });

  it('gets an entry by a typed id, and finds one by an id read from outside', () => {
    expect(colours.get('red').hex).toBe('#f00');
    expect(colours.find('green')).toEqual({ hex: '#0f0' });
    expect(colours.find('constructor')).toBeUndefined();
  });

  it('narrows a string to the id type', () => {
    const id: string = 'red';
    // Compiles only because `has` is a type guard; fails at run time if it lets the wrong id through.
    if (colours.has(id)) expect(colours.get(id).hex).toBe('#f00');
    else expect.unreachable('red is registered');
  });
});
