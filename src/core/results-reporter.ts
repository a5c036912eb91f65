/**
 * Results reporting: one seam through which every destination of a run's
 * progress and result receives the same typed data - the local save and
 * the JSON export today; SCORM, xAPI and class reports later. Reporters are
 * fed from the session's events (`changed`, `finished`), never from a screen,
 * so no destination can see a result the others do not.
 */
import { choicesOf, type DecisionLog } from './decision-log.ts';
import type { SaveData } from './save.ts';
import type { DecisionReview, ScenarioResult } from './scoring.ts';
import type { Session } from './session.ts';

/** A run's progress after every change of its log. */
export interface RunProgress {
  scenario: string;
  storyHash: string;
  log: DecisionLog;
  /** Decisions taken so far. */
  decisions: number;
  /** True once the run is over (an ending, or the trainee left). */
  finished: boolean;
  /** The save of this moment (what a local save or SCORM's suspend_data keeps). */
  save: SaveData;
  /** The decisions so far, reviewed as the debrief would (computed when asked: most reporters do not need it). */
  reviews(): DecisionReview[];
}

/** A finished run: everything a report needs, recomputable from `log`. */
export interface RunRecord {
  scenario: string;
  storyHash: string;
  log: DecisionLog;
  result: ScenarioResult;
  startedAt: string;
  finishedAt: string;
  /**
   * True when the run finished in an earlier page load and was restored from
   * its save: a reporter that sends results elsewhere has sent this one already.
   */
  restored: boolean;
}

/** A destination of progress and results. Calls must not throw (a failing destination says so itself). */
export interface ResultsReporter {
  progress(p: RunProgress): void;
  finished(r: RunRecord): void;
}

/** The progress of `session` now. */
export function progressOf(session: Session): RunProgress {
  const save = session.toSave();
  return {
    scenario: session.manifest.meta.scenario,
    storyHash: session.manifest.storyHash,
    log: session.log,
    decisions: choicesOf(session.log).length,
    finished: session.finished,
    save,
    reviews: () => session.result().decisions,
  };
}

/** The record of `session`, which must be finished. */
export function recordOf(session: Session, restored = false): RunRecord {
  if (!session.finished) throw new Error('the run is not finished');
  return {
    scenario: session.manifest.meta.scenario,
    storyHash: session.manifest.storyHash,
    log: [...session.log],
    result: session.result(),
    startedAt: session.startedAt,
    finishedAt: (session.finishedAt ??= new Date().toISOString()),
    restored,
  };
}

/**
 * Feed `reporters` from `session`: progress after every change of the log,
 * and the record once when the run finishes. A session that is already
 * finished (a restored run) is reported at once, marked `restored`.
 * The session may emit `finished` again (`announce`); a record is sent
 * once per change of the log that finished the run. Returns a function that stops.
 */
export function connectReporters(session: Session, reporters: readonly ResultsReporter[]): () => void {
  // Counts changes of the log: a record is sent once per change that finished the run.
  let changes = 0;
  let reportedAt = -1;
  const finish = (restored: boolean) => {
    if (reportedAt === changes) return;
    reportedAt = changes;
    const record = recordOf(session, restored);
    for (const r of reporters) r.finished(record);
  };
  const offs = [
    session.events.on('changed', () => {
      changes++;
      const p = progressOf(session);
      for (const r of reporters) r.progress(p);
    }),
    session.events.on('finished', () => finish(false)),
  ];
  if (session.finished) finish(true);
  return () => offs.forEach((off) => off());
}
