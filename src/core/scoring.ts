/**
 * Scoring: pure functions of the decision log (plus the scenario manifest and
 * the lines the log's replay showed). Nothing here keeps state, so a debrief
 * can be recomputed from any save, export or class report.
 *
 * What a result means (docs/rubric.md):
 * - each dimension's 100% is its value on the reference path (the best
 *   total), so a perfect run shows 100% everywhere;
 * - identification adds the notebook: +1 per indicator noted once it was
 *   shown, -1 per note on something the story never showed, out of the
 *   observable indicators the trainee's own path showed;
 * - any critical error means "not passed", whatever the points;
 * - leaving before an ending means "incomplete": decisions are reviewed, no
 *   percentage is given and nothing is listed as missed.
 */
import type { CriticalErrorId } from './critical-errors.ts';
import { seedOf, type Action, type DecisionLog } from './decision-log.ts';
import type { IndicatorId } from './indicators.ts';
import { isObservable, type ChoiceInfo, type ScenarioManifest } from './manifest.ts';
import { shownOrder } from './option-order.ts';
import type { StandardId } from './standards.ts';
import { totalOf } from './points.ts';
import { DIMENSIONS, type Dimension } from './vocabulary.ts';

/** Points against the reference path, as a whole percentage (0-100; below-zero points count as 0%). */
export interface DimensionScore {
  points: number;
  max: number;
  percent: number;
}

/** One decision explained for the debrief. */
export interface DecisionReview {
  /** 1-based position among the decisions made. */
  index: number;
  chosen: ChoiceInfo;
  /** The best option on offer at that point, if the trainee did not pick it. */
  better?: ChoiceInfo;
  /** Every option on offer, in the order the trainee saw them. */
  shown: string[];
  /** The situation the decision answered: the id of its passage's `#situation` line, else of the last line before it. */
  situation?: string;
  standards: StandardId[];
}

/** passed: pass mark reached with no critical error; not-passed: either failed; incomplete: left before an ending. */
export type Verdict = 'passed' | 'not-passed' | 'incomplete';

export interface ScenarioResult {
  scenario: string;
  verdict: Verdict;
  /** Overall percentage needed to pass (with no critical error). */
  passMark: number;
  /** The ending reached, or undefined if the trainee left before one. */
  ending?: { id: string; lineId: string };
  left: boolean;
  /** Per dimension; identification includes the notebook. */
  dimensions: Record<Dimension, DimensionScore>;
  total: DimensionScore;
  /** The notebook's share of identification: noticed minus false notes, against the observable indicators this path showed. */
  notebook: { points: number; max: number };
  critical: { error: CriticalErrorId; choiceId: string }[];
  indicators: {
    /** Shown in the story and noted by the trainee once it had been shown. */
    noticed: IndicatorId[];
    /** Shown but not noted (empty for an incomplete run). */
    missed: IndicatorId[];
    /** Noted before the story showed it, and not noted again after: a guess, worth nothing, costing nothing. */
    early: IndicatorId[];
    /** Noted, but not shown in anything the trainee's character could observe: costs a point. */
    notShown: IndicatorId[];
    /** Shown only afterwards (an epilogue, a later report): never counted. */
    later: IndicatorId[];
  };
  decisions: DecisionReview[];
}

/** Whole-number percentage of `max`, never below 0 or above 100. */
export function percentOf(points: number, max: number): number {
  if (max <= 0) return points >= 0 ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((points / max) * 100)));
}

/** The choice with the highest total among `ids` (first one wins ties). */
export function bestOf(ids: readonly string[], manifest: ScenarioManifest): ChoiceInfo | undefined {
  let best: ChoiceInfo | undefined;
  for (const id of ids) {
    const c = manifest.choices[id];
    if (c && (!best || totalOf(c.score) > totalOf(best.score))) best = c;
  }
  return best;
}

/** What replaying a log showed: the lines seen and the choices offered at each decision. */
export interface Replay {
  /** Ids of every line the trainee saw, in order. */
  lines: readonly string[];
  /** For the n-th choice made, the ids of the choices that were on offer then (source order). */
  offered: readonly (readonly string[])[];
  /** For the n-th choice made, the situation it answered (its passage's `#situation` line, else the last line before it). */
  situations?: readonly (string | undefined)[];
}

/** How a run is scored beyond its log. */
export interface EvaluateOptions {
  /**
   * false for a run that had no notebook (a group session: the room discusses and votes, nobody keeps one):
   * identification is then scored on the decisions alone, and the notebook's share is 0 of 0. Default true.
   */
  notebook?: boolean;
}

