/**
 * Every statement the game builds, for random paths through the real
 * stories in both launch modes, passes Learning Locker's xAPI validator;
 * the cmi5 defined statements follow the cmi5 rules; ids are stable.
 */
import { describe, expect, it } from 'vitest';
import { playRandom } from '../../tests/class-report-fixtures.ts';
import { compileReal, storyIds } from '../../tests/helpers.ts';
import { xapiProblems } from '../../tests/xapi-validation.ts';
import { connectReporters, progressOf, recordOf } from '../core/results-reporter.ts';
import { seedOf } from '../core/decision-log.ts';
import { Session } from '../core/session.ts';
import { XapiReporter } from './xapi-reporter.ts';
import { CMI5, endStatements, isoDuration, statementId, VERBS, type Statement, type XapiLaunch } from './xapi-statements.ts';

const REGISTRATION = 'ae3d0b5e-1f0a-4c2b-9d1e-7a6b5c4d3e2f';
const SESSION = 'c0ffee00-1234-4abc-8def-0123456789ab';

/** A launch as the game makes it, in either mode. */
export function testLaunch(mode: 'cmi5' | 'xapi', masteryScore?: number): XapiLaunch {
  return {
    mode,
    actor: { objectType: 'Agent', name: 'Trainee 1', account: { homePage: 'https://lms.example.org', name: 'trainee-1' } },
    registration: REGISTRATION,
    activityId: (scenario) => `https://lms.example.org/au/${scenario}`,
    vocabulary: 'https://game.example.org/xapi',
    sessionId: SESSION,
    contextTemplate:
      mode === 'cmi5'
        ? {
            contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/course/1' }] },
            extensions: { [CMI5.sessionId]: SESSION },
          }
        : undefined,
    masteryScore,
    language: 'ru',
  };
}

/** A sink that keeps every statement handed to it (as the queue would before de-duplicating). */
function collector() {
  const all: Statement[] = [];
  return { all, enqueue: (s: readonly Statement[]) => (all.push(...s), Promise.resolve()) };
}

/** Play `n` random runs of every story through a real Session with an xAPI reporter; every statement it built. */
function playAll(mode: 'cmi5' | 'xapi', n: number) {
  const runs: { statements: Statement[]; session: Session }[] = [];
  for (const id of storyIds()) {
    const story = compileReal(id);
    for (let seed = 1; seed <= n; seed++) {
      const sink = collector();
      const reporter = new XapiReporter(testLaunch(mode, mode === 'cmi5' ? 0.7 : undefined), sink, { now: () => 1_700_000_000_000 + seed });
      const played = playRandom(story, seed * 7919, { skill: (seed % 4) / 3 });
      // The reporter sees the run as the app would, action by action: the random run's log dispatched into a connected session.
      const session = new Session(story.json, story.manifest, null);
      connectReporters(session, [reporter]);
      for (const a of played.log) expect(session.dispatch(a)).toBe(true);
      void reporter.terminate();
      runs.push({ statements: sink.all, session });
    }
  }
  return runs;
}

