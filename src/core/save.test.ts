import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLog, type Action } from './decision-log.ts';
import { makeSave, readSave, serialiseSave } from './save.ts';

describe('decision log codec', () => {
  const log: Action[] = [
    { type: 'note', indicator: 'deception', lineId: 'dg-004' },
    { type: 'choose', choiceId: 'dg-010' },
    { type: 'unnote', indicator: 'deception' },
    { type: 'leave' },
  ];
  it('round-trips', () => {
    expect(encodeLog(log)).toBe('n:deception@dg-004|c:dg-010|u:deception|l');
    expect(decodeLog(encodeLog(log))).toEqual(log);
  });
  it('rejects malformed entries, naming the entry', () => {
    expect(() => decodeLog('c:dg-010|x:oops')).toThrow(/entry 2/);
    expect(() => decodeLog('n:not-an-indicator@dg-1')).toThrow(/entry 1/);
  });
  it('keeps a long session far inside SCORM 1.2 suspend_data (4,096 chars)', () => {
    const long: Action[] = [];
    for (let i = 0; i < 40; i++) long.push({ type: 'choose', choiceId: `dg-${100 + i}` });
    for (let i = 0; i < 15; i++) long.push({ type: 'note', indicator: 'retention-of-documents', lineId: `dg-${200 + i}` });
    const text = serialiseSave(makeSave('departure-gate', '0123456789abcdef', long));
    expect(text.length).toBeLessThan(2048);
  });
});

describe('readSave', () => {
  it('reads what makeSave wrote', () => {
    const r = readSave(serialiseSave(makeSave('mini', 'abc', [{ type: 'choose', choiceId: 'm-002' }], new Date(0))));
    expect(r).toEqual({
      ok: true,
      save: { v: 1, scenario: 'mini', storyHash: 'abc', log: 'c:m-002', savedAt: '1970-01-01T00:00:00.000Z' },
      log: [{ type: 'choose', choiceId: 'm-002' }],
    });
  });
  it.each([
    ['{not json', 'corrupt'],
    ['null', 'corrupt'],
    ['{"v":1,"scenario":"x"}', 'corrupt'],
    ['{"v":1,"scenario":"x","storyHash":"h","log":"c:ok|zz"}', 'corrupt'],
    ['{"v":99,"scenario":"x","storyHash":"h","log":""}', 'newer-version'],
    ['{"scenario":"x","storyHash":"h","log":""}', 'unknown-version'],
    ['{}', 'corrupt'],
    ['{"name":"x"}', 'corrupt'],
    ['[1,2]', 'corrupt'],
    ['{"v":1,"scenario":"x","storyHash":"h","log":"","savedAt":"yesterday"}', 'corrupt'],
    ['{"v":1,"scenario":"Not An Id","storyHash":"h","log":"","savedAt":"2026-01-01T00:00:00Z"}', 'corrupt'],
    ['{"v":1,"scenario":"x","storyHash":"h","log":42,"savedAt":"2026-01-01T00:00:00Z"}', 'corrupt'],
  ])('explains %s as %s, never throws', (text, kind) => {
    const r = readSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe(kind);
  });
});

describe('readSave against its slot', () => {
  const text = serialiseSave(makeSave('farm-call', 'h', [], new Date(0)));
  it('refuses a save whose scenario is not the one it was stored for', () => {
    expect(readSave(text, 'departure-gate')).toEqual({ ok: false, problem: { kind: 'wrong-scenario', found: 'farm-call' } });
    expect(readSave(text, 'farm-call').ok).toBe(true);
  });
  it('says which field is wrong', () => {
    const r = readSave('{"v":1,"scenario":"x","storyHash":"h","log":"","savedAt":"yesterday"}');
    expect(!r.ok && r.problem.kind === 'corrupt' && r.problem.detail).toMatch(/^savedAt: savedAt is not a date/);
  });
});
