import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../../tests/helpers.ts';

describe('analyseStory (via the real compiler)', () => {
  const { manifest } = compileFixture('mini');

  it("takes each dimension's maximum from the best-total path, with the indicators observable on it", () => {
    // Best path: m-002 (identification+1, protection+2) then m-008 (procedure+2).
    expect(manifest.max).toEqual({ identification: 1, protection: 2, procedure: 2, total: 5 });
    // m-012's "deception" is an epilogue: not observable, so not part of the notebook's 100%.
    expect(manifest.stats.referenceIndicators.sort()).toEqual(['debt-bondage', 'retention-of-documents']);
  });

  it('records the distinct decision points and the exact mean of random play', () => {
    expect(manifest.stats.decisionSets).toEqual([
      ['m-002', 'm-003', 'm-004'],
      ['m-008', 'm-010'],
    ]);
    // (m-002: 3 + (2 + 0)/2) + (m-003: -2 + (2 + 0)/2) + (m-004: -3), over 3.
    expect(manifest.stats.randomMean).toBeCloseTo((4 + -1 + -3) / 3);
  });

  it("a dimension's maximum follows the best total, not its own best path", () => {
    const { manifest: m } = compileFixture('best-total');
    // Pressing her hard would give identification 4, but the best total (3) runs through asking her alone.
    expect(m.max).toEqual({ identification: 1, protection: 2, procedure: 0, total: 3 });
  });

  it('counts every complete path and the decisions on them', () => {
    expect(manifest.stats.paths).toBe(5);
    expect(manifest.stats.minDecisions).toBe(1);
    expect(manifest.stats.maxDecisions).toBe(2);
    expect(manifest.stats.indicators.sort()).toEqual(['debt-bondage', 'deception', 'others-speak-for-them', 'retention-of-documents']);
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
