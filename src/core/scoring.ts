/**
 * Scoring: pure functions of the decision log (plus the scenario manifest and
 * the lines the log's replay showed). Nothing here keeps state, so a debrief
 * can be recomputed from any save, export or class report.
 */
import type { CriticalErrorId } from './critical-errors.ts';
import { notebookOf, type DecisionLog } from './decision-log.ts';
import type { IndicatorId } from './indicators.ts';
import type { ChoiceInfo, ScenarioManifest } from './manifest.ts';
import type { StandardId } from './standards.ts';
import { totalOf } from './story-graph.ts';
import { DIMENSIONS, type Dimension } from './vocabulary.ts';

/** Points against the best reachable, as a whole percentage (0-100). */
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
  standards: StandardId[];
}

export interface ScenarioResult {
  scenario: string;
  /** The ending reached, or undefined if the trainee left before one. */
  ending?: { id: string; lineId: string };
  left: boolean;
  dimensions: Record<Dimension, DimensionScore>;
  total: DimensionScore;
  critical: { error: CriticalErrorId; choiceId: string }[];
  indicators: {
    /** Shown in the story and noted by the trainee once it had been shown. */
    noticed: IndicatorId[];
    /** Shown in the story but not noted after it was shown. */
    missed: IndicatorId[];
    /** Noted, but not shown in anything the trainee saw. */
    notShown: IndicatorId[];
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
  /** For the n-th choice made, the ids of the choices that were on offer then. */
  offered: readonly (readonly string[])[];
}

/**
 * Evaluate a log.
 * @param log the decision log
 * @param manifest the scenario's manifest (choice catalogue and best scores)
 * @param replay what replaying the log showed (see `Session.result`)
 */
export function evaluate(log: DecisionLog, manifest: ScenarioManifest, replay: Replay): ScenarioResult {
  const points: Record<Dimension, number> = { identification: 0, protection: 0, procedure: 0 };
  const critical: ScenarioResult['critical'] = [];
  const decisions: DecisionReview[] = [];
  let nth = -1;
  for (const action of log) {
    if (action.type !== 'choose') continue;
    nth++;
    const chosen = manifest.choices[action.choiceId];
    if (!chosen) continue; // not in this version of the story; replay reports it
    for (const d of DIMENSIONS) points[d] += chosen.score[d];
    for (const error of chosen.critical) critical.push({ error, choiceId: chosen.id });
    // The alternatives actually on offer at that moment (conditional choices differ between visits).
    const offered = replay.offered[nth] ?? chosen.siblings;
    if (offered.length < 2) continue;
    const best = bestOf(offered, manifest);
    const better = best && totalOf(best.score) > totalOf(chosen.score) ? best : undefined;
    decisions.push({
      index: decisions.length + 1,
      chosen,
      better,
      standards: [...new Set([...chosen.standards, ...(better?.standards ?? [])])],
    });
  }

  // Where each indicator first appeared, and where each note was taken (positions in the transcript).
  const firstShown = new Map<IndicatorId, number>();
  let ending: ScenarioResult['ending'];
  replay.lines.forEach((id, position) => {
    const line = manifest.lines[id];
    line?.indicators.forEach((i) => { if (!firstShown.has(i)) firstShown.set(i, position); });
    if (line?.ending) ending = { id: line.ending, lineId: id };
  });
  const notes = notebookOf(log);
  const noted = [...notes.keys()];
  // A note counts only if it was taken once the indicator had been shown: ticking everything at the start is a guess, not an observation.
  const notedAt = (i: IndicatorId) => replay.lines.lastIndexOf(notes.get(i)!);
  const noticed = noted.filter((i) => firstShown.has(i) && notedAt(i) >= firstShown.get(i)!);
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { points: points[d], max: manifest.max[d], percent: percentOf(points[d], manifest.max[d]) }]),
  ) as Record<Dimension, DimensionScore>;
  const totalPoints = DIMENSIONS.reduce((s, d) => s + points[d], 0);
  return {
    scenario: manifest.meta.scenario,
    ending,
    left: log.some((a) => a.type === 'leave'),
    dimensions,
    total: { points: totalPoints, max: manifest.max.total, percent: percentOf(totalPoints, manifest.max.total) },
    critical,
    indicators: {
      noticed,
      missed: [...firstShown.keys()].filter((i) => !noticed.includes(i)),
      notShown: noted.filter((i) => !firstShown.has(i)),
    },
    decisions,
  };
}
