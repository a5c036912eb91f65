/**
 * Who stands in front of the stage, over every edge of every story. The
 * stage is drawn once a step has been shown, with the cast after its last
 * line (src/ui/screens/presentation.ts): whoever spoke last in that step and
 * is still in the room must be the figure in front, not someone silent who
 * only came in first. (winter-site, before the second decision: Kamol spoke,
 * the major spoke and drove off, and Sergeant Ermek, in a dark uniform like
 * the major's, stood in front of the brigadier.)
 */
import { describe, expect, it } from 'vitest';
import type { Character } from '../../src/core/vocabulary.ts';
import { presentationState } from '../../src/ui/screens/presentation.ts';
import { forEachArrival } from '../graph-walk.ts';
import { compileReal, storyIds } from '../helpers.ts';

describe.each(storyIds())('the stage of %s', (id) => {
  const { json, manifest, graph } = compileReal(id);

  it('after every step, the last of its speakers still in the room stands in front', () => {
    const problems = new Set<string>();
    forEachArrival(json, manifest, graph, (session) => {
      const { cast } = presentationState(manifest.meta.setting, session.transcript);
      const spoke = session.step.lines.map((l) => l.tags.speaker).filter((s): s is Character => !!s);
      const expected = spoke.reverse().find((s) => cast.present.includes(s));
      if (!expected) return;
      // The stage puts cast.speaker first when present, else the first to have come in.
      const front = cast.speaker && cast.present.includes(cast.speaker) ? cast.speaker : cast.present[0];
      const last = session.step.lines.at(-1)?.id ?? '(start)';
      if (front !== expected) problems.add(`step ending ${last}: ${expected} spoke and is in the room, but ${front} stands in front`);
    });
    expect([...problems]).toEqual([]);
  }, 120_000);
});
