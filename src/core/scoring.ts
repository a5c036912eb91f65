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
    /** Shown in the story and noted by the trainee. */
    noticed: IndicatorId[];
    /** Shown in the story but never noted. */
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

/**
 * Evaluate a log.
 * @param log the decision log
 * @param manifest the scenario's manifest (choice catalogue and best scores)
 * @param shownLineIds ids of every line the trainee saw, in order (from replaying the log)
 */
export function evaluate(log: DecisionLog, manifest: ScenarioManifest, shownLineIds: readonly string[]): ScenarioResult {
  const points: Record<Dimension, number> = { identification: 0, protection: 0, procedure: 0 };
  const critical: ScenarioResult['critical'] = [];
  const decisions: DecisionReview[] = [];
  for (const action of log) {
    if (action.type !== 'choose') continue;
    const chosen = manifest.choices[action.choiceId];
    if (!chosen) continue; // not in this version of the story; replay reports it
    for (const d of DIMENSIONS) points[d] += chosen.score[d];
    for (const error of chosen.critical) critical.push({ error, choiceId: chosen.id });
    if (chosen.siblings.length < 2) continue;
    const best = bestOf(chosen.siblings, manifest);
    const better = best && totalOf(best.score) > totalOf(chosen.score) ? best : undefined;
    decisions.push({
      index: decisions.length + 1,
      chosen,
      better,
      standards: [...new Set([...chosen.standards, ...(better?.standards ?? [])])],
    });
  }

  const shown = new Set<IndicatorId>();
  let ending: ScenarioResult['ending'];
  for (const id of shownLineIds) {
    const line = manifest.lines[id];
    line?.indicators.forEach((i) => shown.add(i));
    if (line?.ending) ending = { id: line.ending, lineId: id };
  }
  const noted = [...notebookOf(log).keys()];
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
      noticed: noted.filter((i) => shown.has(i)),
      missed: [...shown].filter((i) => !noted.includes(i)),
      notShown: noted.filter((i) => !shown.has(i)),
    },
    decisions,
  };
}
