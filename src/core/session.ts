/**
 * A play session of one scenario: the story runner, the decision log and the
 * notebook behind one small API, with typed events for the UI and scenes.
 * It knows nothing about rendering or storage.
 */
import { choicesOf, notebookOf, seedOf, type Action, type DecisionLog } from './decision-log.ts';
import { Emitter } from './events.ts';
import type { IndicatorId } from './indicators.ts';
import type { ScenarioManifest } from './manifest.ts';
import { newSeed, shownOrder } from './option-order.ts';
import { makeSave, type SaveData } from './save.ts';
import { evaluate, type ScenarioResult } from './scoring.ts';
import { StoryRunner, UnknownChoiceError, type RunnerSnapshot, type Step } from './story-runner.ts';

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
  /** True when the save was made against exactly this story. */
  sameStory: boolean;
}

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
    this.runner = new StoryRunner(storyJson);
    if (seed !== null) this.actions.push({ type: 'seed', seed: seed >>> 0 });
  }

  /** Rebuild a session by replaying a saved log's choice ids. Stops at the first choice that no longer exists. */
  static restore(storyJson: string, manifest: ScenarioManifest, save: SaveData, log: DecisionLog): { session: Session; report: ReplayReport } {
    const session = new Session(storyJson, manifest, null);
    let replayed = 0;
    for (const action of log) {
      if (action.type === 'choose') {
        try {
          session.runner.choose(action.choiceId);
          replayed++;
        } catch (e) {
          if (e instanceof UnknownChoiceError) break; // the story changed here: keep what came before
          throw e;
        }
      }
      session.actions.push(action);
    }
    return {
      session,
      report: { replayed, total: choicesOf(log).length, sameStory: save.storyHash === manifest.storyHash },
    };
  }

  /** The lines and choices now on screen, the choices in the order shown (keys 1-9 follow it). */
  get step(): Step {
    const source = this.runner.current;
    if (this.shown?.source !== source) {
      const order = shownOrder(seedOf(this.actions), this.runner.offered.length, source.choices.map((c) => c.id));
      const choices = order.map((id) => source.choices.find((c) => c.id === id)!);
      this.shown = { source, step: { ...source, choices } };
    }
    return this.shown.step;
  }

  /** Every line shown so far. */
  get transcript() {
    return this.runner.transcript;
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

  /** Make a choice by id. */
  choose(choiceId: string): void {
    if (this.finished) throw new Error('the scenario is over');
    this.runner.choose(choiceId);
    this.record({ type: 'choose', choiceId });
    this.events.emit('step', this.step);
    if (this.runner.ended) this.events.emit('finished', this.result());
  }

  /** Note an indicator in the notebook, attached to the line now on screen. The notebook locks once the scenario is over. */
  note(indicator: IndicatorId): void {
    if (this.finished || this.notebook.has(indicator)) return;
    this.record({ type: 'note', indicator, lineId: this.currentLineId() });
    this.events.emit('notebook', this.notebook);
  }

  /** Remove an indicator from the notebook. */
  unnote(indicator: IndicatorId): void {
    if (this.finished || !this.notebook.has(indicator)) return;
    this.record({ type: 'unnote', indicator });
    this.events.emit('notebook', this.notebook);
  }

  /** Leave early (skip the rest): the debrief covers what was done. */
  leave(): void {
    if (this.finished) return;
    this.record({ type: 'leave' });
    this.events.emit('finished', this.result());
  }

  /** The debrief data: a pure function of the log. */
  result(): ScenarioResult {
    return evaluate(this.actions, this.manifest, { lines: this.runner.transcript.map((l) => l.id), offered: this.runner.offered });
  }

  /** A save of the current log. */
  toSave(now?: Date): SaveData {
    return makeSave(this.manifest.meta.scenario, this.manifest.storyHash, this.actions, now);
  }

  private currentLineId(): string {
    const t = this.runner.transcript;
    return t.length > 0 ? t[t.length - 1]!.id : 'start';
  }

  private record(action: Action): void {
    this.actions.push(action);
    this.events.emit('changed', this.actions);
  }
}
