import { describe, expect, it } from 'vitest';
import { addMissingIds, idPrefixOf } from './id-assign.ts';
import { lintStory } from './story-lint.ts';

const source = [
  '# scenario: gate-test',
  'First line. #id:gt-007 #speaker:escort',
  'Second line, no id. #speaker:aigerim',
  '* [Choose well #score:none]',
  '    -> END',
  '* [Already here #id:gt-002 #score:none]',
  '    Third line // a comment',
  '    -> END',
].join('\n');

describe('addMissingIds', () => {
  it('adds ids after the highest number and never renumbers', () => {
    const { source: out, added } = addMissingIds(source, 'gate-test');
    expect(added).toEqual([
      { id: 'gt-008', line: 3 },
      { id: 'gt-009', line: 4 },
      { id: 'gt-010', line: 7 },
    ]);
    const lines = out.split('\n');
    expect(lines[1]).toBe('First line. #id:gt-007 #speaker:escort');
    expect(lines[2]).toBe('Second line, no id. #speaker:aigerim #id:gt-008');
    expect(lines[3]).toBe('* [Choose well #score:none #id:gt-009]');
    expect(lines[5]).toBe('* [Already here #id:gt-002 #score:none]');
    expect(lines[6]).toBe('    Third line #id:gt-010 // a comment');
  });

  it('is idempotent: a second run adds nothing', () => {
    const once = addMissingIds(source, 'gate-test').source;
    expect(addMissingIds(once, 'gate-test').added).toEqual([]);
  });

  it('leaves no line or choice without an id for the linter', () => {
    const out = addMissingIds(source, 'gate-test').source;
    const problems = lintStory('x.ink', out).problems.filter((p) => /no #id/.test(p.message));
    expect(problems).toEqual([]);
  });

  it('uses the initials of the scenario when no id exists yet', () => {
    expect(idPrefixOf('Hello.', 'farm-call')).toBe('fc');
  });
});
