import { describe, expect, it } from 'vitest';
import { compileFixture } from './helpers.ts';
import { walkEdges } from './graph-walk.ts';

describe('walkEdges', () => {
  it('finds a passage that marks two lines as its situation', () => {
    const twice = compileFixture('mini', (ink) =>
      ink.replace('#indicator:retention-of-documents\n', '#indicator:retention-of-documents #situation\nThey look at the floor. #id:m-099 #situation\n'),
    );
    const once = compileFixture('mini', (ink) => ink.replace('#indicator:retention-of-documents\n', '#indicator:retention-of-documents #situation\n'));
    expect(walkEdges(twice.json, twice.manifest, twice.graph).problems.join('\n')).toContain('marks 2 lines #situation (m-001, m-099)');
    expect(walkEdges(once.json, once.manifest, once.graph).problems).toEqual([]);
  });
});
