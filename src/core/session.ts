/**
 * A play session of one scenario: the story runner, the decision log and the
 * notebook behind one small API, with typed events for the UI and scenes.
 * It knows nothing about rendering or storage.
 *
 * Just over 300 lines: the session is the one place where the rules of play (refusal), the log and the events meet; its parts are short methods.
 */
import { choicesOf, notebookOf, seedOf, type Action, type DecisionLog } from './decision-log.ts';
import { Emitter } from './events.ts';
import type { IndicatorId } from './indicators.ts';
import type { ScenarioManifest } from './manifest.ts';
import { inShownOrder, newSeed } from './option-order.ts';
import { makeSave, type SaveData } from './save.ts';
import { evaluate, type EvaluateOptions, type ScenarioResult } from './scoring.ts';
import { StoryRunner, UnknownChoiceError, type RunnerSnapshot, type ShownLine, type Step } from './story-runner.ts';

/** Events a session emits. */
export interface SessionEvents extends Record<string, unknown> {
  /** A new step is on screen (after start, a choice, or a restore). */
  step: Step;
  /** The notebook changed. */
  notebook: ReadonlyMap<IndicatorId, string>;
  /** The log changed: time to save. */
  changed: DecisionLog;
  /** The scenario is over (an ending, or the trainee left). */
  finished: ScenarioResult;
}

/** A saved position of a session (see `snapshot`). */
export interface SessionSnapshot {
  readonly runner: RunnerSnapshot;
  readonly logLength: number;
}

/** How a restore went. */
export interface ReplayReport {
  /** Choices replayed. */
  replayed: number;
  /** Choices in the saved log. */
  total: number;
  /**
   * Actions of the saved log that play would have refused (a choice after
   * leaving, a note on a line that was not on screen, a second note of the
   * same indicator, ...) and were left out. With `replayed < total`, a
   * non-zero count makes the restore partial.
   */
  dropped: number;
  /** True when the save was made against exactly this story. */
  sameStory: boolean;
}

/** Why play refuses an action (the same rules apply to a restore). */
/** One entry of a run's history: a line shown, or an option the trainee chose. */
export type HistoryEntry = { kind: 'line'; line: ShownLine } | { kind: 'choice'; choiceId: string };

export type Refusal = 'over' | 'not-offered' | 'already-noted' | 'not-noted' | 'line-not-on-screen' | 'seed-not-first';

export class Session {
  readonly events = new Emitter<SessionEvents>();
  private readonly actions: Action[] = [];
  private runner: StoryRunner;
  /** The runner's current step with its options in shown order (kept so the same step is the same object). */
  private shown?: { source: Step; step: Step };

  /**
   * @param seed the option-order seed; a new session draws a random one and
   *   records it as the first action of its log. `null`: record none (restore).
   */
  constructor(
    storyJson: string,
    readonly manifest: ScenarioManifest,
    seed: number | null = newSeed(),
  ) {
    this.runner = new StoryRunner(storyJson, manifest.firstStep);
    if (seed !== null) this.actions.push({ type: 'seed', seed: seed >>> 0 });
  }

  /**
   * Rebuild a session by replaying a saved log through the rules of play:
   * an action play would refuse is left out and counted; replay stops at the
   * first choice the story no longer offers (an edited story) and keeps what
   * came before. So a crafted save can never reach a score that play refuses.
   */
  static restore(storyJson: string, manifest: ScenarioManifest, save: SaveData, log: DecisionLog): { session: Session; report: ReplayReport } {
    const session = new Session(storyJson, manifest, null);
    let replayed = 0;
    let dropped = 0;
    // Exactly what live play would have kept: each action is accepted or refused by the same rules.
    // After a choice an edited story no longer offers, later choices are refused too: what came before is kept.
    for (const action of log) {
      if (session.refusal(action)) {
        dropped++;
        continue;
      }
      session.apply(action);
      if (action.type === 'choose') replayed++;
    }
    if (save.startedAt) session.startedAt = save.startedAt;
    if (save.activeMs !== undefined) session.activeMs = save.activeMs;
    if (save.outcome && session.finished) session.finishedAt = save.outcome.finishedAt;
    return {
      session,
      report: { replayed, total: choicesOf(log).length, dropped, sameStory: save.storyHash === manifest.storyHash },
    };
  }

