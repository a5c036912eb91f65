/**
 * Walks every path of a compiled story to build its manifest: the catalogue
 * of lines and choices, the endings, the reference path (the best total, and
 * what each dimension scores on it, so percentages are never typed in by
 * hand), what random play would score, the distinct decision points, and
 * checks that every path reaches an ending. Runs at build and test time,
 * never in the browser.
 */
import { Story } from 'inkjs';
import { StoryRunner } from '../story-runner.ts';
import { hashString } from './hash.ts';
import { EMPTY_CAST, nextCast, speakerProblem, type Cast } from '../cast.ts';
import { isObservable, type ChoiceInfo, type LineInfo, type ScenarioManifest } from '../manifest.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags, withoutGlobalTags } from '../tags.ts';
import { DIMENSIONS, type Dimension } from '../vocabulary.ts';
import { totalOf } from '../points.ts';
import type { IndicatorId } from '../indicators.ts';

type Best = Record<Dimension | 'total', number>;

interface Subtree {
  paths: number;
  minDecisions: number;
  maxDecisions: number;
  /** Expected decision points from here under uniformly random play. */
  mean: number;
}

/** Stop walking beyond this many paths: a story that big needs rejoining. */
export const MAX_PATHS = 50_000;

/** The result of analysing a compiled story. */
export interface Analysis {
  manifest: ScenarioManifest;
  errors: string[];
}

const zero = (): Best => ({ identification: 0, protection: 0, procedure: 0, total: 0 });

/**
 * Analyse a compiled story (ink JSON string).
 * Errors are messages naming the line or choice id concerned; the source
 * linter (story-lint.ts) reports format problems with file and line first.
 */
