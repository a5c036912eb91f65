import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { readSave, serialiseSave } from './save.ts';
import { evaluate } from './scoring.ts';
import { Session } from './session.ts';

describe('Session', () => {
  const { json, manifest } = compileFixture('mini');

  it('plays to an ending and scores it against the best reachable', () => {
    const s = new Session(json, manifest);
    expect(s.step.lines.map((l) => l.id)).toEqual(['m-001']);
    expect(s.step.choices.map((c) => c.id)).toEqual(['m-002', 'm-003', 'm-004']);
    s.choose('m-002');
    expect(s.step.lines.map((l) => l.id)).toEqual(['m-007']);
    s.choose('m-008');
    expect(s.finished).toBe(true);
    const r = s.result();
    expect(r.ending).toEqual({ id: 'card-kept', lineId: 'm-009' });
    expect(r.total).toEqual({ points: 5, max: 5, percent: 100 });
    expect(r.critical).toEqual([]);
    expect(r.decisions.map((d) => [d.chosen.id, d.better?.id])).toEqual([['m-002', undefined], ['m-008', undefined]]);
  });

  it('flags critical errors and names the better alternative with its standards', () => {
    const s = new Session(json, manifest);
    s.choose('m-004');
    const r = s.result();
    expect(r.critical).toEqual([{ error: 'return-to-controller', choiceId: 'm-004' }]);
    expect(r.decisions[0]!.better?.id).toBe('m-002');
    expect(r.decisions[0]!.standards).toEqual(['seed-003-76', 'who-2003-1']);
    expect(r.dimensions.identification).toEqual({ points: -3, max: 1, percent: 0 });
  });

  it('sorts notebook entries into noticed, missed and not shown', () => {
    const s = new Session(json, manifest);
    s.note('retention-of-documents');
    s.note('isolation');
    s.choose('m-003');
    s.note('deception');
    s.unnote('deception');
    s.choose('m-010');
    const r = s.result();
    expect(r.indicators.noticed).toEqual(['retention-of-documents']);
    expect(r.indicators.missed).toEqual(['others-speak-for-them']);
    expect(r.indicators.notShown).toEqual(['isolation']);
  });

  it('counts a note only if it was taken after the indicator was shown', () => {
    const s = new Session(json, manifest);
    s.note('others-speak-for-them'); // a guess: it is shown only later, at m-006
    s.choose('m-003');
    s.choose('m-010');
    const r = s.result();
    expect(r.indicators.noticed).toEqual([]);
    expect(r.indicators.missed).toEqual(['retention-of-documents', 'others-speak-for-them']);
    expect(r.indicators.notShown).toEqual([]);
  });

  it('names a better alternative only among the choices that were actually on offer', () => {
    const s = new Session(json, manifest);
    s.choose('m-003');
    const lines = s.transcript.map((l) => l.id);
    // As if m-002 had been a conditional choice not offered at that moment.
    const r = evaluate(s.log, manifest, { lines, offered: [['m-003', 'm-004']] });
    expect(r.decisions[0]!.better).toBeUndefined();
    expect(evaluate(s.log, manifest, { lines, offered: s.offered }).decisions[0]!.better?.id).toBe('m-002');
  });

  it('emits typed events for steps, notes, saves and the end', () => {
    const s = new Session(json, manifest);
    const seen: string[] = [];
    s.events.on('step', (step) => seen.push(`step:${step.choices.length}`));
    s.events.on('changed', (log) => seen.push(`changed:${log.length}`));
    s.events.on('notebook', (n) => seen.push(`notebook:${n.size}`));
    s.events.on('finished', (r) => seen.push(`finished:${r.ending?.id}`));
    s.note('deception');
    s.choose('m-004');
    expect(seen).toEqual(['changed:1', 'notebook:1', 'changed:2', 'step:0', 'finished:waved-through']);
  });

  it('leaving early goes to a debrief without an ending', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.leave();
    expect(s.finished).toBe(true);
    expect(s.result()).toMatchObject({ left: true, ending: undefined });
    expect(() => s.choose('m-008')).toThrow(/over/);
  });

  it('saves and restores exactly by replaying choice ids', () => {
    const s = new Session(json, manifest);
    s.note('retention-of-documents');
    s.choose('m-002');
    const decoded = readSave(serialiseSave(s.toSave()));
    if (!decoded.ok) throw new Error('save unreadable');
    const { session, report } = Session.restore(json, manifest, decoded.save, decoded.log);
    expect(report).toEqual({ replayed: 1, total: 1, sameStory: true });
    expect(session.step.lines.map((l) => l.id)).toEqual(['m-007']);
    expect([...session.notebook.keys()]).toEqual(['retention-of-documents']);
  });

  it('restores what it can when the story was edited', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.choose('m-008');
    const save = s.toSave();
    const edited = compileFixture('mini', (src) => src.replace('#id:m-008', '#id:m-020'));
    const { session, report } = Session.restore(edited.json, edited.manifest, save, s.log);
    expect(report).toEqual({ replayed: 1, total: 2, sameStory: false });
    expect(session.finished).toBe(false);
    expect(session.step.choices.map((c) => c.id)).toEqual(['m-020', 'm-010']);
  });
});