  /** Why play would refuse `action` now, or undefined if it is allowed. */
  refusal(action: Action): Refusal | undefined {
    switch (action.type) {
      case 'seed':
        return this.actions.length === 0 ? undefined : 'seed-not-first';
      case 'choose':
        if (this.finished) return 'over';
        return this.runner.current.choices.some((c) => c.id === action.choiceId) ? undefined : 'not-offered';
      case 'note':
        if (this.finished) return 'over';
        if (this.notebook.has(action.indicator)) return 'already-noted';
        return action.lineId === this.currentLineId() ? undefined : 'line-not-on-screen';
      case 'unnote':
        if (this.finished) return 'over';
        return this.notebook.has(action.indicator) ? undefined : 'not-noted';
      case 'leave':
        return this.finished ? 'over' : undefined;
    }
  }

  /** Apply an allowed action to the story and the log (no events: callers announce). */
  private apply(action: Action): void {
    if (action.type === 'choose') this.runner.choose(action.choiceId);
    this.actions.push(action);
  }

  /**
   * True when a choice can be made at once. False only in the browser before
   * the ink runtime has arrived (the first step is shown from build-time data):
   * await `loadInkEngine()` (src/core/ink-engine.ts) before dispatching a choice.
   */
  get ready(): boolean {
    return this.runner.ready;
  }

  /** Build the ink Story now (call in idle time after the first step is on screen). */
  warm(): void {
    this.runner.warm();
  }

  /** The lines and choices now on screen, the choices in the order shown (keys 1-9 follow it). */
  get step(): Step {
    const source = this.runner.current;
    if (this.shown?.source !== source) {
      const choices = inShownOrder(seedOf(this.actions), this.runner.offered.length, source.choices);
      this.shown = { source, step: { ...source, choices } };
    }
    return this.shown.step;
  }

  /** Every line shown so far. */
  get transcript() {
    return this.runner.transcript;
  }

  /**
   * What the trainee has read and done so far, in order: every line shown, and each option chosen at the place it
   * was chosen (the history a trainee opens to see what came before).
   */
  history(): HistoryEntry[] {
    const { transcript, chosenAt } = this.runner;
    const choicesBefore = new Map<number, string[]>(); // by the transcript position each decision was taken at
    choicesOf(this.actions).forEach((choiceId, n) => {
      const at = chosenAt[n] ?? transcript.length;
      choicesBefore.set(at, [...(choicesBefore.get(at) ?? []), choiceId]);
    });
    const entries: HistoryEntry[] = [];
    const choicesAt = (i: number) => choicesBefore.get(i)?.forEach((choiceId) => entries.push({ kind: 'choice', choiceId }));
    transcript.forEach((line, i) => {
      choicesAt(i);
      entries.push({ kind: 'line', line });
    });
    choicesAt(transcript.length);
    return entries;
  }

  /** The choices that were on offer at each decision taken. */
  get offered(): readonly (readonly string[])[] {
    return this.runner.offered;
  }

  /** The decision log (read-only view). */
  get log(): DecisionLog {
    return this.actions;
  }

  /** The notebook: indicator -> line id it was noted at. */
  get notebook(): ReadonlyMap<IndicatorId, string> {
    return notebookOf(this.actions);
  }

  /** True after an ending or after `leave()`. */
  get finished(): boolean {
    return this.runner.ended || this.actions.some((a) => a.type === 'leave');
  }

  /** Emit the current state (call once after subscribing). */
  announce(): void {
    this.events.emit('step', this.step);
    this.events.emit('notebook', this.notebook);
    if (this.finished) this.events.emit('finished', this.result());
  }

  /** A snapshot of the story position and the log (for rewinding to a decision). */
  snapshot(): SessionSnapshot {
    return { runner: this.runner.snapshot(), logLength: this.actions.length };
  }

