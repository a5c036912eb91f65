import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';

describe('analyseStory (via the real compiler)', () => {
  const { manifest } = compileFixture('mini');

  it('computes the best reachable score per dimension and in total from the graph', () => {
    // Best path: m-002 (identification+1, protection+2) then m-008 (procedure+2).
    expect(manifest.max).toEqual({ identification: 1, protection: 2, procedure: 2, total: 5 });
  });

  it('counts every complete path and the decisions on them', () => {
    expect(manifest.stats.paths).toBe(5);
    expect(manifest.stats.minDecisions).toBe(1);
    expect(manifest.stats.maxDecisions).toBe(2);
    expect(manifest.stats.indicators.sort()).toEqual(['debt-bondage', 'others-speak-for-them', 'retention-of-documents']);
  });

  it('catalogues choices with their siblings, scores, standards and critical errors', () => {
    const waved = manifest.choices['m-004']!;
    expect(waved.siblings).toEqual(['m-002', 'm-003', 'm-004']);
    expect(waved.critical).toEqual(['return-to-controller']);
    expect(waved.score.identification).toBe(-3);
    expect(manifest.choices['m-010']!.neutral).toBe(true);
    expect(manifest.endings).toEqual({ 'waved-through': 'm-005', 'card-kept': 'm-009', 'walked-on': 'm-011' });
  });
});
