/**
 * Walks every path of a compiled story to build its manifest: the catalogue
 * of lines and choices, the endings, the reference path (the best total, and
 * what each dimension scores on it, so percentages are never typed in by
 * hand), what random play would score, the distinct decision points, and
 * checks that every path reaches an ending. Runs at build and test time,
 * never in the browser.
 */
import { Story } from 'inkjs';
import { provideInkEngine } from '../ink-engine.ts';
import { continueToDecision, StoryRunner, type ReadChoice, type ReadLine } from '../story-runner.ts';
import { hashString } from './hash.ts';
import { EMPTY_CAST, nextCast, speakerProblem, type Cast } from '../cast.ts';
import { evidenceIndicators, isObservable, type ChoiceInfo, type EvidenceInfo, type LineInfo, type ScenarioManifest } from '../manifest.ts';
import { EVIDENCE_KNOT, readEvidence } from './evidence-table.ts';
import { parseGlobalTags, type LineTags } from '../tags.ts';
import { DIMENSIONS, type Dimension } from '../vocabulary.ts';
import { totalOf } from '../points.ts';
import type { IndicatorId } from '../indicators.ts';
import { walkEveryPath, type PathWalker } from './walk-paths.ts';

// Build time, tests and scripts read stories with inkjs imported here, at once;
// the browser loads it on demand (src/core/ink-engine.ts).
provideInkEngine(Story);

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

/** Where the walk stands on one path: saved at each decision, restored before each further option. */
interface PathState {
  ink: string;
  /** Points of the path so far. */
  score: Best;
  /** Who is in the scene, on this path. */
  cast: Cast;
  /** Observable indicators shown on the path so far, in the order they first showed. */
  onPath: Set<IndicatorId>;
}

/**
 * The catalogue the walk builds (shared by all paths) and the state of the
 * path being walked. A class rather than closures so each step of the walk
 * is a short method with a name.
 */
class StoryWalk implements PathWalker<ChoiceInfo, PathState, Subtree> {
  readonly errors = new Set<string>();
  readonly lines: Record<string, LineInfo> = {};
  readonly choices: Record<string, ChoiceInfo> = {};
  readonly endings: Record<string, string> = {};
  readonly indicators = new Set<IndicatorId>();
  readonly decisionSets = new Map<string, string[]>();
  pathCount = 0;
  /** The reference path (best total; ties: more observable indicators), found at the leaves. */
  reference: { score: Best; indicators: IndicatorId[] } | undefined;
  private path: Omit<PathState, 'ink'> = { score: zero(), cast: EMPTY_CAST, onPath: new Set() };
  /** The ending and the last line id of the lines since the last choice. */
  private segment: { ending?: string; lastLine: string } = { lastLine: '(start)' };
  private offered: ChoiceInfo[] = [];

  /** Evidence ids shown on some path. */
  readonly evidenceShown = new Set<string>();

  constructor(
    private readonly story: Story,
    private readonly evidence: Record<string, EvidenceInfo> = {},
  ) {
    story.onError = (message) => this.errors.add(`ink runtime: ${message}`);
  }

  /** Read the lines up to the next decision (or the end) and the choices offered there. */
  readSegment(): void {
    const read = continueToDecision(this.story);
    const segment: StoryWalk['segment'] = { lastLine: '(start)' };
    this.segment = segment;
    for (const line of read.lines) this.readLine(line);
    if (read.choices.length > 0 && segment.ending) {
      this.errors.add(`line ${segment.lastLine}: choices follow the ending "${segment.ending}"; an ending must be followed by -> END`);
    }
    this.offered = read.choices.map((c) => this.readChoice(c));
    // One siblings list per decision point, shared by its choices.
    const siblings = this.offered.map((c) => c.id);
    for (const info of this.offered) info.siblings = siblings;
  }

  private readLine({ text, tags: parsed }: ReadLine): void {
    const { errors, segment } = this;
    const id = parsed.value.id;
    if (!id) {
      errors.add(`a line has no id: "${text}"`);
      return;
    }
    parsed.errors.forEach((e) => errors.add(`line ${id}: ${e}`));
    // Who is in the scene, on this path: a speaker must be there (or on the phone).
    this.path.cast = nextCast(this.path.cast, parsed.value);
    const who = speakerProblem(this.path.cast, parsed.value, text);
    if (who) errors.add(`line ${id}: ${who}`);
    segment.lastLine = id;
    const info: LineInfo = { id, text, indicators: this.lineIndicators(id, parsed.value), epilogue: parsed.value.epilogue, ending: parsed.value.ending };
    this.lines[id] ??= info;
    info.indicators.forEach((i) => this.indicators.add(i));
    if (isObservable(info)) for (const i of info.indicators) this.path.onPath.add(i);
    if (parsed.value.ending) {
      if (segment.ending) errors.add(`line ${id}: a second ending after "${segment.ending}"`);
      segment.ending = parsed.value.ending;
      this.endings[segment.ending] ??= id;
    }
  }

