/**
 * Property: for every generated log, restoring its save gives exactly the
 * debrief live play gives (same kept actions, same result), or reports a
 * partial restore - never a score that play refuses. Bounded here; `npm run
 * fuzz` runs 10,000 saves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSaveText, damageArb, generateRun, runArb, saveText } from '../fuzz/saves.ts';
import { compileReal, storyIds } from '../helpers.ts';

describe.each(storyIds())('saves of %s', (id) => {
  const { json, manifest } = compileReal(id);

  it('restore equals live play, or is reported partial (generated logs)', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const { raw, live } = generateRun(json, manifest, run);
        const result = checkSaveText(json, manifest, id, saveText(id, manifest, raw));
        expect(result.detail ?? '').toBe('');
        expect(['full', 'partial']).toContain(result.outcome);
        // A log that play accepted whole restores whole.
        if (live.log.length === raw.length) expect(result.outcome).toBe('full');
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('damaged save texts are rejected or restored consistently, never crash', () => {
    fc.assert(
      fc.property(
        runArb.chain((run) => damageArb(saveText(id, manifest, generateRun(json, manifest, run).raw))),
        (text) => {
          const result = checkSaveText(json, manifest, id, text);
          expect(result.detail ?? '').toBe('');
          expect(['rejected', 'full', 'partial']).toContain(result.outcome);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
