/**
 * The results reporter that speaks xAPI (plain, or the cmi5 profile): it
 * turns the session's progress and record into statements
 * (xapi-statements.ts) and hands them to the outbox (xapi-queue.ts), which
 * keeps and sends them. Statements are rebuilt from the whole run each
 * time; their ids are deterministic, so the outbox keeps each one once,
 * however often a decision is reported (reloads, resumes, the record).
 */
import { notebookOf, seedOf } from '../core/decision-log.ts';
import type { ResultsReporter, RunProgress, RunRecord } from '../core/results-reporter.ts';
import {
  answeredStatement,
  endStatements,
  initializedStatement,
  launchedStatement,
  notedStatement,
  terminatedStatement,
  type Statement,
  type XapiLaunch,
} from './xapi-statements.ts';

/** Where the reporter's statements go (a `StatementQueue`, or a list in tests). */
export interface StatementSink {
  enqueue(statements: readonly Statement[]): Promise<void>;
}

export interface XapiReporterOptions {
  /** Report only this scenario (cmi5: the AU's scenario); every scenario when undefined. */
  scenario?: string;
  /** 'Normal', 'Browse' or 'Review' (cmi5): only a Normal launch may say completed, passed or failed. */
  launchMode?: string;
  /** True when "initialized" was sent already (cmi5: by the library, at launch). */
  initialized?: boolean;
  /** When the session began (cmi5: kept across a reload of the same launch); now by default. */
  startedAt?: number;
  now?: () => number;
}

/** A ResultsReporter that builds xAPI statements. */
export class XapiReporter implements ResultsReporter {
  private readonly now: () => number;
  private readonly startedAt: number;
  /** Scenarios this session has started (initialized), in order. */
  private readonly started: string[] = [];
  /** True once terminated: nothing may follow it in the session (cmi5). */
  private ended = false;

  constructor(
    private readonly launch: XapiLaunch,
    private readonly sink: StatementSink,
    private readonly opts: XapiReporterOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.startedAt = opts.startedAt ?? this.now();
  }

  /** Open the session for `scenario` (cmi5: at launch; plain xAPI: on its first progress). */
  start(scenario: string): void {
    if (this.ended || this.started.includes(scenario)) return;
    this.started.push(scenario);
    if (this.opts.initialized) return;
    const now = new Date(this.now());
    const first = this.launch.mode === 'xapi' ? [launchedStatement(this.launch, scenario, now)] : [];
    void this.sink.enqueue([...first, initializedStatement(this.launch, scenario, now)]);
  }

  progress(p: RunProgress): void {
    if (this.ended || !this.reports(p.scenario)) return;
    this.start(p.scenario);
    const now = new Date(this.now());
    const seed = seedOf(p.log);
    const answered = p.reviews().map((d) => answeredStatement(this.launch, p.scenario, seed, d, now));
    const noted = [...notebookOf(p.log)].map(([indicator, lineId]) => notedStatement(this.launch, p.scenario, seed, indicator, lineId, now));
    void this.sink.enqueue([...answered, ...noted]);
  }

  finished(r: RunRecord): void {
    // A run finished in an earlier page load was reported then.
    if (this.ended || !this.reports(r.scenario) || r.restored) return;
    this.start(r.scenario);
    const now = new Date(this.now());
    const seed = seedOf(r.log);
    const answered = r.result.decisions.map((d) => answeredStatement(this.launch, r.scenario, seed, d, now));
    const normal = (this.opts.launchMode ?? 'Normal') === 'Normal';
    const end = normal ? endStatements(this.launch, r.result, seed, this.now() - this.startedAt, now) : [];
    void this.sink.enqueue([...answered, ...end]);
  }

  /** The session ends (the page goes away, or the trainee leaves the LMS's activity): terminated, last. */
  terminate(): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.ended = true;
    const now = new Date(this.now());
    const ms = this.now() - this.startedAt;
    return this.sink.enqueue(this.started.map((scenario) => terminatedStatement(this.launch, scenario, ms, now)));
  }

  private reports(scenario: string): boolean {
    return this.opts.scenario === undefined || this.opts.scenario === scenario;
  }
}
