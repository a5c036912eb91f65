import { describe, expect, it } from 'vitest';
import { addMissingIds } from './id-assign.ts';
import { scanInkSource } from './ink-source.ts';
import { lintStory } from './story-lint.ts';

// Problems other than the missing scenario metadata (these snippets have none).
const problemsOf = (src: string) =>
  lintStory('x.ink', src)
    .problems.filter((p) => !p.message.startsWith('missing'))
    .map((p) => `${p.line}: ${p.message}`);

describe('scanInkSource', () => {
  it('accepts one-line conditional diverts as logic, and rejects inline conditional text', () => {
    const src = ['{ met: -> later }', '{ met: She smiles. } #id:a-1', 'Text {name} here. #id:a-2', '{name} #id:a-3'].join('\n');
    const problems = problemsOf(src).filter((p) => p.includes('inline'));
    expect(problems.map((p) => p.split(':')[0])).toEqual(['2', '3', '4']);
  });

  it('treats "- else:" in a multi-line conditional as a branch, and the text under it as lines', () => {
    const src = ['{ met:', '    She smiles. #id:a-1', '- else:', '    She looks away. #id:a-2', '}', '- (gather) Later. #id:a-3'].join('\n');
    const items = scanInkSource(src).filter((i) => i.kind === 'text');
    expect(items.map((i) => [i.line, i.id])).toEqual([
      [2, 'a-1'],
      [4, 'a-2'],
      [6, 'a-3'],
    ]);
    expect(problemsOf(src)).toEqual([]);
    // The id script leaves the branch header alone.
    const { source, added } = addMissingIds(src.replace(' #id:a-2', ''), 'a');
    expect(added).toEqual([{ id: 'a-004', line: 4 }]);
    expect(source.split('\n')[2]).toBe('- else:');
  });

  it('puts a new id at the end of the line even after a /* comment */', () => {
    const { source } = addMissingIds('She /* quietly */ nods.\n* [Go /* now */ #score:none]\n  -> END', 'a');
    expect(source.split('\n')).toEqual(['She /* quietly */ nods. #id:a-001', '* [Go /* now */ #score:none #id:a-002]', '  -> END']);
  });
});
