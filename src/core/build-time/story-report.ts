/**
 * The story report: does a scenario's score measure judgement, or can it be
 * beaten by a reading pattern? For one story and one language it follows the
 * naive strategies ("always the longest option", "always the shortest",
 * "always the first in source order") through the story's merged graph, or
 * plays them through the real story when no graph is given, takes the exact
 * expectation of random play from the build's analysis, and measures how
 * the best options differ in length from the others and how many decisions
 * offer partial credit. `checkAssessment` turns the figures into problems
 * against the targets of docs/authoring.md.
 *
 * Scores here are decision points only (no notebook): a strategy takes no notes.
 */
import type { ChoiceInfo, ScenarioManifest } from '../manifest.ts';
import type { StoryGraph } from './story-graph.ts';
import { StoryRunner } from '../story-runner.ts';
import { totalOf } from '../points.ts';

/** Targets every scenario must meet, in every language (docs/authoring.md, "Assessment rules"). */
export const ASSESSMENT_TARGETS = {
  /** "Always the longest" scores at most this share of the best reachable total. */
  longestStrategyMax: 0.5,
  /** "Always the shortest" too: the fix for long best options must not be short ones. */
  shortestStrategyMax: 0.5,
  /** The best option is the longest in at most this share of decisions. */
  bestIsLongestMax: 0.4,
  /** ... and the shortest in at most this share (a rewrite must not swap one tell for another). */
  bestIsShortestMax: 0.5,
  /** Mean of length(best) / mean length(others) over decisions, at most. */
  lengthRatioMax: 1.25,
  /** At least this share of decisions offers a partly-right option. */
  partialCreditMin: 0.5,
} as const;

/** Option text by id in one language (English: the story's own text). */
export type TextOf = (choiceId: string) => string;

/** One decision point's figures. */
export interface DecisionFigures {
  /** Option ids in source order. */
  options: string[];
  bestIsLongest: boolean;
  bestIsShortest: boolean;
  /** length(best) / mean length(others); undefined when every option scores the same. */
  lengthRatio?: number;
  /** Some option earns points, but fewer than the best. */
  partial: boolean;
}

export interface StoryReport {
  scenario: string;
  language: string;
  /** Best reachable total (decision points). */
  best: number;
  /** Each as a fraction of `best` (may be negative). */
  strategies: { longest: number; shortest: number; firstInSource: number; random: number };
  decisions: DecisionFigures[];
  bestIsLongestShare: number;
  bestIsShortestShare: number;
  meanLengthRatio: number;
  partialShare: number;
}

const lengthOf = (text: string) => [...text.trim()].length;

/**
 * A choice's manifest entry. Every id offered by the story is in the manifest
 * (the build's walk records each one), so a missing id means the manifest does
 * not belong to this story: an error, not a zero score.
 */
export function choiceInfoOf(manifest: ScenarioManifest, id: string): ChoiceInfo {
  const info = manifest.choices[id];
  if (info === undefined)
    throw new Error(`choice "${id}" is not in the manifest of ${manifest.meta.scenario}: is the manifest from another build of the story?`);
  return info;
}

/** The first option of a decision point; a decision point always offers at least one. */
function firstOption(ids: readonly string[]): string {
  const first = ids[0];
  if (first === undefined) throw new Error('a decision point with no options: the story stopped without ending');
  return first;
}

/** Follow a strategy through the story's graph (the path the story would take); returns the decision points it scores. */
function follow(graph: StoryGraph, manifest: ScenarioManifest, pick: (ids: string[]) => string): number {
  let points = 0;
  for (let n = 0, steps = 0; steps <= graph.nodes.length; steps++) {
    const node = graph.nodes[n];
    if (!node || node.choices.length === 0) break;
    const id = node.choices.length === 1 ? firstOption(node.choices) : pick(node.choices);
    points += totalOf(choiceInfoOf(manifest, id).score);
    n = node.next[node.choices.indexOf(id)] ?? -1;
  }
  return points;
}

/** Play a strategy through the story; returns the decision points it scores. */
function play(json: string, manifest: ScenarioManifest, pick: (ids: string[]) => string): number {
  const runner = new StoryRunner(json);
  let points = 0;
  // Bounded: a story whose walk finished cannot loop, but a guard costs nothing.
  for (let steps = 0; !runner.ended && steps < 10_000; steps++) {
    const ids = runner.current.choices.map((c) => c.id);
    const id = ids.length === 1 ? firstOption(ids) : pick(ids);
    points += totalOf(choiceInfoOf(manifest, id).score);
    runner.choose(id);
  }
  return points;
}

/** The figures of one decision point. */
export function decisionFigures(options: string[], manifest: ScenarioManifest, textOf: TextOf): DecisionFigures {
  const totals = options.map((id) => totalOf(choiceInfoOf(manifest, id).score));
  const lengths = options.map((id) => lengthOf(textOf(id)));
  const top = Math.max(...totals);
  const longest = lengths.indexOf(Math.max(...lengths));
  const shortest = lengths.indexOf(Math.min(...lengths));
  const bestLengths = lengths.filter((_, i) => totals[i] === top);
  const otherLengths = lengths.filter((_, i) => totals[i] !== top);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    options,
    bestIsLongest: totals[longest] === top && otherLengths.length > 0,
    bestIsShortest: totals[shortest] === top && otherLengths.length > 0,
    lengthRatio: otherLengths.length ? mean(bestLengths) / mean(otherLengths) : undefined,
    partial: totals.some((t) => t > 0 && t < top),
  };
}