  /** Rewind to a snapshot of this session: the log is cut back to what it was then. */
  rewind(snapshot: SessionSnapshot): void {
    this.runner.restore(snapshot.runner);
    this.actions.length = snapshot.logLength;
    this.events.emit('changed', this.actions);
    this.announce();
  }

  /**
   * Send an action, as the UI (or a remote view, a vote, a replay) does:
   * applied if the rules of play allow it, with the events a change brings;
   * refused (returns false, nothing changes) otherwise.
   */
  dispatch(action: Action): boolean {
    switch (action.type) {
      case 'choose':
        if (this.refusal(action)) return false;
        this.choose(action.choiceId);
        return true;
      case 'note':
        if (!this.record(action)) return false;
        this.events.emit('notebook', this.notebook);
        return true;
      case 'unnote':
        if (!this.record(action)) return false;
        this.events.emit('notebook', this.notebook);
        return true;
      case 'leave':
        if (!this.record(action)) return false;
        this.events.emit('finished', this.result());
        return true;
      case 'seed':
        return this.record(action);
    }
  }

  /** Make a choice by id. Throws if the scenario is over or the choice is not on offer. */
  choose(choiceId: string): void {
    const action = { type: 'choose', choiceId } as const;
    const refusal = this.refusal(action);
    if (refusal === 'over') throw new Error('the scenario is over');
    if (refusal)
      throw new UnknownChoiceError(
        choiceId,
        this.runner.current.choices.map((c) => c.id),
      );
    this.record(action);
    this.events.emit('step', this.step);
    if (this.runner.ended) this.events.emit('finished', this.result());
  }

  /** Note an indicator in the notebook, attached to the line now on screen. The notebook locks once the scenario is over. */
  note(indicator: IndicatorId): void {
    this.dispatch({ type: 'note', indicator, lineId: this.currentLineId() });
  }

  /** Remove an indicator from the notebook. */
  unnote(indicator: IndicatorId): void {
    this.dispatch({ type: 'unnote', indicator });
  }

  /** Leave early (skip the rest): the debrief covers what was done. */
  leave(): void {
    this.dispatch({ type: 'leave' });
  }

  /** The debrief data: a pure function of the log (`options`: a run without a notebook, see `EvaluateOptions`). */
  result(options?: EvaluateOptions): ScenarioResult {
    return evaluate(
      this.actions,
      this.manifest,
      {
        lines: this.runner.transcript.map((l) => l.id),
        offered: this.runner.offered,
        situations: this.runner.situations,
      },
      options,
    );
  }

  /** When this run started (a restore keeps the original time; see `startedAt` in saves). */
  startedAt = new Date().toISOString();
  /** When it finished (the ending or leaving), once it has. */
  finishedAt?: string;
  /** Time spent playing, in ms, over every sitting (measured by the UI; kept in saves as `activeMs`). */
  activeMs = 0;

  /** Count `ms` more of playing time (the UI measures it); none once the run is over, and nothing odd. */
  addActiveTime(ms: number): void {
    if (!this.finished && Number.isFinite(ms) && ms > 0) this.activeMs += ms;
  }

  /** A save of the current log, with the run's times and, once it is over, its outcome. */
  toSave(now = new Date()): SaveData {
    const save = makeSave(this.manifest.meta.scenario, this.manifest.storyHash, this.actions, now);
    save.startedAt = this.startedAt;
    if (this.activeMs > 0) save.activeMs = Math.round(this.activeMs);
    if (this.finished) {
      this.finishedAt ??= now.toISOString();
      const r = this.result();
      save.outcome = { verdict: r.verdict, percent: r.total.percent, finishedAt: this.finishedAt };
    }
    return save;
  }

  /** The id of the line now on screen: what a `note` action is attached to ('start' before any line). */
  get lineOnScreen(): string {
    return this.currentLineId();
  }

  private currentLineId(): string {
    const t = this.runner.transcript;
    return t[t.length - 1]?.id ?? 'start';
  }

  /** Apply an action if play allows it, and tell listeners to save. */
  private record(action: Action): boolean {
    if (this.refusal(action)) return false;
    this.apply(action);
    this.events.emit('changed', this.actions);
    return true;
  }
}
