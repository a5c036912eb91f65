/**
 * The scenario manifest: everything the game and the debrief need to know
 * about a story without walking it again. Built from the compiled story by
 * `analyseStory` (src/core/build-time/story-graph.ts) at build and test time.
 */
import type { CriticalErrorId } from './critical-errors.ts';
import type { IndicatorId } from './indicators.ts';
import type { StandardId } from './standards.ts';
import type { Step } from './story-runner.ts';
import type { ScenarioMeta, Score } from './tags.ts';
import type { Dimension, EvidenceKind } from './vocabulary.ts';

/** A choice as the debrief needs it. */
export interface ChoiceInfo {
  id: string;
  /** English text (translations are looked up by id). */
  text: string;
  score: Score;
  neutral: boolean;
  standards: StandardId[];
  critical: CriticalErrorId[];
  feedback?: string;
  /** Ids of the choices offered together with this one (itself included). */
  siblings: string[];
}

/** A text line as the debrief needs it. */
export interface LineInfo {
  id: string;
  text: string;
  indicators: IndicatorId[];
  /** Told from after the fact (`#epilogue` or an ending): its indicators never count as noticed or missed. */
  epilogue: boolean;
  ending?: string;
}

/** One line of a piece of evidence. */
export interface EvidenceLine {
  id: string;
  /** English text (translations are looked up by id). */
  text: string;
  indicators: IndicatorId[];
}

/**
 * A document or object the trainee can open (`#evidence:` on the line where
 * it appears; its text in the story's `evidence` knot, docs/authoring.md).
 */
export interface EvidenceInfo {
  id: string;
  kind: EvidenceKind;
  /** Its first line: what it is ("Passport of ..."). */
  title: EvidenceLine;
  /** The rest of its text, in order. */
  lines: EvidenceLine[];
}

/** Every indicator a piece of evidence shows (title and lines). */
export function evidenceIndicators(evidence: EvidenceInfo): IndicatorId[] {
  return [...new Set([evidence.title, ...evidence.lines].flatMap((l) => l.indicators))];
}

/**
 * The reference run: the path with the best total of decision points (ties:
 * the one showing more observable indicators). Each dimension's 100% is its
 * value on this path, so a perfect run shows 100% on every dimension.
 */
export type MaxScore = Readonly<Record<Dimension | 'total', number>>;

export interface ScenarioManifest {
  meta: ScenarioMeta;
  /** Hash of the compiled story JSON (src/core/build-time/hash.ts). */
  storyHash: string;
  choices: Record<string, ChoiceInfo>;
  lines: Record<string, LineInfo>;
  /** Evidence by id (empty when the story shows none). The line that shows a piece of evidence lists its indicators too. */
  evidence: Record<string, EvidenceInfo>;
  /** Discussion questions for a group session, by the choice id their `#discuss:` tag names, or `end` (see discussion.ts). */
  discussion?: Record<string, { id: string; text: string }[]>;
  /** Ending ids, each with the id of the line that shows it. */
  endings: Record<string, string>;
  max: MaxScore;
  /** The story's first step (lines and choices before any decision), so it can be shown before the ink Story is built. */
  firstStep?: Step;
  /** Statistics of every path, computed over the merged story graph. */
  stats: {
    paths: number;
    minDecisions: number;
    maxDecisions: number;
    /** Every indicator any line shows (epilogues included). */
    indicators: IndicatorId[];
    /** Observable indicators shown on the reference path (the story report prints how many). */
    referenceIndicators: IndicatorId[];
    /** Expected decision points of uniformly random play. */
    randomMean: number;
    /** Every distinct set of options offered at a decision point (2+ options), in first-seen order. */
    decisionSets: string[][];
    /** Distinct states in the merged story graph (src/core/build-time/state-graph.ts) and the options between them. */
    nodes: number;
    edges: number;
  };
}

/** True if a line's indicators count for the notebook (seen at the time, not told afterwards). */
export function isObservable(line: LineInfo | undefined): boolean {
  return !!line && !line.epilogue && !line.ending;
}
