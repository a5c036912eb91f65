import { describe, expect, it } from 'vitest';
import { evidenceInView } from './evidence.ts';
import { parseLineTags } from './tags.ts';

const line = (...tags: string[]) => ({ tags: parseLineTags(tags).value });

describe('evidenceInView', () => {
  it('keeps what was shown, once each, in order, until the scene changes', () => {
    const lines = [line('scene:airport-hall'), line('evidence:passport-a'), line('evidence:ticket-b', 'evidence:passport-a')];
    expect(evidenceInView(lines)).toEqual(['passport-a', 'ticket-b']);
    expect(evidenceInView([...lines, line('scene:airport-office')])).toEqual([]);
    // Shown on the line that changes the scene: it belongs to the new scene.
    expect(evidenceInView([...lines, line('scene:airport-office', 'evidence:ledger-c')])).toEqual(['ledger-c']);
  });
});

describe('evidence tags', () => {
  it('parses #evidence, #evidence-text and #kind, and rejects a bad id or kind', () => {
    expect(parseLineTags(['evidence:passport-a', 'evidence:list-b']).value.evidence).toEqual(['passport-a', 'list-b']);
    const title = parseLineTags(['evidence-text:passport-a', 'kind:passport']);
    expect(title.value).toMatchObject({ evidenceText: 'passport-a', kind: 'passport' });
    expect(parseLineTags(['kind:photo']).errors).toEqual([expect.stringMatching(/^unknown evidence kind "photo"/)]);
    expect(parseLineTags(['evidence:Passport A']).errors).toEqual(['id "Passport A" must be lowercase letters, digits and dashes']);
  });
});