  /** A line's own indicators and those of the evidence it shows (docs/authoring.md, "Evidence"). */
  private lineIndicators(id: string, tags: LineTags): IndicatorId[] {
    if (tags.evidenceText || tags.kind)
      this.errors.add(`line ${id}: #evidence-text and #kind belong on the lines of the ${EVIDENCE_KNOT} knot, which the story never plays`);
    const all = new Set(tags.indicators);
    for (const e of tags.evidence) {
      const found = this.evidence[e];
      if (!found) {
        this.errors.add(`line ${id}: #evidence:${e} has no text (add lines tagged #evidence-text:${e} to the ${EVIDENCE_KNOT} knot)`);
        continue;
      }
      this.evidenceShown.add(e);
      evidenceIndicators(found).forEach((i) => all.add(i));
    }
    return [...all];
  }

  private readChoice({ text, tags: parsed }: ReadChoice): ChoiceInfo {
    const id = parsed.value.id ?? `(choice "${text}")`;
    if (!parsed.value.id) this.errors.add(`a choice has no id: "${text}"`);
    parsed.errors.forEach((e) => this.errors.add(`choice ${id}: ${e}`));
    const { score, neutral, standards, critical, feedback } = parsed.value;
    return { id, text, score, neutral, standards, critical, feedback, siblings: [] };
  }

  options(): readonly ChoiceInfo[] {
    const offered = this.offered;
    const [first] = offered;
    if (first === undefined) return offered;
    const siblings = first.siblings;
    for (const info of offered) {
      const known = this.choices[info.id];
      if (known && known.siblings.join() !== siblings.join()) {
        // Same choice offered with different companions (e.g. a conditional
        // option): keep the union so the debrief sees every alternative.
        known.siblings = [...new Set([...known.siblings, ...siblings])];
      } else this.choices[info.id] ??= info;
    }
    if (siblings.length > 1) this.decisionSets.set([...siblings].sort().join(' '), siblings);
    return offered;
  }

  snapshot(): PathState {
    return { ink: this.story.state.ToJson(), ...this.path, onPath: new Set(this.path.onPath) };
  }

  restore(saved: PathState): void {
    this.story.state.LoadJson(saved.ink);
    this.path = { score: saved.score, cast: saved.cast, onPath: new Set(saved.onPath) };
  }

  choose(option: ChoiceInfo, index: number): void {
    this.story.ChooseChoiceIndex(index);
    const score: Best = { ...this.path.score, total: this.path.score.total + totalOf(option.score) };
    for (const d of DIMENSIONS) score[d] += option.score[d];
    this.path.score = score;
    this.readSegment();
  }

  leaf(): Subtree {
    this.pathCount++;
    if (this.pathCount > MAX_PATHS) throw new Error(`more than ${MAX_PATHS} paths: rejoin branches with diverts`);
    if (!this.segment.ending) this.errors.add(`a path ends after line ${this.segment.lastLine} without an #ending line`);
    const { score, onPath } = this.path;
    const ref = this.reference;
    if (!ref || score.total > ref.score.total || (score.total === ref.score.total && onPath.size > ref.indicators.length)) {
      this.reference = { score: { ...score }, indicators: [...onPath] };
    }
    return { paths: 1, minDecisions: 0, maxDecisions: 0, mean: 0 };
  }

  decision(options: readonly ChoiceInfo[], results: readonly Subtree[]): Subtree {
    const result: Subtree = { paths: 0, minDecisions: Infinity, maxDecisions: 0, mean: 0 };
    const isDecision = options.length > 1 ? 1 : 0;
    results.forEach((sub, i) => {
      const option = options[i];
      if (option === undefined)
        throw new Error(
          `story walk: result ${i} has no option (${options.length} options, ${results.length} results; walkEveryPath gives one result per option)`,
        );
      result.paths += sub.paths;
      result.mean += (totalOf(option.score) + sub.mean) / options.length;
      result.minDecisions = Math.min(result.minDecisions, sub.minDecisions + isDecision);
      result.maxDecisions = Math.max(result.maxDecisions, sub.maxDecisions + isDecision);
    });
    return result;
  }
}

/**
 * Analyse a compiled story (ink JSON string).
 * Errors are messages naming the line or choice id concerned; the source
 * linter (story-lint.ts) reports format problems with file and line first.
 */
export function analyseStory(storyJson: string): Analysis {
  const evidence = readEvidence(new Story(storyJson));
  const story = new Story(storyJson);
  const walk = new StoryWalk(story, evidence.evidence);
  evidence.errors.forEach((e) => walk.errors.add(e));
  const meta = parseGlobalTags(story.globalTags ?? []);
  meta.errors.forEach((e) => walk.errors.add(e));
  walk.readSegment();
  const root = walkEveryPath(walk);
  if (Object.keys(walk.endings).length === 0) walk.errors.add('the story has no #ending');
  for (const e of Object.keys(evidence.evidence)) {
    if (!walk.evidenceShown.has(e)) walk.errors.add(`the evidence "${e}" is never shown (no line on any path has #evidence:${e})`);
  }
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
    choices: walk.choices,
    lines: walk.lines,
    evidence: evidence.evidence,
    endings: walk.endings,
    max: walk.reference?.score ?? zero(),
    stats: {
      paths: root.paths,
      minDecisions: root.minDecisions,
      maxDecisions: root.maxDecisions,
      indicators: [...walk.indicators],
      referenceIndicators: walk.reference?.indicators ?? [],
      randomMean: root.mean,
      decisionSets: [...walk.decisionSets.values()],
    },
  };
  return { manifest, errors: [...walk.errors] };
}
