/**
 * The SCORM 1.2 reporter against a real SCORM 1.2 runtime (scorm-again's
 * Scorm12API, the LMS side) with real stories: what the LMS records matches
 * the debrief, suspend_data fits and resumes exactly, nothing is sent twice.
 */
import type Scorm12ApiClass from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { compileReal, storyIds } from '../../tests/helpers.ts';
import { bestShownIndex } from '../../tests/best-play.ts';
import { choose, note } from '../core/actions.ts';
import { INDICATOR_IDS } from '../core/indicators.ts';
import { connectReporters } from '../core/results-reporter.ts';
import { readSave } from '../core/save.ts';
import { Session } from '../core/session.ts';
import { lessonStatus, readLaunch, Scorm12Reporter, SUSPEND_DATA_MAX, timespan, type LmsApi } from './scorm12.ts';

// The package's types declare a default export; its ES module exports the class by name.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass }).Scorm12API;
type Scorm12API = Scorm12ApiClass;

/** The game's view of a scorm-again runtime, as the LMS frame would offer it. */
function lms(api: Scorm12API): LmsApi {
  return {
    get: (k) => String(api.LMSGetValue(k)),
    set: (k, v) => {
      const ok = api.LMSSetValue(k, v) === 'true';
      // A refused value is a bug in the mapping: fail loudly with scorm-again's reason.
      if (!ok) throw new Error(`LMSSetValue(${k}, ${v}): ${api.LMSGetErrorString(api.LMSGetLastError())}`);
      return ok;
    },
    commit: () => api.LMSCommit('') === 'true',
    finish: () => api.LMSFinish('') === 'true',
  };
}

/** A fresh LMS session, optionally with what an earlier session committed. */
function launch(stored?: object): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (stored) api.loadFromJSON(stored as never, '');
  expect(api.LMSInitialize('')).toBe('true');
  return api;
}

/** What the LMS keeps between sessions. */
const committed = (api: Scorm12API) => (api.renderCommitCMI(true) as { cmi: Record<string, unknown> }).cmi;

function bestChoice(s: Session, manifest: Session['manifest']): string {
  const shown = s.step.choices.map((c) => c.id);
  return shown[bestShownIndex(shown, manifest)]!;
}

