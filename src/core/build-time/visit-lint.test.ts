import { describe, expect, it } from 'vitest';
import { untrackedReadsInSource } from './visit-lint.ts';

const lines = (source: string) => untrackedReadsInSource(source).map((r) => r.line);

describe('untrackedReadsInSource', () => {
  const story = [
    'VAR met = false', // 1
    'LIST mood = calm, (tense)', // 2
    '=== desk ===', // 3
    '= inner', // 4
    '- (asked) Text. #id:a', // 5
    '{ met: -> desk }', // 6: a VAR, tracked
    '{ desk: -> desk }', // 7: a knot's visit count
    '* { not desk.inner } [Go #id:b]', // 8: a stitch's
    '~ met = asked > 0', // 9: a label's
    '~ temp n = RANDOM(1, 3)', // 10
    '{ CHOICE_COUNT() > 1: -> desk }', // 11
    '{ stopping:', // 12
    '- { mood has tense }', // 13: a LIST item, tracked
    '}', // 14
    '-> desk // { desk: } in a comment', // 15
    '{ met:', // 16
    '- desk > 1: Text. #id:c', // 17: a branch condition in a block
    '}', // 18
  ].join('\n');

  it('names the line of each visit count, turn, chance or sequence read, and nothing else', () => {
    expect(lines(story)).toEqual([7, 8, 9, 10, 11, 12, 17]);
  });

  it('says what to do instead', () => {
    expect(untrackedReadsInSource(story)[0]!.message).toMatch(/"desk" reads how often desk was visited; .*set a VAR/);
  });
});
