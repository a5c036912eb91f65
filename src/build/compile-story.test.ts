import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { StoryBuildError } from './compile-story.ts';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof StoryBuildError) return e.message.split('\n').slice(1);
    throw e;
  }
  throw new Error('expected a StoryBuildError');
}

describe('compileStory', () => {
  it('compiles a valid story into JSON and a manifest', () => {
    const { json, manifest } = compileFixture('mini');
    expect(JSON.parse(json).inkVersion).toBeGreaterThan(0);
    expect(manifest.meta.scenario).toBe('mini');
    expect(Object.keys(manifest.endings).sort()).toEqual(['card-kept', 'walked-on', 'waved-through']);
  });

  it('names file and line for an ink syntax error', () => {
    const problems = problemsOf(() => compileFixture('mini', (s) => s.replace('-> decide\n= alone', '-> nowhere\n= alone')));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:23: .*nowhere/));
  });

  it('names file and line for an unknown standard, an unknown tag and a missing id', () => {
    const problems = problemsOf(() =>
      compileFixture('mini', (s) =>
        s
          .replace('#std:seed-001-400', '#std:no-such-standard')
          .replace('#speaker:escort', '#speeker:escort')
          .replace(' #id:m-006', ''),
      ),
    );
    expect(problems).toContainEqual('tests/fixtures/mini.ink:28: unknown standard "no-such-standard" (see src/core/standards.ts)');
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:10: unknown tag "#speeker"/));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:22: line has no #id/));
  });

  it('rejects a choice without a score and tags placed after the bracket', () => {
    const problems = problemsOf(() =>
      compileFixture('mini', (s) => s.replace('[Continue. #id:m-010 #score:none]', '[Continue.] #id:m-010')),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:32: choice tags must sit inside the \[brackets\]/));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:32: choice has no #score/));
  });

  it('rejects a path without an ending, naming the last line', () => {
    const problems = problemsOf(() => compileFixture('mini', (s) => s.replace(' #ending:walked-on', '')));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/mini\.ink:33: a path ends after line m-011 without an #ending/));
  });

  it('rejects a source that is not a seed document', () => {
    const problems = problemsOf(() => compileFixture('mini', (s) => s.replace('003_fa9b57731bfef90f.txt', '999_nothing.txt')));
    expect(problems).toContainEqual('tests/fixtures/mini.ink:3: source "999_nothing.txt" is not one of the seed documents');
  });
});