export function analyseStory(storyJson: string): Analysis {
  const story = new Story(storyJson);
  const errors = new Set<string>();
  story.onError = (message) => errors.add(`ink runtime: ${message}`);
  const meta = parseGlobalTags(story.globalTags ?? []);
  meta.errors.forEach((e) => errors.add(e));

  const lines: Record<string, LineInfo> = {};
  const choices: Record<string, ChoiceInfo> = {};
  const endings: Record<string, string> = {};
  const indicators = new Set<IndicatorId>();
  const decisionSets = new Map<string, string[]>();
  let pathCount = 0;
  // The reference path (best total; ties: more observable indicators), found at the leaves.
  let reference: { score: Best; indicators: IndicatorId[] } | undefined;
  // Observable indicators on the path being walked, with how many lines showed each.
  const onPath = new Map<IndicatorId, number>();

  /** Walk from the story's current state; `acc` is the score of the path so far. */
  const explore = (acc: Best, castIn: Cast): Subtree => {
    let cast = castIn;
    let ending: string | undefined;
    let lastLine = '(start)';
    const shownHere: IndicatorId[] = [];
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      const tags = withoutGlobalTags(story.currentTags ?? []);
      if (text.trim() === '' && tags.length === 0) continue;
      const parsed = parseLineTags(tags);
      const id = parsed.value.id;
      if (!id) { errors.add(`a line has no id: "${text.trim()}"`); continue; }
      parsed.errors.forEach((e) => errors.add(`line ${id}: ${e}`));
      // Who is in the scene, on this path: a speaker must be there (or on the phone).
      cast = nextCast(cast, parsed.value);
      const who = speakerProblem(cast, parsed.value, text);
      if (who) errors.add(`line ${id}: ${who}`);
      lastLine = id;
      const info: LineInfo = { id, text: text.trim(), indicators: parsed.value.indicators, epilogue: parsed.value.epilogue, ending: parsed.value.ending };
      lines[id] ??= info;
      parsed.value.indicators.forEach((i) => indicators.add(i));
      if (isObservable(info)) for (const i of info.indicators) { onPath.set(i, (onPath.get(i) ?? 0) + 1); shownHere.push(i); }
      if (parsed.value.ending) {
        if (ending) errors.add(`line ${id}: a second ending after "${ending}"`);
        ending = parsed.value.ending;
        endings[ending] ??= id;
      }
    }
    const done = (sub: Subtree): Subtree => {
      for (const i of shownHere) { const n = onPath.get(i)! - 1; if (n > 0) onPath.set(i, n); else onPath.delete(i); }
      return sub;
    };
    const offered = story.currentChoices;
    if (offered.length === 0) {
      pathCount++;
      if (pathCount > MAX_PATHS) throw new Error(`more than ${MAX_PATHS} paths: rejoin branches with diverts`);
      if (!ending) errors.add(`a path ends after line ${lastLine} without an #ending line`);
      if (!reference || acc.total > reference.score.total || (acc.total === reference.score.total && onPath.size > reference.indicators.length)) {
        reference = { score: { ...acc }, indicators: [...onPath.keys()] };
      }
      return done({ paths: 1, minDecisions: 0, maxDecisions: 0, mean: 0 });
    }
    if (ending) errors.add(`line ${lastLine}: choices follow the ending "${ending}"; an ending must be followed by -> END`);

    const siblings: string[] = [];
    const infos: ChoiceInfo[] = [];
    offered.forEach((c, i) => {
      const parsed = parseChoiceTags(c.tags ?? []);
      const id = parsed.value.id ?? `(choice "${c.text}")`;
      if (!parsed.value.id) errors.add(`a choice has no id: "${c.text}"`);
      parsed.errors.forEach((e) => errors.add(`choice ${id}: ${e}`));
      siblings.push(id);
      infos[i] = {
        id,
        text: c.text.trim(),
        score: parsed.value.score,
        neutral: parsed.value.neutral,
        standards: parsed.value.standards,
        critical: parsed.value.critical,
        feedback: parsed.value.feedback,
        siblings,
      };
    });
    for (const info of infos) {
      const known = choices[info.id];
      if (known && known.siblings.join() !== siblings.join()) {
        // Same choice offered with different companions (e.g. a conditional
        // option): keep the union so the debrief sees every alternative.
        known.siblings = [...new Set([...known.siblings, ...siblings])];
      } else choices[info.id] ??= info;
    }
    if (siblings.length > 1) decisionSets.set([...siblings].sort().join(' '), siblings);

    const saved = story.state.ToJson();
    const result: Subtree = { paths: 0, minDecisions: Infinity, maxDecisions: 0, mean: 0 };
    const isDecision = offered.length > 1 ? 1 : 0;
    offered.forEach((_, i) => {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      const score = infos[i]!.score;
      const next: Best = { ...acc, total: acc.total + totalOf(score) };
      for (const d of DIMENSIONS) next[d] += score[d];
      const sub = explore(next, cast);
      result.paths += sub.paths;
      result.mean += (totalOf(score) + sub.mean) / offered.length;
      result.minDecisions = Math.min(result.minDecisions, sub.minDecisions + isDecision);
      result.maxDecisions = Math.max(result.maxDecisions, sub.maxDecisions + isDecision);
    });
    return done(result);
  };

  const root = explore(zero(), EMPTY_CAST);
  if (Object.keys(endings).length === 0) errors.add('the story has no #ending');
  let firstStep: ScenarioManifest['firstStep'];
  try {
    firstStep = new StoryRunner(storyJson).current;
  } catch {
    firstStep = undefined; // the errors above say why
  }
  const manifest: ScenarioManifest = {
    meta: meta.value,
    firstStep,
    storyHash: hashString(storyJson),
    choices,
    lines,
    endings,
    max: reference?.score ?? zero(),
    stats: {
      paths: root.paths,
      minDecisions: root.minDecisions,
      maxDecisions: root.maxDecisions,
      indicators: [...indicators],
      referenceIndicators: reference?.indicators ?? [],
      randomMean: root.mean,
      decisionSets: [...decisionSets.values()],
    },
  };
  return { manifest, errors: [...errors] };
}
