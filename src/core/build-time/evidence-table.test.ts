import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../../tests/helpers.ts';
import { StoryBuildError } from '../../build/compile-story.ts';

function problemsOf(transform: (s: string) => string): string[] {
  try {
    compileFixture('evidence', transform);
  } catch (e) {
    if (e instanceof StoryBuildError) return e.problems.map((p) => `${p.line}: ${p.message}`);
    throw e;
  }
  throw new Error('expected a StoryBuildError');
}

describe('evidence (the evidence knot, via the real compiler)', () => {
  const { manifest } = compileFixture('evidence');

  it('collects each piece with its kind, title and lines in order, from the never-played knot', () => {
    const passport = manifest.evidence['passport-e']!;
    expect(passport.kind).toBe('passport');
    expect(passport.title).toEqual({ id: 'e-101', text: 'Passport of the Republic of Kazakhstan', indicators: [] });
    expect(passport.lines.map((l) => l.id)).toEqual(['e-102', 'e-103']);
    // The knot is never played: its lines are not story lines, and add no path.
    expect(manifest.lines['e-101']).toBeUndefined();
    expect(manifest.stats.paths).toBe(2);
  });

  it("gives the line that shows a piece of evidence the evidence's indicators, so the notebook can count them", () => {
    expect(manifest.lines['e-002']!.indicators.sort()).toEqual(['debt-bondage', 'retention-of-documents']);
    expect(manifest.stats.referenceIndicators.sort()).toEqual(['debt-bondage', 'retention-of-documents']);
  });

  it('rejects evidence with no text, naming the line that shows it', () => {
    expect(problemsOf((s) => s.replace('#evidence:passport-e', '#evidence:ledger-x'))).toContainEqual(
      '10: line e-002: #evidence:ledger-x has no text (add lines tagged #evidence-text:ledger-x to the evidence knot)',
    );
  });

  it('rejects evidence that no path shows', () => {
    expect(problemsOf((s) => s.replace(' #evidence:passport-e', ''))).toContainEqual(expect.stringMatching(/the evidence "passport-e" is never shown/));
  });

  it('rejects a title without a kind, a kind on a later line, and a line of the knot without #evidence-text', () => {
    const problems = problemsOf((s) =>
      s
        .replace(' #kind:passport', '')
        .replace('Given name: Madina. #id:e-102 #evidence-text:passport-e', 'Given name: Madina. #id:e-102 #evidence-text:passport-e #kind:card')
        .replace('#id:e-103 #evidence-text:passport-e', '#id:e-103'),
    );
    expect(problems).toContainEqual('20: line e-101: the first line of the evidence "passport-e" is its title and needs #kind:');
    expect(problems).toContainEqual('21: line e-102: #kind goes on the first line of the evidence "passport-e" only');
    expect(problems).toContainEqual('22: line e-103: every line of the evidence knot needs #evidence-text:<evidence id>');
  });

  it('rejects evidence text on a played line and a speaker on a document', () => {
    const problems = problemsOf((s) =>
      s
        .replace('You open the first one. #id:e-002', 'You open the first one. #id:e-002 #evidence-text:passport-e')
        .replace('#id:e-102', '#id:e-102 #speaker:escort'),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^10: line e-002: #evidence-text and #kind belong on the lines of the evidence knot/));
    expect(problems).toContainEqual('21: line e-102: #speaker does not belong on the text of a piece of evidence');
  });
});
