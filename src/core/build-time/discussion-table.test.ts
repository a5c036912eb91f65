import fs from 'node:fs';
import path from 'node:path';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { compileFixture, ROOT } from '../../../tests/helpers.ts';
import { analyseStory } from './story-graph.ts';
import { StoryBuildError } from '../../build/compile-story.ts';
import { questionsAt, questionsAtEnd } from '../discussion.ts';
import { addMissingIds } from './id-assign.ts';
import { lintStory } from './story-lint.ts';
import { scanInkSource } from './ink-source.ts';

/** The build's problems for the fixture after `transform`, as "line: message". */
function problemsOf(transform: (s: string) => string): string[] {
  try {
    compileFixture('discussion', transform);
  } catch (e) {
    if (e instanceof StoryBuildError) return e.problems.map((p) => `${p.line}: ${p.message}`);
    throw e;
  }
  throw new Error('expected a StoryBuildError');
}

describe('discussion questions (the discussion knot, via the real compiler)', () => {
  const { manifest } = compileFixture('discussion');

  it('collects the questions by the value of #discuss, in authored order', () => {
    expect(manifest.discussion).toEqual({
      'd-002': [{ id: 'd-q01', text: 'Why might she not answer with the escort in the room?' }],
      'd-003': [{ id: 'd-q02', text: 'What would you say to her first?' }],
      'd-007': [{ id: 'd-q03', text: 'What could a card do that a conversation cannot?' }],
      end: [{ id: 'd-q04', text: 'What did she decide herself?' }],
    });
  });

  it('finds them from the options on screen and after the ending (the lookup the group session uses)', () => {
    expect(questionsAt(manifest, ['d-002', 'd-003']).map((q) => q.id)).toEqual(['d-q01', 'd-q02']);
    expect(questionsAt(manifest, ['d-005', 'd-007']).map((q) => q.id)).toEqual(['d-q03']);
    expect(questionsAtEnd(manifest).map((q) => q.id)).toEqual(['d-q04']);
  });

  it('never plays the knot: questions are not story lines and add no path or decision', () => {
    expect(Object.keys(manifest.lines).filter((id) => id.startsWith('d-q'))).toEqual([]);
    expect(manifest.stats.paths).toBe(4);
    expect(manifest.stats.decisionSets).toEqual([
      ['d-002', 'd-003'],
      ['d-005', 'd-007'],
    ]);
    const without = compileFixture('discussion', (s) => s.slice(0, s.indexOf('=== discussion ===')));
    expect(without.manifest.stats).toEqual(manifest.stats);
    expect(without.manifest.discussion).toBeUndefined();
  });

  it('rejects a #discuss value that is not a choice of the story, naming file line and question', () => {
    expect(problemsOf((s) => s.replace('#discuss:d-003', '#discuss:d-099'))).toEqual([
      '27: line d-q02: #discuss:d-099 is not a choice of the story (name the #id: of any option of the decision, or end)',
    ]);
    // A line id is not a choice id.
    expect(problemsOf((s) => s.replace('#discuss:d-003', '#discuss:d-004'))).toEqual([
      expect.stringMatching(/^27: line d-q02: #discuss:d-004 is not a choice/),
    ]);
    expect(problemsOf((s) => s.replace('#discuss:end', '#discuss:End'))).toEqual(['29: id "End" must be lowercase letters, digits and dashes']);
  });

  it('rejects a question without an id, and a line of the knot without #discuss', () => {
    expect(problemsOf((s) => s.replace('first? #id:d-q02', 'first?'))).toEqual(['27: line has no #id (run "npm run ids" to add missing ids)']);
    expect(problemsOf((s) => s.replace(' #discuss:d-007', ''))).toEqual([
      '28: line d-q03: every line of the discussion knot needs #discuss:<choice id> or #discuss:end',
    ]);
    expect(problemsOf((s) => s.replace('#discuss:d-007', '#discuss:d-007 #discuss:d-005'))).toEqual(['28: line is already a question about "d-007"']);
  });

  it('rejects speaker, scene, indicator and score tags on a question', () => {
    const problems = problemsOf((s) =>
      s.replace('#id:d-q01', '#id:d-q01 #speaker:escort #scene:airport-office').replace('#id:d-q02', '#id:d-q02 #indicator:debt-bondage'),
    );
    expect(problems).toEqual([
      '26: line d-q01: #speaker does not belong on a discussion question (only #id and #discuss)',
      '26: line d-q01: #scene does not belong on a discussion question (only #id and #discuss)',
      '27: line d-q02: #indicator does not belong on a discussion question (only #id and #discuss)',
    ]);
    expect(problemsOf((s) => s.replace('#id:d-q03', '#id:d-q03 #score:protection+1'))).toEqual(['28: tag "#score" belongs on a choice, inside its [brackets]']);
  });

  it('rejects #discuss on a line outside the knot, played or not', () => {
    expect(problemsOf((s) => s.replace('#id:d-004', '#id:d-004 #discuss:d-002'))).toEqual([
      '16: #discuss belongs on the lines of the discussion knot, which the story never plays',
    ]);
    const unplayed = (s: string) => s.replace('=== discussion ===', '=== notes ===\nAn aside. #id:d-n01 #discuss:end\n-> END\n\n=== discussion ===');
    expect(problemsOf(unplayed)).toEqual(['25: #discuss belongs on the lines of the discussion knot, which the story never plays']);
  });

  it('rejects a divert, tunnel or thread to the knot, and choices in it', () => {
    expect(problemsOf((s) => s.replace('    -> END\n* [Let them go.', '    -> discussion\n* [Let them go.'))).toEqual([
      '19: nothing may divert to the discussion knot: its questions are for a group session, never played',
    ]);
    expect(problemsOf((s) => s.replace('What did she decide herself? #id:d-q04 #discuss:end', '* [Next #id:d-q05 #score:none]'))).toContainEqual(
      '29: the discussion knot must not offer choices',
    );
  });

  it('reports a question reached at play from the walk (the safety net behind the source lint)', () => {
    const source = fs
      .readFileSync(path.join(ROOT, 'tests/fixtures/discussion.ink'), 'utf8')
      .replace('    -> END\n* [Let them go.', '    -> discussion\n* [Let them go.');
    const json = new Compiler(source).Compile().ToJson() ?? '';
    expect(analyseStory(json).errors).toContain('line d-q01: #discuss belongs on the lines of the discussion knot, which the story never plays');
  });
});

describe('question lines in the source tools', () => {
  const knot = ['=== discussion ===', 'Why? #discuss:end', 'And then? #id:x-q01 #discuss:end', '-> END'].join('\n');

  it('the scanner puts each line in its knot', () => {
    const items = scanInkSource(['Before.', '=== talk ===', 'In talk.', '= stitch', 'Still talk.', knot].join('\n'));
    expect(items.map((i) => i.knot)).toEqual([undefined, 'talk', 'talk', 'discussion', 'discussion']);
  });

  it('npm run ids adds an id to a question line, so the translation check asks for it', () => {
    const { source, added } = addMissingIds(knot, 'x');
    expect(added).toEqual([{ id: 'x-001', line: 2 }]);
    expect(source.split('\n')[1]).toBe('Why? #discuss:end #id:x-001');
    expect(
      lintStory('x.ink', source)
        .items.filter((i) => i.knot === 'discussion')
        .map((i) => i.id),
    ).toEqual(['x-001', 'x-q01']);
  });
});
