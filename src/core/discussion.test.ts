import { describe, expect, it } from 'vitest';
import { questionsAt, questionsAtEnd } from './discussion.ts';

const choice = (id: string, siblings: string[]) => ({ id, text: id, score: {}, neutral: false, standards: [], critical: [], siblings }) as never;
const manifest = {
  choices: {
    a: choice('a', ['a', 'b', 'c']),
    b: choice('b', ['a', 'b', 'c']),
    c: choice('c', ['a', 'b', 'c']),
    d: choice('d', ['d', 'e']),
    e: choice('e', ['d', 'e']),
  },
  discussion: { a: [{ id: 'q1', text: 'Why?' }], c: [{ id: 'q2', text: 'Who?' }], end: [{ id: 'q9', text: 'And now?' }] },
};

describe('discussion questions', () => {
  it('finds the questions of a decision from any option on screen, through its siblings, in order and once each', () => {
    expect(questionsAt(manifest, ['b']).map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(questionsAt(manifest, ['c', 'a']).map((q) => q.id)).toEqual(['q2', 'q1']);
  });
  it('has none for a decision without questions, or a story without any', () => {
    expect(questionsAt(manifest, ['d', 'e'])).toEqual([]);
    expect(questionsAt({ choices: manifest.choices }, ['a'])).toEqual([]);
  });
  it('keeps the questions after the ending apart', () => {
    expect(questionsAtEnd(manifest).map((q) => q.id)).toEqual(['q9']);
    expect(questionsAtEnd({})).toEqual([]);
  });
});