describe('xAPI statements', () => {
  it('the validator rejects a broken statement (so the checks below can fail)', () => {
    const [good] = endStatements(testLaunch('xapi'), { ...fakeResult(), verdict: 'passed' }, 1, 1000, new Date(0));
    expect(xapiProblems(good)).toEqual([]);
    expect(xapiProblems({ ...good, id: 'not-a-uuid' })).not.toEqual([]);
    expect(xapiProblems({ ...good, verb: { id: 'answered' } })).not.toEqual([]);
    expect(xapiProblems({ ...good, result: { duration: '5 seconds' } })).not.toEqual([]);
  });

  for (const mode of ['cmi5', 'xapi'] as const)
    it(`every statement of random runs through every story is valid xAPI (${mode})`, () => {
      let count = 0;
      for (const { statements } of playAll(mode, 6)) {
        for (const s of statements) {
          expect(xapiProblems(s), JSON.stringify(s)).toEqual([]);
          count++;
        }
      }
      expect(count).toBeGreaterThan(100);
    });

  it('a run says: initialized, one answered per decision (as the debrief reviews it), completed and passed/failed as the verdict, terminated last', () => {
    const verdicts = new Set<string>();
    for (const { statements, session } of playAll('cmi5', 4)) {
      const result = session.result();
      verdicts.add(result.verdict);
      const unique = [...new Map(statements.map((s) => [s.id, s])).values()];
      const verbs = unique.map((s) => s.verb.id);
      expect(verbs[0]).toBe(VERBS.initialized);
      expect(verbs.at(-1)).toBe(VERBS.terminated);
      const answered = unique.filter((s) => s.verb.id === VERBS.answered);
      expect(answered.map((s) => s.result?.response)).toEqual(result.decisions.map((d) => d.chosen.id));
      expect(answered.map((s) => s.result?.success)).toEqual(result.decisions.map((d) => !d.better));
      // The standards each decision was judged against, with their titles.
      answered.forEach((s, i) => expect(s.context?.contextActivities?.other?.map((a) => a.id.split('/').pop())).toEqual(result.decisions[i]!.standards));
      const end = verbs.filter((v) => v === VERBS.completed || v === VERBS.passed || v === VERBS.failed);
      if (result.verdict === 'incomplete') expect(end).toEqual([]);
      else expect(end).toEqual([VERBS.completed, result.verdict === 'passed' && result.total.percent >= 70 ? VERBS.passed : VERBS.failed]);
      // cmi5: defined statements carry the cmi5 category, allowed ones do not; all carry registration and session id.
      for (const s of unique) {
        const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
        expect(categories.includes(CMI5.category)).toBe(s.verb.id !== VERBS.answered && !s.verb.id.endsWith('/verbs/noted'));
        expect(categories.includes(CMI5.moveOn)).toBe([VERBS.completed, VERBS.passed, VERBS.failed].includes(s.verb.id as never));
        expect(s.context?.registration).toBe(REGISTRATION);
        expect(s.context?.extensions?.[CMI5.sessionId]).toBe(SESSION);
        if ([VERBS.completed, VERBS.passed, VERBS.failed, VERBS.terminated].includes(s.verb.id as never)) expect(s.result?.duration).toMatch(/^PT/);
      }
    }
    // The random runs reach every verdict, so each branch above was checked.
    expect([...verdicts].sort()).toEqual(['incomplete', 'not-passed', 'passed']);
  });

  it('ids are deterministic: the same decision of the same run is the same statement id, a restarted run (new seed) gets new ones', () => {
    const [a, b] = playAll('cmi5', 2);
    const ids = (run: typeof a) => run!.statements.filter((s) => s.verb.id === VERBS.answered).map((s) => s.id);
    // Each decision is rebuilt on every later change of the log: the same id says the same thing.
    const byId = new Map<string, string>();
    for (const s of a!.statements) {
      const text = JSON.stringify({ ...s, timestamp: undefined });
      expect(byId.get(s.id!) ?? text).toBe(text);
      byId.set(s.id!, text);
    }
    expect(ids(a).length).toBeGreaterThan(new Set(ids(a)).size);
    expect(new Set(ids(a)).size).toBe(a!.session.result().decisions.length);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    const seed = seedOf(a!.session.log);
    expect(statementId(REGISTRATION, `run:x:${seed}`)).toBe(statementId(REGISTRATION, `run:x:${seed}`));
    expect(statementId(REGISTRATION, 'k')).not.toBe(statementId('00000000-0000-4000-8000-000000000000', 'k'));
  });

  it('plain xAPI starts with launched; cmi5 does not (the LMS says launched)', () => {
    const [cmi5] = playAll('cmi5', 1);
    const [xapi] = playAll('xapi', 1);
    expect(cmi5!.statements.some((s) => s.verb.id === VERBS.launched)).toBe(false);
    expect(xapi!.statements[0]!.verb.id).toBe(VERBS.launched);
  });

  it('a Browse or Review launch says no completed, passed or failed; nothing follows terminated', () => {
    const story = compileReal('hotline');
    const played = playRandom(story, 11, { skill: 1 });
    expect(played.result().verdict).not.toBe('incomplete');
    const run = (launchMode: string) => {
      const sink = collector();
      const reporter = new XapiReporter(testLaunch('cmi5'), sink, { launchMode });
      const session = new Session(story.json, story.manifest, null);
      connectReporters(session, [reporter]);
      played.log.forEach((a) => session.dispatch(a));
      void reporter.terminate();
      // After terminated (the trainee left the debrief) nothing is reported, whatever happens.
      reporter.start('farm-call');
      reporter.progress(progressOf(session));
      reporter.finished(recordOf(session));
      return sink.all.map((s) => s.verb.id);
    };
    expect(run('Normal')).toContain(VERBS.completed);
    for (const mode of ['Browse', 'Review']) expect(run(mode).some((v) => v === VERBS.completed || v === VERBS.passed || v === VERBS.failed)).toBe(false);
    expect(run('Normal').at(-1)).toBe(VERBS.terminated);
  });

  it('passed needs the mastery score under cmi5; a left run is neither completed nor passed', () => {
    const launch = testLaunch('cmi5', 0.9);
    const passedAt80 = endStatements(launch, { ...fakeResult(), verdict: 'passed' }, 1, 0, new Date(0));
    expect(passedAt80.map((s) => s.verb.id)).toEqual([VERBS.completed, VERBS.failed]);
    expect(passedAt80[1]!.context?.extensions?.[CMI5.masteryScore]).toBe(0.9);
    expect(endStatements(launch, { ...fakeResult(), verdict: 'incomplete' }, 1, 0, new Date(0))).toEqual([]);
    expect(isoDuration(61_234)).toBe('PT61.23S');
  });
});

/** A result with an 80% total (only the fields the end statements read matter). */
function fakeResult() {
  const story = compileReal(storyIds()[0]!);
  const result = playRandom(story, 3).result();
  return { ...result, total: { points: 8, max: 10, percent: 80 } };
}
