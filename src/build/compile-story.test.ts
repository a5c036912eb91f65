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

  // One small fixture per fault (tests/fixtures/broken/), each otherwise a valid story.
  it('names file and line for an ink syntax error', () => {
    expect(problemsOf(() => compileFixture('broken/syntax-error'))).toContainEqual(
      expect.stringMatching(/^tests\/fixtures\/broken\/syntax-error\.ink:11: .*nowhere/),
    );
  });

  it.each([
    ['unknown-standard', 'tests/fixtures/broken/unknown-standard.ink:9: unknown standard "no-such-standard" (see src/core/standards.ts)'],
    ['unknown-tag', /^tests\/fixtures\/broken\/unknown-tag\.ink:8: unknown tag "#speeker"/],
    ['missing-id', /^tests\/fixtures\/broken\/missing-id\.ink:8: line has no #id/],
    ['unknown-source', 'tests/fixtures/broken/unknown-source.ink:3: source "999_nothing.txt" is not one of the seed documents'],
  ])('names file and line: %s', (fixture, expected) => {
    expect(problemsOf(() => compileFixture(`broken/${fixture}`))).toContainEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
  });

  it('rejects a choice without a score and tags placed after the bracket', () => {
    const problems = problemsOf(() => compileFixture('broken/tags-after-bracket'));
    expect(problems).toContainEqual(
      expect.stringMatching(/^tests\/fixtures\/broken\/tags-after-bracket\.ink:12: choice tags must sit inside the \[brackets\]/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\/tags-after-bracket\.ink:12: choice has no #score/));
  });

  it('rejects reading visit counts and turns (the story graph does not track them), naming the line', () => {
    const problems = problemsOf(() => compileFixture('broken/visit-count'));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\/visit-count\.ink:19: "asked" reads how often asked was visited/));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\/visit-count\.ink:20: TURNS_SINCE is not tracked/));
  });

  it('rejects a loop (a state the story returns to) and a decision met twice on one path', () => {
    expect(problemsOf(() => compileFixture('broken/loop'))).toContainEqual(
      expect.stringMatching(/^tests\/fixtures\/broken\/loop\.ink:11: after choice x-002 the story returns to a state it has already passed/),
    );
    expect(problemsOf(() => compileFixture('broken/revisit'))).toContainEqual(
      expect.stringMatching(/^tests\/fixtures\/broken\/revisit\.ink:14: choice x-004: a path can offer it twice/),
    );
  });

  it('rejects a path without an ending, naming the last line', () => {
    const problems = problemsOf(() => compileFixture('broken/no-ending'));
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/broken\/no-ending\.ink:13: a path ends after line x-005 without an #ending/));
  });
});
