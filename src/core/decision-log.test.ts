import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactLog, notebookOf, choicesOf, type Action } from './decision-log.ts';
import { INDICATOR_IDS } from './indicators.ts';
import { compileReal } from '../../tests/helpers.ts';
import { Session } from './session.ts';

/** A valid log (as play makes them): notes only of what is not in the notebook, removals only of what is. */
const validLog = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 })), { maxLength: 120 })
  .map((steps) => {
    const log: Action[] = [{ type: 'seed', seed: 1 }];
    const noted = new Map<string, string>();
    let line = 0;
    for (const [kind, ind, l] of steps) {
      const indicator = INDICATOR_IDS[ind]!;
      if (kind === 0) {
        log.push({ type: 'choose', choiceId: `c-${line}` });
        line++;
      } else if (noted.has(indicator)) {
        log.push({ type: 'unnote', indicator });
        noted.delete(indicator);
      } else {
        const lineId = `l-${line}-${l}`;
        log.push({ type: 'note', indicator, lineId });
        noted.set(indicator, lineId);
      }
    }
    return log;
  });

/** The notebook as it stands before each choice and at the end. */
function notebooks(log: readonly Action[]): string[] {
  const out: string[] = [];
  log.forEach((a, i) => {
    if (a.type === 'choose') out.push(JSON.stringify([...notebookOf(log.slice(0, i))].sort()));
  });
  out.push(JSON.stringify([...notebookOf(log)].sort()));
  return out;
}

describe('compactLog', () => {
  it('keeps the choices and the notebook at every choice and at the end, and never grows the log', () => {
    fc.assert(
      fc.property(validLog, (log) => {
        const c = compactLog(log);
        expect(choicesOf(c)).toEqual(choicesOf(log));
        expect(notebooks(c)).toEqual(notebooks(log));
        expect(c.length).toBeLessThanOrEqual(log.length);
        // Valid for a replay: never notes what is noted, never removes what is not.
        const state = new Set<string>();
        for (const a of c) {
          if (a.type === 'note') {
            expect(state.has(a.indicator)).toBe(false);
            state.add(a.indicator);
          }
          if (a.type === 'unnote') expect(state.delete(a.indicator)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a real run with many ticks and unticks replays to the same result from the compact log', () => {
    const { json, manifest } = compileReal('hotline');
    const s = new Session(json, manifest, 5);
    for (let round = 0; round < 6 && !s.finished; round++) {
      for (let k = 0; k < 5; k++)
        for (const ind of INDICATOR_IDS.slice(0, 4)) {
          s.note(ind);
          s.unnote(ind);
        }
      s.note(INDICATOR_IDS[round % INDICATOR_IDS.length]!);
      s.choose(s.step.choices[0]!.id);
    }
    const compact = compactLog(s.log);
    expect(compact.length).toBeLessThan(s.log.length / 5);
    const replay = new Session(json, manifest, 5);
    for (const a of compact) if (a.type !== 'seed') expect(replay.dispatch(a)).toBe(true);
    expect(replay.result()).toEqual(s.result());
  });
});