/**
 * Report on one story in one language.
 * @param json compiled ink JSON
 * @param manifest its manifest (from the build's walk)
 * @param language language code, for the report only
 * @param textOf the options' text in that language
 * @param graph the story's merged graph, if at hand: strategies follow it instead of running the story
 */
export function storyReport(json: string, manifest: ScenarioManifest, language: string, textOf: TextOf, graph?: StoryGraph): StoryReport {
  const best = manifest.max.total;
  const byLength = (sign: 1 | -1) => (ids: string[]) => ids.reduce((a, b) => (sign * (lengthOf(textOf(b)) - lengthOf(textOf(a))) > 0 ? b : a));
  const share = (points: number) => (best > 0 ? points / best : 0);
  const run = (pick: (ids: string[]) => string) => (graph ? follow(graph, manifest, pick) : play(json, manifest, pick));
  const decisions = manifest.stats.decisionSets.map((set) => decisionFigures(set, manifest, textOf));
  const ratios = decisions.flatMap((d) => (d.lengthRatio === undefined ? [] : [d.lengthRatio]));
  const scored = decisions.filter((d) => d.lengthRatio !== undefined);
  return {
    scenario: manifest.meta.scenario,
    language,
    best,
    strategies: {
      longest: share(run(byLength(1))),
      shortest: share(run(byLength(-1))),
      firstInSource: share(run(firstOption)),
      random: share(manifest.stats.randomMean),
    },
    decisions,
    bestIsLongestShare: scored.length ? scored.filter((d) => d.bestIsLongest).length / scored.length : 0,
    bestIsShortestShare: scored.length ? scored.filter((d) => d.bestIsShortest).length / scored.length : 0,
    meanLengthRatio: ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : 1,
    partialShare: decisions.length ? decisions.filter((d) => d.partial).length / decisions.length : 0,
  };
}

/** One missed target: a message, and the choice ids it concerns (to point at their lines). */
export interface AssessmentProblem {
  message: string;
  choiceIds: string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Compare a report with the targets. An empty list means every target is met. */
export function checkAssessment(report: StoryReport): AssessmentProblem[] {
  const t = ASSESSMENT_TARGETS;
  const problems: AssessmentProblem[] = [];
  const tag = `[${report.language}]`;
  if (report.strategies.longest > t.longestStrategyMax) {
    problems.push({
      message: `${tag} "always the longest option" scores ${pct(report.strategies.longest)} of the best reachable (target: at most ${pct(t.longestStrategyMax)})`,
      choiceIds: [],
    });
  }
  if (report.strategies.shortest > t.shortestStrategyMax) {
    problems.push({
      message: `${tag} "always the shortest option" scores ${pct(report.strategies.shortest)} of the best reachable (target: at most ${pct(t.shortestStrategyMax)})`,
      choiceIds: [],
    });
  }
  if (report.bestIsLongestShare > t.bestIsLongestMax) {
    const ids = report.decisions.filter((d) => d.bestIsLongest).map((d) => firstOption(d.options));
    problems.push({
      message: `${tag} the best option is the longest in ${pct(report.bestIsLongestShare)} of decisions (target: at most ${pct(t.bestIsLongestMax)}); decisions starting at ${ids.join(', ')}`,
      choiceIds: ids,
    });
  }
  if (report.bestIsShortestShare > t.bestIsShortestMax) {
    const ids = report.decisions.filter((d) => d.bestIsShortest).map((d) => firstOption(d.options));
    problems.push({
      message: `${tag} the best option is the shortest in ${pct(report.bestIsShortestShare)} of decisions (target: at most ${pct(t.bestIsShortestMax)}); decisions starting at ${ids.join(', ')}`,
      choiceIds: ids,
    });
  }
  if (report.meanLengthRatio > t.lengthRatioMax) {
    const ids = report.decisions.filter((d) => (d.lengthRatio ?? 0) > t.lengthRatioMax).map((d) => firstOption(d.options));
    problems.push({
      message: `${tag} the best option is on average ${report.meanLengthRatio.toFixed(2)}x the length of the others (target: at most ${t.lengthRatioMax}); longest ratios at ${ids.join(', ')}`,
      choiceIds: ids,
    });
  }
  if (report.partialShare < t.partialCreditMin) {
    const ids = report.decisions.filter((d) => !d.partial).map((d) => firstOption(d.options));
    problems.push({
      message: `${tag} only ${pct(report.partialShare)} of decisions offer a partly-right option (target: at least ${pct(t.partialCreditMin)}); none at ${ids.join(', ')}`,
      choiceIds: ids,
    });
  }
  return problems;
}

/** The report as a few lines of text (the story-report command prints this). */
export function formatReport(r: StoryReport): string {
  const lines = [
    `${r.scenario} [${r.language}]  best reachable: ${r.best} points, ${r.decisions.length} decision points`,
    `  strategies (share of best): always longest ${pct(r.strategies.longest)}, always shortest ${pct(r.strategies.shortest)}, always first in source ${pct(r.strategies.firstInSource)}, random play (mean) ${pct(r.strategies.random)}`,
    `  best option is the longest: ${pct(r.bestIsLongestShare)} of decisions, the shortest: ${pct(r.bestIsShortestShare)}; mean length ratio best/others: ${r.meanLengthRatio.toFixed(2)}`,
    `  decisions with a partly-right option: ${r.decisions.filter((d) => d.partial).length} of ${r.decisions.length} (${pct(r.partialShare)})`,
  ];
  const problems = checkAssessment(r);
  lines.push(problems.length ? problems.map((p) => `  MISSED: ${p.message}`).join('\n') : '  all targets met');
  return lines.join('\n');
}
