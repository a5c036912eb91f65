import { describe, expect, it } from 'vitest';
import { Compiler } from 'inkjs/full';
import { compileFixture } from '../../../tests/helpers.ts';
import { analyseStory, liveVariablesOf, untrackedReads } from './story-graph.ts';

/** An ink source of `n` binary decisions in a row, each scored, rejoining after each: 2^n paths. */
function chainStory(n: number): string {
  const out = [
    '# scenario: chain',
    '# role: border',
    '# source: 003_fa9b57731bfef90f.txt:76-80',
    '# content-note: coercion-threats',
    '# minutes: 5',
    '# setting: airport-hall',
    '',
  ];
  for (let i = 0; i < n; i++) {
    out.push(`Step ${i}. #id:s-${i}`);
    out.push(`* [Ask, step ${i}. #id:a-${i} #score:identification+1 #std:who-2003-1 #feedback:Asked.]`);
    out.push(`* [Wait, step ${i}. #id:w-${i} #score:protection+0 #std:who-2003-1 #feedback:Waited.]`);
    out.push('- ');
  }
  out.push('It ends. #id:end #ending:done', '-> END');
  return out.join('\n');
}

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

  it('analyses a story of 2^20 paths through its merged graph (20 decisions in a row)', () => {
    const compileStarted = performance.now();
    const json = new Compiler(chainStory(20)).Compile().ToJson()!;
    const compiled = performance.now() - compileStarted;
    const started = performance.now();
    const { manifest: m, errors, graph } = analyseStory(json);
    const ms = performance.now() - started;
    expect(errors).toEqual([]);
    expect(m.stats.paths).toBe(2 ** 20);
    expect(m.stats.maxDecisions).toBe(20);
    expect(m.max.total).toBe(20);
    expect(m.stats.randomMean).toBeCloseTo(10);
    expect(graph.nodes).toHaveLength(21);
    // Timed, not asserted (a shared machine is noisy): the README quotes this figure.
    console.log(
      `2^20-path story: ${graph.nodes.length} states, ${m.stats.edges} edges, compiled in ${compiled.toFixed(0)} ms, analysed in ${ms.toFixed(0)} ms`,
    );
  });

  it('keys states only on the variables a knot still reachable reads', () => {
    const source = [
      'VAR a = false',
      'VAR b = false',
      '-> one',
      '=== one ===',
      '{ a: -> two }',
      '-> two',
      '=== two ===',
      '{ b: -> three }',
      '-> three',
      '=== three ===',
      '-> END',
      '',
    ];
    const live = liveVariablesOf(new Compiler(source.join('\n')).Compile().ToJson()!)!;
    expect([...live(['one'])].sort()).toEqual(['a', 'b']);
    expect([...live(['two.0'])]).toEqual(['b']);
    expect([...live(['three'])]).toEqual([]);
    // A divert to a variable target cannot be followed: every variable counts.
    const dynamic = ['VAR t = -> one', '-> t', '=== one ===', '-> END', ''];
    expect(liveVariablesOf(new Compiler(dynamic.join('\n')).Compile().ToJson()!)).toBeUndefined();
  });

  it('reports what the merged graph cannot follow, found in the compiled story', () => {
    const json = new Compiler('VAR x = 0\n~ x = RANDOM(1, 2)\n{ TURNS() > 0: Text. }\n-> END\n').Compile().ToJson()!;
    expect(untrackedReads(json)).toEqual([expect.stringMatching(/reads RANDOM in /), expect.stringMatching(/reads TURNS in /)]);
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
