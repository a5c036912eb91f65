import { describe, expect, it } from 'vitest';
import { compileFixture, compileReal, storyIds } from '../../tests/helpers.ts';
import { StoryRunner } from './story-runner.ts';

const ids = (r: StoryRunner) => ({ lines: r.transcript.map((l) => l.id), choices: r.current.choices.map((c) => c.id), ending: r.current.ending });

describe('StoryRunner with the first step computed at build time', () => {
  it.each(storyIds())('%s: behaves exactly like a runner that builds its Story at once, along random paths', (id) => {
    const { json, manifest } = compileReal(id);
    expect(manifest.firstStep?.choices.length).toBeGreaterThan(0);
    for (let seed = 1; seed <= 30; seed++) {
      const eager = new StoryRunner(json);
      const lazy = new StoryRunner(json, manifest.firstStep);
      expect(ids(lazy)).toEqual(ids(eager));
      let x = seed;
      while (!eager.ended) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        const choice = eager.current.choices[x % eager.current.choices.length]!.id;
        eager.choose(choice);
        lazy.choose(choice);
        expect(ids(lazy)).toEqual(ids(eager));
      }
    }
  });

  it('refuses a first step that does not match the story, when the Story is built', () => {
    const { json, manifest } = compileFixture('mini');
    const wrong = { ...manifest.firstStep!, choices: manifest.firstStep!.choices.slice(1) };
    const runner = new StoryRunner(json, wrong);
    expect(runner.current.choices).toHaveLength(2); // shown at once, from the data
    expect(() => runner.warm()).toThrow(/does not match the story/);
  });
});
