import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseGlobalTags, parseLineTags, withoutGlobalTags } from './tags.ts';

describe('parseChoiceTags', () => {
  it('adds up scores per dimension and collects standards and critical errors', () => {
    const r = parseChoiceTags([
      'id:x-1',
      'score:protection+2',
      'score:identification-1',
      'score:protection+1',
      'std:who-2003-1',
      'critical:expose-identity',
      'feedback: Because.',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.value).toMatchObject({
      id: 'x-1',
      score: { identification: -1, protection: 3, procedure: 0 },
      standards: ['who-2003-1'],
      critical: ['expose-identity'],
      feedback: 'Because.',
    });
  });

  it('rejects mixing none with scores, bad dimensions and missing standard or feedback', () => {
    expect(parseChoiceTags(['id:x', 'score:none', 'score:procedure+1', 'std:coe-13', 'feedback:f']).errors).toContain(
      '#score:none cannot be combined with other scores',
    );
    expect(parseChoiceTags(['id:x', 'score:bravery+1', 'std:coe-13', 'feedback:f']).errors[0]).toMatch(/unknown score dimension "bravery"/);
    expect(parseChoiceTags(['id:x', 'score:procedure+1']).errors).toEqual([
      'scored choice cites no standard (#std:<id>)',
      'scored choice has no #feedback explaining why',
    ]);
    expect(parseChoiceTags(['id:x', 'score:none']).errors).toEqual([]);
  });

  it('says where a misplaced tag belongs', () => {
    expect(parseChoiceTags(['id:x', 'score:none', 'speaker:escort']).errors).toEqual(['tag "#speaker" is a line tag, not allowed on a choice']);
    expect(parseLineTags(['id:x', 'score:none']).errors).toEqual(['tag "#score" belongs on a choice, inside its [brackets]']);
  });
});

describe('#id on lines and choices', () => {
  it('is checked and may appear once, with the same messages for both', () => {
    expect(parseLineTags(['id:a-1']).value.id).toBe('a-1');
    expect(parseLineTags(['id:a-1', 'id:a-2']).errors).toEqual(['line has two ids ("a-1" and "a-2")']);
    expect(parseChoiceTags(['id:c-1', 'id:c-2', 'score:none']).errors).toEqual(['choice has two ids ("c-1" and "c-2")']);
    const bad = parseChoiceTags(['id:Not An Id', 'score:none']);
    expect(bad.value.id).toBeUndefined();
    expect(bad.errors).toEqual(['id "Not An Id" must be lowercase letters, digits and dashes']);
    expect(parseLineTags(['id:Not An Id']).errors).toEqual(bad.errors);
  });
});

describe('parseGlobalTags', () => {
  it('reads scenario metadata and reports what is missing', () => {
    const r = parseGlobalTags([
      'scenario: gate',
      'role: border',
      'source: 003_fa9b57731bfef90f.txt:76-80',
      'content-note: coercion-threats',
      'minutes: 15',
      'setting: airport-hall',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.value.sources).toEqual([{ file: '003_fa9b57731bfef90f.txt', from: 76, to: 80 }]);
    expect(parseGlobalTags(['scenario: gate']).errors).toEqual([
      'missing "# role: <role>"',
      'missing "# source: <seed file>:<line>"',
      'missing "# content-note: <note>"',
      'missing "# minutes: <n>"',
      'missing "# setting: <scene>"',
    ]);
  });

  it('are dropped from the first line, which ink also gives them to', () => {
    expect(withoutGlobalTags(['scenario: gate', 'id:a-1', 'role: border'])).toEqual(['id:a-1']);
  });
});