/** Review each decision: what was chosen, what was better, in the order shown. */
function reviewDecisions(log: DecisionLog, manifest: ScenarioManifest, offeredAt: Replay['offered'], situations: Replay['situations'] = []) {
  const points: Record<Dimension, number> = { identification: 0, protection: 0, procedure: 0 };
  const critical: ScenarioResult['critical'] = [];
  const decisions: DecisionReview[] = [];
  const seed = seedOf(log);
  let nth = -1;
  for (const action of log) {
    if (action.type !== 'choose') continue;
    nth++;
    const chosen = manifest.choices[action.choiceId];
    if (!chosen) continue; // not in this version of the story; replay reports it
    for (const d of DIMENSIONS) points[d] += chosen.score[d];
    for (const error of chosen.critical) critical.push({ error, choiceId: chosen.id });
    // The alternatives actually on offer at that moment (conditional choices differ between visits).
    const offered = offeredAt[nth] ?? chosen.siblings;
    if (offered.length < 2) continue;
    const best = bestOf(offered, manifest);
    const better = best && totalOf(best.score) > totalOf(chosen.score) ? best : undefined;
    decisions.push({
      index: decisions.length + 1,
      chosen,
      better,
      shown: shownOrder(seed, nth, offered),
      situation: situations[nth],
      standards: [...new Set([...chosen.standards, ...(better?.standards ?? [])])],
    });
  }
  return { points, critical, decisions };
}

/** The notebook as it stood when the scenario ended: notes taken after the ending are ignored. */
function notebookAtEnd(log: DecisionLog, ended: boolean): Map<IndicatorId, string> {
  let cut = log.length;
  if (ended) {
    // The ending appears with the last choice; anything noted after that was noted on the ending screen.
    let lastChoice = -1;
    log.forEach((a, i) => {
      if (a.type === 'choose') lastChoice = i;
    });
    cut = lastChoice + 1;
  }
  const notes = new Map<IndicatorId, string>();
  for (const a of log.slice(0, cut) as Action[]) {
    if (a.type === 'note') notes.set(a.indicator, a.lineId);
    else if (a.type === 'unnote') notes.delete(a.indicator);
  }
  return notes;
}

/** Classify the notebook against what the trainee's character could observe on this path. */
function reviewNotebook(log: DecisionLog, manifest: ScenarioManifest, lines: readonly string[], ended: boolean) {
  const firstShown = new Map<IndicatorId, number>();
  const shownLater = new Set<IndicatorId>();
  lines.forEach((id, position) => {
    const line = manifest.lines[id];
    if (!line) return;
    if (isObservable(line))
      line.indicators.forEach((i) => {
        if (!firstShown.has(i)) firstShown.set(i, position);
      });
    else line.indicators.forEach((i) => shownLater.add(i));
  });
  const notes = notebookAtEnd(log, ended);
  const noted = [...notes.keys()];
  // A note counts only if it was taken once the indicator had been shown: ticking everything at the start is a guess, not an observation.
  const noticed = [...notes]
    .filter(([i, lineId]) => {
      const shownAt = firstShown.get(i);
      return shownAt !== undefined && lines.lastIndexOf(lineId) >= shownAt;
    })
    .map(([i]) => i);
  const early = noted.filter((i) => firstShown.has(i) && !noticed.includes(i));
  const later = [...shownLater].filter((i) => !firstShown.has(i));
  const notShown = noted.filter((i) => !firstShown.has(i) && !shownLater.has(i));
  const missed = [...firstShown.keys()].filter((i) => !noticed.includes(i) && !early.includes(i));
  return { noticed, missed, early, notShown, later };
}

/**
 * Evaluate a log.
 * @param log the decision log
 * @param manifest the scenario's manifest (choice catalogue and reference path)
 * @param replay what replaying the log showed (see `Session.result`)
 * @param options whether the run had a notebook (see `EvaluateOptions`)
 */
export function evaluate(log: DecisionLog, manifest: ScenarioManifest, replay: Replay, options: EvaluateOptions = {}): ScenarioResult {
  const { points, critical, decisions } = reviewDecisions(log, manifest, replay.offered, replay.situations);
  let ending: ScenarioResult['ending'];
  for (const id of replay.lines) {
    const line = manifest.lines[id];
    if (line?.ending) ending = { id: line.ending, lineId: id };
  }
  const left = !ending && log.some((a) => a.type === 'leave');
  const indicators = reviewNotebook(log, manifest, replay.lines, !!ending);
  if (!ending) indicators.missed = []; // an incomplete run is not marked down for what came after

  // The notebook is measured against what this path showed: nobody can notice what their path never showed.
  const shown = indicators.noticed.length + indicators.early.length + indicators.missed.length;
  const notebook =
    options.notebook === false ? { points: 0, max: 0 } : { points: indicators.noticed.length - indicators.notShown.length, max: ending ? shown : 0 };
  const score = (p: number, max: number): DimensionScore => ({ points: p, max, percent: percentOf(p, max) });
  const dimensions = {
    identification: score(points.identification + notebook.points, manifest.max.identification + notebook.max),
    protection: score(points.protection, manifest.max.protection),
    procedure: score(points.procedure, manifest.max.procedure),
  };
  const total = score(
    DIMENSIONS.reduce((sum, d) => sum + dimensions[d].points, 0),
    DIMENSIONS.reduce((sum, d) => sum + dimensions[d].max, 0),
  );
  const passMark = manifest.meta.passMark ?? 70;
  const verdict: Verdict = !ending ? 'incomplete' : critical.length === 0 && total.percent >= passMark ? 'passed' : 'not-passed';
  return { scenario: manifest.meta.scenario, verdict, passMark, ending, left, dimensions, total, notebook, critical, indicators, decisions };
}
