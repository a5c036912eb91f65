/**
 * SCORM 1.2: what the LMS (Moodle, ...) is told about a run, and how a run
 * comes back from it. The LMS keeps the run's save in `cmi.suspend_data`
 * (4,096 characters at most), so closing the window and launching again
 * resumes exactly; it sees completion and success (`cmi.core.lesson_status`,
 * matching the debrief's verdict), the score, the time spent, and one
 * interaction per decision (the option chosen, the best one on offer, and
 * whether they are the same).
 *
 * No DOM here: the LMS is reached through `LmsApi` (see scorm12-connection.ts
 * for the real one), so the mapping is tested against scorm-again's SCORM 1.2
 * runtime in Node and in a browser.
 */
import type { RunProgress, RunRecord, ResultsReporter } from '../core/results-reporter.ts';
import type { DecisionReview, Verdict } from '../core/scoring.ts';
import { serialiseSave } from '../core/save.ts';
import { compactLog, encodeLog } from '../core/decision-log.ts';

/** The SCORM 1.2 calls the game makes (LMSGetValue, LMSSetValue, LMSCommit, LMSFinish). */
export interface LmsApi {
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

/** SCORM 1.2's limit on cmi.suspend_data. */
export const SUSPEND_DATA_MAX = 4096;

/** The lesson status the LMS records for a verdict (the debrief's words, in SCORM 1.2's vocabulary). */
export function lessonStatus(verdict: Verdict): 'passed' | 'failed' | 'incomplete' {
  return verdict === 'passed' ? 'passed' : verdict === 'not-passed' ? 'failed' : 'incomplete';
}

/** A time span in SCORM 1.2's CMITimespan format, HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** A clock time in CMITime format, HH:MM:SS. */
function clockTime(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** What the game reads from the LMS at launch. */
export interface Launch {
  /** The learner's name as the LMS gives it ("Last, First" in SCORM 1.2), for the debrief's header. */
  learnerName?: string;
  /** The run saved in the LMS (a save's text), or undefined for a first attempt. */
  suspendData?: string;
  /** Interactions the LMS already holds (from earlier sessions of this attempt). */
  interactions: number;
}

/** Read what the LMS holds for this attempt. */
export function readLaunch(api: LmsApi): Launch {
  const suspendData = api.get('cmi.suspend_data');
  const count = Number(api.get('cmi.interactions._count'));
  const name = api.get('cmi.core.student_name').trim();
  return {
    suspendData: suspendData ? suspendData : undefined,
    interactions: Number.isInteger(count) && count > 0 ? count : 0,
    learnerName: name ? name.slice(0, 80) : undefined,
  };
}

/**
 * The results reporter that writes to the LMS. Only the run of `scenario`
 * (the package's item) is reported; a run finished in an earlier session
 * (`restored`) is not reported again.
 */
export class Scorm12Reporter implements ResultsReporter {
  private written: number;
  private readonly started: number;
  private finishedRun = false;
  /** The length of the last save that did not fit in suspend_data even compacted (the LMS keeps the one before). */
  tooLong?: number;

  constructor(
    private readonly api: LmsApi,
    private readonly scenario: string,
    launch: Launch,
    private readonly now: () => number = Date.now,
  ) {
    this.written = launch.interactions;
    this.started = now();
    if (!launch.suspendData) this.api.set('cmi.core.lesson_status', 'incomplete');
  }

  progress(p: RunProgress): void {
    if (p.scenario !== this.scenario) return;
    let text = serialiseSave(p.save);
    // Too long (notes ticked and unticked many times): the same run in fewer actions.
    if (text.length > SUSPEND_DATA_MAX) text = serialiseSave({ ...p.save, log: encodeLog(compactLog(p.log)) });
    if (text.length <= SUSPEND_DATA_MAX) {
      this.api.set('cmi.suspend_data', text);
      this.tooLong = undefined;
    } else this.tooLong = text.length;
    this.writeInteractions(p.reviews());
    this.api.commit();
  }

  finished(r: RunRecord): void {
    if (r.scenario !== this.scenario || r.restored) return;
    this.writeInteractions(r.result.decisions);
    // Leaving before the end is never held against anyone, and the debrief says no score is given: nor is one sent
    // (a gradebook would show the points of the decisions made so far as a grade).
    if (r.result.verdict !== 'incomplete') {
      this.api.set('cmi.core.score.min', '0');
      this.api.set('cmi.core.score.max', '100');
      this.api.set('cmi.core.score.raw', String(r.result.total.percent));
    }
    this.api.set('cmi.core.lesson_status', lessonStatus(r.result.verdict));
    this.finishedRun = true;
    this.api.commit();
  }

  /** The window is closing: the time spent in this session, how it was left, and the end of the session. */
  terminate(): void {
    this.api.set('cmi.core.session_time', timespan(this.now() - this.started));
    // 'suspend': the LMS keeps suspend_data and resumes; '' (normal exit) once the run is over.
    this.api.set('cmi.core.exit', this.finishedRun ? '' : 'suspend');
    this.api.commit();
    this.api.finish();
  }

  /** One interaction per decision not yet written (interactions are write-once in SCORM 1.2). */
  private writeInteractions(decisions: readonly DecisionReview[]): void {
    for (const d of decisions.slice(this.written)) {
      const n = this.written;
      const best = d.better ?? d.chosen;
      const prefix = `cmi.interactions.${n}.`;
      this.api.set(`${prefix}id`, `${this.scenario}-decision-${d.index}`);
      this.api.set(`${prefix}type`, 'choice');
      this.api.set(`${prefix}time`, clockTime(new Date(this.now())));
      this.api.set(`${prefix}student_response`, d.chosen.id);
      this.api.set(`${prefix}correct_responses.0.pattern`, best.id);
      this.api.set(`${prefix}result`, d.better ? 'wrong' : 'correct');
      this.written = n + 1;
    }
  }
}
