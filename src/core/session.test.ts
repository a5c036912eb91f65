import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import type { Action } from './decision-log.ts';
import { makeSave, readSave, serialiseSave } from './save.ts';
import { evaluate } from './scoring.ts';
import { Session } from './session.ts';

/** The mini fixture's options in source order, whatever order a session shows them in. */
const sourceOrder = (s: Session) => s.step.choices.map((c) => c.id).sort();

describe('Session', () => {
  const { json, manifest } = compileFixture('mini');

  it('a perfect run (best choices, every indicator noted once shown) shows 100% on every dimension and passes', () => {
    const s = new Session(json, manifest);
    expect(s.step.lines.map((l) => l.id)).toEqual(['m-001']);
    expect(sourceOrder(s)).toEqual(['m-002', 'm-003', 'm-004']);
    s.note('retention-of-documents');
    s.choose('m-002');
    expect(s.step.lines.map((l) => l.id)).toEqual(['m-007']);
    s.note('debt-bondage');
    s.choose('m-008');
    expect(s.finished).toBe(true);
    const r = s.result();
    expect(r.ending).toEqual({ id: 'card-kept', lineId: 'm-009' });
    for (const d of ['identification', 'protection', 'procedure'] as const) expect(r.dimensions[d].percent, d).toBe(100);
    // Decision points 5 plus the two observable indicators this path showed.
    expect(r.total).toEqual({ points: 7, max: 7, percent: 100 });
    expect(r.verdict).toBe('passed');
    expect(r.critical).toEqual([]);
    expect(r.decisions.map((d) => [d.chosen.id, d.better?.id])).toEqual([
      ['m-002', undefined],
      ['m-008', undefined],
    ]);
  });

  it('any critical error means "not passed", whatever the points', () => {
    // A manifest whose critical choice also carries enough points to clear the pass mark.
    const generous = structuredClone(manifest);
    generous.choices['m-004']!.score = { identification: 5, protection: 5, procedure: 5 };
    const s = new Session(json, generous);
    s.choose('m-004');
    const r = s.result();
    expect(r.total.percent).toBeGreaterThanOrEqual(r.passMark);
    expect(r.critical).toEqual([{ error: 'return-to-controller', choiceId: 'm-004' }]);
    expect(r.verdict).toBe('not-passed');
  });

  it('names the better alternative with its standards, and shows negative points plainly', () => {
    const s = new Session(json, manifest);
    s.choose('m-004');
    const r = s.result();
    expect(r.decisions[0]!.better?.id).toBe('m-002');
    expect(r.decisions[0]!.standards).toEqual(['seed-003-76', 'who-2003-1']);
    // Identification's 100%: its value on the reference path (1), plus the one indicator this path showed.
    expect(r.dimensions.identification).toEqual({ points: -3, max: 2, percent: 0 });
  });

  it('a run below the pass mark without critical errors is "not passed"', () => {
    const s = new Session(json, manifest);
    s.choose('m-003');
    s.choose('m-010');
    expect(s.result().verdict).toBe('not-passed');
  });

  it('sorts notebook entries: noticed, missed, noted too early, never shown (costs a point)', () => {
    const s = new Session(json, manifest);
    s.note('retention-of-documents');
    s.note('isolation'); // never shown on any path: a false note
    s.note('others-speak-for-them'); // shown only later, at m-006: a guess
    s.choose('m-003');
    s.note('deception');
    s.unnote('deception');
    s.choose('m-010');
    const r = s.result();
    expect(r.indicators.noticed).toEqual(['retention-of-documents']);
    expect(r.indicators.early).toEqual(['others-speak-for-them']);
    expect(r.indicators.notShown).toEqual(['isolation']);
    expect(r.indicators.missed).toEqual([]);
    expect(r.notebook).toEqual({ points: 0, max: 2 });
    // Identification: decision points 0 + notebook (1 noticed - 1 false).
    expect(r.dimensions.identification.points).toBe(0);
  });

  it('a false note costs: the same run scores less with it', () => {
    const play = (extra: boolean) => {
      const s = new Session(json, manifest);
      s.note('retention-of-documents');
      if (extra) s.note('excessive-overtime');
      s.choose('m-002');
      s.choose('m-008');
      return s.result().dimensions.identification.points;
    };
    expect(play(true)).toBe(play(false) - 1);
  });

  it('an indicator told only in an epilogue is never listed as missed, and a note on it is not counted', () => {
    const s = new Session(json, manifest);
    s.note('deception');
    s.choose('m-002');
    s.choose('m-008');
    const r = s.result();
    expect(r.indicators.later).toEqual(['deception']);
    expect(r.indicators.missed).not.toContain('deception');
    expect(r.indicators.notShown).not.toContain('deception');
    expect(r.indicators.noticed).not.toContain('deception');
  });

  it('the notebook locks at the ending, and notes logged after it are not counted', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.choose('m-008');
    s.note('debt-bondage');
    expect(s.notebook.size).toBe(0);
    // A crafted log with a note after the ending is scored as if the note were not there.
    const lines = s.transcript.map((l) => l.id);
    const crafted = [...s.log, { type: 'note', indicator: 'debt-bondage', lineId: 'm-009' } as const];
    const r = evaluate(crafted, manifest, { lines, offered: s.offered });
    expect(r.indicators.noticed).toEqual([]);
    expect(r.indicators.missed).toEqual(['retention-of-documents', 'debt-bondage']);
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
    // The log starts with the option-order seed.
    expect(seen).toEqual(['changed:2', 'notebook:1', 'changed:3', 'step:0', 'finished:waved-through']);
  });

  it('leaving early gives "incomplete": decisions reviewed, nothing missed', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.leave();
    expect(s.finished).toBe(true);
    const r = s.result();
    expect(r).toMatchObject({ left: true, ending: undefined, verdict: 'incomplete' });
    expect(r.decisions.map((d) => d.chosen.id)).toEqual(['m-002']);
    expect(r.indicators.missed).toEqual([]);
    expect(() => s.choose('m-008')).toThrow(/over/);
  });

  it('shows the options in an order fixed by the seed, the same after a save and restore', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const s = new Session(json, manifest, seed);
      const shown = s.step.choices.map((c) => c.id);
      orders.add(shown.join());
      expect(new Session(json, manifest, seed).step.choices.map((c) => c.id)).toEqual(shown);
      const decoded = readSave(serialiseSave(s.toSave()));
      if (!decoded.ok) throw new Error('save unreadable');
      expect(Session.restore(json, manifest, decoded.save, decoded.log).session.step.choices.map((c) => c.id)).toEqual(shown);
    }
    // Three options have six orders; forty seeds show all of them.
    expect(orders.size).toBe(6);
  });

  it('each reviewed decision names the situation it answered (the last line before it)', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.choose('m-008');
    expect(s.result().decisions.map((d) => d.situation)).toEqual(['m-001', 'm-007']);
  });

  it('a line marked #situation is the situation of its decision, even with lines after it', () => {
    const withLineAfter = (marked: boolean) =>
      compileFixture('mini', (ink) =>
        ink.replace(
          '#indicator:retention-of-documents\n',
          `#indicator:retention-of-documents${marked ? ' #situation' : ''}\nThe three of them look at the floor. #id:m-099\n`,
        ),
      );
    const plain = withLineAfter(false);
    const unmarked = new Session(plain.json, plain.manifest);
    unmarked.choose('m-002');
    expect(unmarked.result().decisions[0]!.situation).toBe('m-099');
    const tagged = withLineAfter(true);
    const marked = new Session(tagged.json, tagged.manifest);
    marked.choose('m-002');
    expect(marked.result().decisions[0]!.situation).toBe('m-001');
  });

  it('the debrief lists the options in the order the trainee saw them', () => {
    const s = new Session(json, manifest, 7);
    const shown = s.step.choices.map((c) => c.id);
    s.choose('m-003');
    expect(s.result().decisions[0]!.shown).toEqual(shown);
  });

  it('saves and restores exactly by replaying choice ids', () => {
    const s = new Session(json, manifest);
    s.note('retention-of-documents');
    s.choose('m-002');
    const decoded = readSave(serialiseSave(s.toSave()));
    if (!decoded.ok) throw new Error('save unreadable');
    const { session, report } = Session.restore(json, manifest, decoded.save, decoded.log);
    expect(report).toEqual({ replayed: 1, total: 1, dropped: 0, sameStory: true });
    expect(session.step.lines.map((l) => l.id)).toEqual(['m-007']);
    expect([...session.notebook.keys()]).toEqual(['retention-of-documents']);
    expect(session.log).toEqual(s.log);
  });

  it('gives the history in order: every line shown, and each choice after the lines it answered, also after a restore', () => {
    const s = new Session(json, manifest);
    const firstLines = s.step.lines.map((l) => l.id);
    s.choose('m-002');
    const secondLines = s.step.lines.map((l) => l.id);
    const entry = (e: ReturnType<Session['history']>[number]) => (e.kind === 'line' ? e.line.id : `chose ${e.choiceId}`);
    expect(s.history().map(entry)).toEqual([...firstLines, 'chose m-002', ...secondLines]);
    const decoded = readSave(serialiseSave(s.toSave()));
    if (!decoded.ok) throw new Error('save unreadable');
    expect(Session.restore(json, manifest, decoded.save, decoded.log).session.history().map(entry)).toEqual(s.history().map(entry));
  });

  it('keeps the time spent playing from save to save, and counts none once the run is over', () => {
    const s = new Session(json, manifest);
    expect(s.toSave().activeMs).toBeUndefined(); // nothing measured: nothing claimed
    s.addActiveTime(90_000.4);
    s.addActiveTime(-5);
    s.addActiveTime(Number.NaN);
    s.choose('m-002');
    const decoded = readSave(serialiseSave(s.toSave()));
    if (!decoded.ok) throw new Error('save unreadable');
    expect(decoded.save.activeMs).toBe(90_000);
    const { session } = Session.restore(json, manifest, decoded.save, decoded.log);
    expect(session.activeMs).toBe(90_000);
    session.addActiveTime(30_000);
    session.leave();
    session.addActiveTime(600_000); // on the debrief: not playing
    expect(session.toSave().activeMs).toBe(120_000);
    // A stored value that is not a duration is refused with the save's other checks.
    expect(readSave(serialiseSave({ ...s.toSave(), activeMs: -1 })).ok).toBe(false);
  });

  it('restores what it can when the story was edited', () => {
    const s = new Session(json, manifest);
    s.choose('m-002');
    s.choose('m-008');
    const save = s.toSave();
    const edited = compileFixture('mini', (src) => src.replace('#id:m-008', '#id:m-020'));
    const { session, report } = Session.restore(edited.json, edited.manifest, save, s.log);
    expect(report).toEqual({ replayed: 1, total: 2, dropped: 1, sameStory: false });
    expect(session.finished).toBe(false);
    expect(session.step.choices.map((c) => c.id).sort()).toEqual(['m-010', 'm-020']);
  });

  describe('a restore follows the rules of play', () => {
    const restore = (log: Action[]) => Session.restore(json, manifest, makeSave('mini', manifest.storyHash, log), log);

    it.each<[string, Action[], string[]]>([
      ['a choice after leaving', [{ type: 'seed', seed: 1 }, { type: 'leave' }, { type: 'choose', choiceId: 'm-002' }], ['seed', 'leave']],
      ['leaving after the ending', [{ type: 'seed', seed: 1 }, { type: 'choose', choiceId: 'm-004' }, { type: 'leave' }], ['seed', 'choose']],
      [
        'a second note of the same indicator',
        [
          { type: 'note', indicator: 'deception', lineId: 'm-001' },
          { type: 'note', indicator: 'deception', lineId: 'm-001' },
        ],
        ['note'],
      ],
      ['a note on a line that was not on screen', [{ type: 'note', indicator: 'debt-bondage', lineId: 'm-007' }], []],
      ['removing a note that is not there', [{ type: 'unnote', indicator: 'isolation' }], []],
      [
        'a seed that is not first',
        [
          { type: 'choose', choiceId: 'm-002' },
          { type: 'seed', seed: 5 },
        ],
        ['choose'],
      ],
      [
        'a note after the ending',
        [
          { type: 'choose', choiceId: 'm-004' },
          { type: 'note', indicator: 'deception', lineId: 'm-005' },
        ],
        ['choose'],
      ],
    ])('drops %s and reports it', (_, log, kept) => {
      const { session, report } = restore(log);
      expect(session.log.map((a) => a.type)).toEqual(kept);
      expect(report.dropped).toBe(log.length - kept.length);
    });

    it('cannot credit notes taken before the indicators were shown (a crafted save)', () => {
      // Notes tied to lines the trainee had not reached yet, then the path that shows them.
      const crafted: Action[] = [
        { type: 'note', indicator: 'debt-bondage', lineId: 'm-007' },
        { type: 'choose', choiceId: 'm-002' },
        { type: 'choose', choiceId: 'm-008' },
      ];
      const { session, report } = restore(crafted);
      expect(report.dropped).toBe(1);
      expect(session.result().indicators.noticed).toEqual([]);
    });
  });
});
