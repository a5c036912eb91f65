import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { connectReporters, type ResultsReporter, type RunProgress, type RunRecord } from './results-reporter.ts';
import { Session } from './session.ts';

const { json, manifest } = compileFixture('mini');

/** A reporter that keeps what it was sent. */
function recorder() {
  const progress: RunProgress[] = [];
  const finished: RunRecord[] = [];
  const reporter: ResultsReporter = { progress: (p) => progress.push(p), finished: (r) => finished.push(r) };
  return { reporter, progress, finished };
}

describe('connectReporters', () => {
  it('sends progress after every change and the record once at the end, the same to every reporter', () => {
    const s = new Session(json, manifest, 3);
    const a = recorder();
    const b = recorder();
    connectReporters(s, [a.reporter, b.reporter]);
    s.dispatch({ type: 'note', indicator: 'retention-of-documents', lineId: s.lineOnScreen });
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    expect(a.progress.map((p) => [p.decisions, p.finished])).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(a.finished).toEqual([]);
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    s.announce(); // emits `finished` again: not a second result
    expect(a.finished).toHaveLength(1);
    const record = a.finished[0]!;
    expect(record).toMatchObject({ scenario: 'mini', storyHash: manifest.storyHash, restored: false });
    expect(record.result).toEqual(s.result());
    expect(record.result.verdict).toBe('passed');
    expect(record.finishedAt).toBe(s.finishedAt);
    // The last progress carries the save of the finished run, with its outcome.
    expect(a.progress.at(-1)!.save.outcome).toMatchObject({ verdict: 'passed', percent: record.result.total.percent });
    expect(b.progress).toEqual(a.progress);
    expect(b.finished).toEqual(a.finished);
  });

  it('reports leaving early as a finished, incomplete run', () => {
    const s = new Session(json, manifest, 3);
    const a = recorder();
    connectReporters(s, [a.reporter]);
    s.dispatch({ type: 'leave' });
    expect(a.finished.map((r) => r.result.verdict)).toEqual(['incomplete']);
  });

  it('reports a restored finished run at once, marked restored; stops when disconnected', () => {
    const played = new Session(json, manifest, 3);
    played.dispatch({ type: 'choose', choiceId: 'm-004' });
    const { session } = Session.restore(json, manifest, played.toSave(), played.log);
    const a = recorder();
    const stop = connectReporters(session, [a.reporter]);
    expect(a.finished.map((r) => [r.restored, r.result.verdict])).toEqual([[true, 'not-passed']]);
    stop();
    const live = new Session(json, manifest, 3);
    const b = recorder();
    connectReporters(live, [b.reporter])();
    live.dispatch({ type: 'choose', choiceId: 'm-004' });
    expect(b.progress).toEqual([]);
    expect(b.finished).toEqual([]);
  });

  it('a rewind and a new ending is a new result', () => {
    const s = new Session(json, manifest, 3);
    const a = recorder();
    connectReporters(s, [a.reporter]);
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    const snap = s.snapshot();
    s.dispatch({ type: 'choose', choiceId: 'm-010' });
    s.rewind(snap);
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    expect(a.finished.map((r) => r.result.ending?.id)).toEqual(['walked-on', 'card-kept']);
  });
});
