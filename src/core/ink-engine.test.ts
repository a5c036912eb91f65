import { describe, expect, it, vi } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';

/**
 * The browser's order of events, in fresh modules (the unit tests' setup
 * provides inkjs at once): the first step shows from build-time data with no
 * ink runtime; a choice before the runtime is loaded is refused with a clear
 * error, not a half-made move; once loaded, play goes on exactly as usual.
 */
describe('the ink runtime loaded on demand', () => {
  it('shows the first step without it, refuses to choose until it is loaded, then plays', async () => {
    const { json, manifest } = compileFixture('mini');
    const first = manifest.firstStep;
    if (!first) throw new Error('the fixture has no precomputed first step');
    vi.resetModules();
    const engine = await import('./ink-engine.ts');
    const { StoryRunner } = await import('./story-runner.ts');
    expect(engine.inkEngine()).toBeUndefined();

    const runner = new StoryRunner(json, first);
    expect(runner.current.choices.map((c) => c.id)).toEqual(first.choices.map((c) => c.id));
    expect(runner.ready).toBe(false);
    const choice = first.choices[0]?.id ?? '';
    expect(() => runner.choose(choice)).toThrow(engine.InkNotLoadedError);
    expect(runner.offered).toEqual([]); // nothing recorded by the refused choice

    const [a, b] = await Promise.all([engine.loadInkEngine(), engine.loadInkEngine()]);
    expect(a).toBe(b);
    expect(runner.ready).toBe(true);
    const next = runner.choose(choice);
    expect(runner.offered).toEqual([first.choices.map((c) => c.id)]);
    expect(next.lines.length + next.choices.length).toBeGreaterThan(0);
  });
});