describe('SCORM 1.2 reporter', () => {
  it('lesson status and time spans in SCORM 1.2 terms', () => {
    expect([lessonStatus('passed'), lessonStatus('not-passed'), lessonStatus('incomplete')]).toEqual(['passed', 'failed', 'incomplete']);
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_456)).toBe('0001:02:03.46');
  });

  it('plays part of hotline, closes, resumes exactly from suspend_data, finishes: status, score and interactions as the debrief says', () => {
    const { json, manifest } = compileReal('hotline');
    // First session: two decisions and a note, then the window closes.
    let api = launch();
    let reporter = new Scorm12Reporter(lms(api), 'hotline', readLaunch(lms(api)));
    let session = new Session(json, manifest, 7);
    let off = connectReporters(session, [reporter]);
    session.dispatch(note(INDICATOR_IDS[0]!, session.lineOnScreen));
    session.dispatch(choose(bestChoice(session, manifest)));
    session.dispatch(choose(session.step.choices[0]!.id));
    const stepBefore = session.step.lines.map((l) => l.id);
    reporter.terminate();
    off();
    const first = committed(api);
    expect((first.core as { exit: string; lesson_status: string }).exit).toBe('suspend');
    expect((first.core as { lesson_status: string }).lesson_status).toBe('incomplete');
    expect(Object.keys(first.interactions as object)).toHaveLength(2);

    // Second session: the LMS hands the data back; the run resumes where it was.
    api = launch({ cmi: first });
    const back = readLaunch(lms(api));
    expect(back.interactions).toBe(2);
    expect(back.learnerName).toBeUndefined();
    const saved = readSave(back.suspendData, 'hotline');
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const restored = Session.restore(json, manifest, saved.save, saved.log);
    expect(restored.report.replayed).toBe(restored.report.total);
    session = restored.session;
    expect(session.step.lines.map((l) => l.id)).toEqual(stepBefore);
    expect(session.notebook.size).toBe(1);
    reporter = new Scorm12Reporter(lms(api), 'hotline', back);
    off = connectReporters(session, [reporter]);
    for (let i = 0; i < 30 && !session.finished; i++) session.dispatch(choose(bestChoice(session, manifest)));
    expect(session.finished).toBe(true);
    reporter.terminate();
    off();
    const result = session.result();
    const cmi = committed(api);
    const core = cmi.core as { lesson_status: string; exit: string; score: { raw: string; min: string; max: string }; session_time: string };
    expect(core.lesson_status).toBe(lessonStatus(result.verdict));
    expect(core.score).toEqual({ raw: String(result.total.percent), min: '0', max: '100' });
    expect(core.exit).toBe('');
    const interactions = Object.values(
      cmi.interactions as Record<string, { id: string; student_response: string; result: string; correct_responses: Record<string, { pattern: string }> }>,
    );
    // One per decision, none written twice across the two sessions.
    expect(interactions.map((x) => x.student_response)).toEqual(result.decisions.map((d) => d.chosen.id));
    expect(new Set(interactions.map((x) => x.id)).size).toBe(interactions.length);
    for (const [i, d] of result.decisions.entries()) {
      expect(interactions[i]!.result).toBe(d.better ? 'wrong' : 'correct');
      expect(interactions[i]!.correct_responses['0']!.pattern).toBe((d.better ?? d.chosen).id);
    }
    // The second decision was the first option shown, not always the best: at least one may be wrong; the first is right.
    expect(interactions[0]!.result).toBe('correct');
  });

  it('a run left before its end is incomplete with no score (the debrief gives none), and its decisions are recorded', () => {
    const { json, manifest } = compileReal('hotline');
    const api = launch();
    const reporter = new Scorm12Reporter(lms(api), 'hotline', readLaunch(lms(api)));
    const s = new Session(json, manifest, 3);
    connectReporters(s, [reporter]);
    s.dispatch(choose(bestChoice(s, manifest)));
    s.leave();
    const cmi = committed(api) as { core: { lesson_status: string; score: { raw: string } }; interactions: object };
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.score.raw).toBe('');
    expect(Object.keys(cmi.interactions)).toHaveLength(1);
  });

  it('does not report a run finished in an earlier session again, nor another scenario', () => {
    const { json, manifest } = compileReal('farm-call');
    const api = launch();
    const reporter = new Scorm12Reporter(lms(api), 'hotline', readLaunch(lms(api)));
    const s = new Session(json, manifest, 1);
    connectReporters(s, [reporter]);
    s.dispatch(choose(bestChoice(s, manifest)));
    expect(committed(api).suspend_data).toBe('');
    expect(Object.keys(committed(api).interactions as object)).toHaveLength(0);
  });

  it.each(storyIds())('%s: a run to an ending with every indicator in the notebook fits in suspend_data', (id) => {
    const { json, manifest } = compileReal(id);
    const api = launch();
    const reporter = new Scorm12Reporter(lms(api), id, readLaunch(lms(api)));
    const s = new Session(json, manifest, 0xffffffff);
    connectReporters(s, [reporter]);
    // Every indicator noted on the first screen (the notebook's longest log), then the last option shown each time.
    for (const ind of INDICATOR_IDS) s.dispatch(note(ind, s.lineOnScreen));
    expect(s.notebook.size).toBe(INDICATOR_IDS.length);
    for (let i = 0; i < 40 && !s.finished; i++) s.dispatch(choose(s.step.choices.at(-1)!.id));
    const data = String(committed(api).suspend_data);
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    expect(reporter.tooLong).toBeUndefined();
    expect(s.finished).toBe(true);
  });

  it('a run whose notes were ticked and unticked hundreds of times is compacted to fit, and resumes to the same result', () => {
    const { json, manifest } = compileReal('hotline');
    const api = launch();
    const reporter = new Scorm12Reporter(lms(api), 'hotline', readLaunch(lms(api)));
    const s = new Session(json, manifest, 9);
    connectReporters(s, [reporter]);
    for (let k = 0; k < 60; k++)
      for (const ind of INDICATOR_IDS.slice(0, 5)) {
        s.dispatch(note(ind, s.lineOnScreen));
        s.dispatch({ type: 'unnote', indicator: ind });
      }
    s.dispatch(note(INDICATOR_IDS[0]!, s.lineOnScreen));
    s.dispatch(choose(bestChoice(s, manifest)));
    const data = String(committed(api).suspend_data);
    expect(reporter.tooLong).toBeUndefined();
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    const saved = readSave(data, 'hotline');
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.log.length).toBeLessThan(s.log.length);
    const back = Session.restore(json, manifest, saved.save, saved.log).session;
    expect(back.result()).toEqual(s.result());
    expect(back.step.lines.map((l) => l.id)).toEqual(s.step.lines.map((l) => l.id));
  });
});
