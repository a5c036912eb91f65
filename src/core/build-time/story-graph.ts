/**
 * Builds the merged decision graph of a compiled story (state-graph.ts: each
 * distinct state - ink position and variables, cast, indicators shown - once)
 * and from it the manifest: the catalogue of lines and choices, the endings,
 * the reference path (the best total, and what each dimension scores on it,
 * so percentages are never typed in by hand), what random play would score,
 * the distinct decision points, and checks that every path reaches an ending.
 * Per-path figures are computed over the graph, never by listing paths. Runs
 * at build and test time, never in the browser.
 */
import { Story } from 'inkjs';
import { provideInkEngine } from '../ink-engine.ts';
import { continueToDecision, StoryRunner, type ReadChoice, type ReadLine } from '../story-runner.ts';
import { hashString } from './hash.ts';
import { EMPTY_CAST, nextCast, speakerProblem, type Cast } from '../cast.ts';
import { evidenceIndicators, isObservable, type ChoiceInfo, type EvidenceInfo, type LineInfo, type ScenarioManifest } from '../manifest.ts';
import { EVIDENCE_KNOT, readEvidence } from './evidence-table.ts';
import { DISCUSSION_KNOT, readDiscussion } from './discussion-table.ts';
import { parseGlobalTags, type LineTags } from '../tags.ts';
import { DIMENSIONS, type Dimension } from '../vocabulary.ts';
import { totalOf } from '../points.ts';
import type { IndicatorId } from '../indicators.ts';
import { buildMergedGraph, itemAt, topologicalOrder, type StateWalker } from './state-graph.ts';

// Build time, tests and scripts read stories with inkjs imported here, at once;
// the browser loads it on demand (src/core/ink-engine.ts).
provideInkEngine(Story);

type Best = Record<Dimension | 'total', number>;

/** Figures of every path from one node of the graph to its ends. */
interface Subtree {
  paths: number;
  minDecisions: number;
  maxDecisions: number;
  /** Expected decision points from here under uniformly random play. */
  mean: number;
}

/** The result of analysing a compiled story. */
export interface Analysis {
  manifest: ScenarioManifest;
  errors: string[];
  graph: StoryGraph;
}

const zero = (): Best => ({ identification: 0, protection: 0, procedure: 0, total: 0 });

/** Where the walk stands on one path: saved at each decision, restored before each further option. */
interface PathState {
  ink: string;
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
class StoryWalk implements StateWalker<ChoiceInfo, PathState, Step> {
  readonly errors = new Set<string>();
  readonly lines: Record<string, LineInfo> = {};
  readonly choices: Record<string, ChoiceInfo> = {};
  readonly endings: Record<string, string> = {};
  readonly indicators = new Set<IndicatorId>();
  readonly decisionSets = new Map<string, string[]>();
  private path: Omit<PathState, 'ink'> = { cast: EMPTY_CAST, onPath: new Set() };
  /** The ending, the last line id and the observable indicators of the lines since the last choice. */
  private segment: { ending?: string; lastLine: string; observed: IndicatorId[] } = { lastLine: '(start)', observed: [] };
  private offered: ChoiceInfo[] = [];

  /** Evidence ids shown on some path. */
  readonly evidenceShown = new Set<string>();

  constructor(
    private readonly story: Story,
    private readonly evidence: Record<string, EvidenceInfo> = {},
    private readonly live?: LiveVariables,
  ) {
    story.onError = (message) => this.errors.add(`ink runtime: ${message}`);
  }

  /** Read the lines up to the next decision (or the end) and the choices offered there. */
  readSegment(): Step {
    const read = continueToDecision(this.story);
    const segment: StoryWalk['segment'] = { lastLine: '(start)', observed: [] };
    this.segment = segment;
    for (const line of read.lines) this.readLine(line);
    if (read.choices.length > 0 && segment.ending) {
      this.errors.add(`line ${segment.lastLine}: choices follow the ending "${segment.ending}"; an ending must be followed by -> END`);
    }
    this.offered = read.choices.map((c) => this.readChoice(c));
    // One siblings list per decision point, shared by its choices.
    const siblings = this.offered.map((c) => c.id);
    for (const info of this.offered) info.siblings = siblings;
    if (this.offered.length === 0) this.checkEnd();
    return { ending: segment.ending, observed: segment.observed };
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
    // Reached by a divert the source lint did not see (or written outside the knot): never a played line.
    if (parsed.value.discuss) errors.add(`line ${id}: #discuss belongs on the lines of the ${DISCUSSION_KNOT} knot, which the story never plays`);
    const info: LineInfo = { id, text, indicators: this.lineIndicators(id, parsed.value), epilogue: parsed.value.epilogue, ending: parsed.value.ending };
    this.lines[id] ??= info;
    info.indicators.forEach((i) => this.indicators.add(i));
    if (isObservable(info)) {
      for (const i of info.indicators) this.path.onPath.add(i);
      segment.observed.push(...info.indicators);
    }
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
    this.path = { cast: saved.cast, onPath: new Set(saved.onPath) };
  }

  /**
   * The merge key: the ink state that decides the future, and who is in the
   * scene (the speaker checks ahead depend on it). The indicators shown so far
   * are not in it: only the reference path's tie-break reads them, and
   * `referencePath` follows them over the best-total edges alone.
   */
  key(): string {
    // Where paths end nothing follows: one end node for all.
    if (this.offered.length === 0) return '(end)';
    const { cast } = this.path;
    return `${inkStateKey(this.story, this.live)}|${cast.present.join()}|${cast.phone.join()}`;
  }

  choose(_option: ChoiceInfo, index: number): Step {
    this.story.ChooseChoiceIndex(index);
    return this.readSegment();
  }

  /** Check where a path stops (no options): the step that led here must show an ending. */
  private checkEnd(): void {
    if (!this.segment.ending) this.errors.add(`a path ends after line ${this.segment.lastLine} without an #ending line`);
  }
}

/** What one step (the lines from a decision to the next) showed: the graph keeps it on its edge. */
interface Step {
  ending?: string;
  /** Observable indicators on the step's lines, in order. */
  observed: IndicatorId[];
}

/**
 * The part of an ink state that decides what can still happen: the global
 * variables and, for each choice on offer, where it leads and the call stack
 * it resumes (or, once the story ended, nothing but the variables). Visit
 * counts, turn counts and the random seed are left out: the story lint
 * rejects conditions that read them, and `checkRevisits` any path that
 * offers a choice twice (once-only choices read visit counts).
 */
export function inkStateKey(story: Story, live?: LiveVariables): string {
  const state = JSON.parse(story.state.ToJson()) as InkStateJson;
  const flow = state.flows[state.currentFlowName];
  const all = Object.entries(state.variablesState).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!flow) return JSON.stringify(['no flow', state.currentFlowName, all]);
  const threadOf = (index: number) => flow.callstack.threads.find((t) => t.threadIndex === index) ?? flow.choiceThreads?.[String(index)];
  const threads = flow.currentChoices.map((c) => threadOf(c.originalThreadIndex));
  const frames = (thread: InkThreadJson | undefined) => thread?.callstack.map((e) => [e.cPath, e.idx, e.exp, e.type, e.temp]);
  const choices = flow.currentChoices.map((c, i) => [c.targetPath, c.originalChoicePath, c.text, c.isInvisibleDefault, c.tags, frames(threads[i])]);
  // Only the variables some part of the story still reachable from here reads (all, without the map).
  const readable = live?.(flow.currentChoices.flatMap((c, i) => [c.targetPath, ...(threads[i]?.callstack.flatMap((e) => (e.cPath ? [e.cPath] : [])) ?? [])]));
  const vars = readable ? all.filter(([name]) => readable.has(name)) : all;
  return JSON.stringify([state.currentFlowName, vars, choices, state.evalStack]);
}

/** The global variables that can still be read from any of the given ink paths on. */
export type LiveVariables = (paths: readonly string[]) => ReadonlySet<string>;

const DIVERT_KEYS = ['->', 'f()', '->t->', '*', '^->'];

/**
 * A conservative liveness map of a compiled story, by knot: which global
 * variables each knot reads (\`VAR?\`), which knots it can divert, call,
 * tunnel or offer a choice to, and so which variables can still be read
 * from a knot on. A variable no reachable knot reads cannot change the
 * future, so states that differ only in it merge. Undefined (every variable
 * counts) when the story diverts to a variable target, which this map cannot
 * follow.
 */
export function liveVariablesOf(storyJson: string): LiveVariables | undefined {
  const root = (JSON.parse(storyJson) as { root?: unknown }).root;
  if (!Array.isArray(root)) return undefined;
  const last: unknown = root[root.length - 1];
  const named = last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, unknown>) : {};
  const knots = new Set(Object.keys(named));
  const TOP = '(top)';
  const knotOf = (path: string, current: string) => {
    if (path.startsWith('.')) return current;
    const first = path.split('.')[0] ?? '';
    return knots.has(first) ? first : TOP;
  };
  const reads = new Map<string, Set<string>>();
  const targets = new Map<string, Set<string>>();
  let dynamic = false;
  const scan = (node: unknown, knot: string): void => {
    if (Array.isArray(node)) node.forEach((child) => scan(child, knot));
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) {
        if (k === 'VAR?' && typeof v === 'string') setOf(reads, knot).add(v);
        else if (DIVERT_KEYS.includes(k) && typeof v === 'string') {
          if (obj.var) dynamic = true;
          else setOf(targets, knot).add(knotOf(v, knot));
        } else scan(v, knot);
      }
    }
  };
  root.forEach((part, i) => {
    if (i === root.length - 1 && part === last && Object.keys(named).length > 0) {
      for (const [name, content] of Object.entries(named)) scan(content, name);
    } else scan(part, TOP);
  });
  if (dynamic) return undefined;
  const memo = new Map<string, Set<string>>();
  const liveFrom = (knot: string): Set<string> => {
    const known = memo.get(knot);
    if (known) return known;
    const live = new Set<string>();
    const seen = new Set<string>();
    const stack = [knot];
    while (stack.length > 0) {
      const k = stack.pop() ?? TOP;
      if (seen.has(k)) continue;
      seen.add(k);
      reads.get(k)?.forEach((v) => live.add(v));
      targets.get(k)?.forEach((t) => stack.push(t));
    }
    memo.set(knot, live);
    return live;
  };
  return (paths) => {
    const live = new Set<string>();
    for (const p of paths) liveFrom(knotOf(p, TOP)).forEach((v) => live.add(v));
    return live;
  };
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/** The parts of inkjs's saved state (`state.ToJson()`) the merge key reads. */
interface InkStateJson {
  flows: Record<string, { callstack: { threads: InkThreadJson[] }; choiceThreads?: Record<string, InkThreadJson>; currentChoices: InkChoiceJson[] }>;
  currentFlowName: string;
  variablesState: Record<string, unknown>;
  evalStack: unknown[];
}
interface InkThreadJson {
  threadIndex: number;
  callstack: { cPath?: string; idx?: number; exp?: boolean; type?: number; temp?: unknown }[];
}
interface InkChoiceJson {
  text: string;
  targetPath: string;
  originalChoicePath: string;
  originalThreadIndex: number;
  isInvisibleDefault: boolean;
  tags?: string[];
}

/**
 * Ink runtime commands whose result depends on visit counts, turns or chance
 * (READ_COUNT, TURNS_SINCE, TURNS, CHOICE_COUNT, sequences and shuffles,
 * RANDOM, SEED_RANDOM, LIST_RANDOM): the merged graph does not follow them.
 */
const UNTRACKED_COMMANDS: Record<string, string> = {
  readc: 'READ_COUNT',
  turns: 'TURNS_SINCE',
  turn: 'TURNS',
  choiceCnt: 'CHOICE_COUNT',
  visit: 'a sequence or cycle ({a|b}, {&a|b})',
  seq: 'a shuffle ({~a|b})',
  rnd: 'RANDOM',
  srnd: 'SEED_RANDOM',
  lrnd: 'LIST_RANDOM',
};

/**
 * What in a compiled story reads visit counts, turns or chance: the source
 * lint names file and line (story-lint.ts); this is the safety net on the
 * compiled JSON, naming the ink container.
 */
export function untrackedReads(storyJson: string): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${path}.${i}`));
    else if (typeof node === 'string') {
      const what = UNTRACKED_COMMANDS[node];
      if (what) found.add(`${what} in ${path}`);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'CNT?') found.add(`the visit count of "${String(v)}" in ${path}`);
        else visit(v, path ? `${path}.${k}` : k);
      }
    }
  };
  visit((JSON.parse(storyJson) as { root?: unknown }).root, '');
  return [...found].map(
    (f) => `the story reads ${f}: the story graph merges states without visit counts, turns or chance; use a VAR set where it happens (docs/authoring.md)`,
  );
}

/** The merged graph as the tests and the story report use it: node 0 is the start. */
export interface StoryGraph {
  /** Per node: the ids of the choices on offer (source order) and the node each leads to; no choices: paths end here. */
  nodes: { choices: string[]; next: number[] }[];
}

/**
 * A choice offered twice on one path means the story revisits a decision,
 * where once-only choices and conditions depend on visit counts the merged
 * graph does not carry: reject it. Only choices offered at two or more nodes
 * can repeat (a path never passes a node twice).
 */
function checkRevisits(graph: StoryGraph, order: readonly number[], errors: Set<string>): void {
  const nodesOffering = new Map<string, number>();
  for (const n of graph.nodes) for (const c of n.choices) nodesOffering.set(c, (nodesOffering.get(c) ?? 0) + 1);
  const repeatable = (c: string) => (nodesOffering.get(c) ?? 0) > 1;
  if (![...nodesOffering.keys()].some(repeatable)) return;
  const below: Set<string>[] = graph.nodes.map(() => new Set());
  for (const n of [...order].reverse()) {
    const set = itemAt(below, n);
    for (const to of itemAt(graph.nodes, n).next) {
      for (const c of itemAt(graph.nodes, to).choices) if (repeatable(c)) set.add(c);
      for (const c of itemAt(below, to)) set.add(c);
    }
    for (const c of itemAt(graph.nodes, n).choices) {
      if (set.has(c))
        errors.add(
          `choice ${c}: a path can offer it twice (the story revisits it); visit counts are not part of the story graph, so every decision is met at most once on a path: write the second visit as its own choice`,
        );
    }
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
  const walk = new StoryWalk(story, evidence.evidence, liveVariablesOf(storyJson));
  evidence.errors.forEach((e) => walk.errors.add(e));
  const meta = parseGlobalTags(story.globalTags ?? []);
  meta.errors.forEach((e) => walk.errors.add(e));
  untrackedReads(storyJson).forEach((e) => walk.errors.add(e));
  const start = walk.readSegment();
  const merged = buildMergedGraph(walk, (option) => `choice ${option.id}`);
  merged.cycles.forEach((e) => walk.errors.add(e));
  const graph: StoryGraph = { nodes: merged.nodes.map((n) => ({ choices: n.edges.map((e) => e.option.id), next: n.edges.map((e) => e.to) })) };
  const order = topologicalOrder(merged);
  if (merged.cycles.length === 0) checkRevisits(graph, order, walk.errors);
  const { root, reference } = pathFigures(merged.nodes, order, start);
  if (Object.keys(walk.endings).length === 0) walk.errors.add('the story has no #ending');
  for (const e of Object.keys(evidence.evidence)) {
    if (!walk.evidenceShown.has(e)) walk.errors.add(`the evidence "${e}" is never shown (no line on any path has #evidence:${e})`);
  }
  // Questions name choices by id: read them once the walk knows every choice.
  const discussion = readDiscussion(new Story(storyJson), new Set(Object.keys(walk.choices)));
  discussion.errors.forEach((e) => walk.errors.add(e));
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
    ...(discussion.discussion ? { discussion: discussion.discussion } : {}),
    endings: walk.endings,
    max: reference.score,
    stats: {
      paths: root.paths,
      minDecisions: root.minDecisions,
      maxDecisions: root.maxDecisions,
      indicators: [...walk.indicators],
      referenceIndicators: reference.indicators,
      randomMean: root.mean,
      decisionSets: [...walk.decisionSets.values()],
      nodes: graph.nodes.length,
      edges: graph.nodes.reduce((n, node) => n + node.next.length, 0),
    },
  };
  return { manifest, errors: [...walk.errors], graph };
}

type Nodes = readonly { edges: readonly { option: ChoiceInfo; to: number; facts: Step }[] }[];

/**
 * The per-path figures, by dynamic programming over the graph (children
 * before parents): path count, fewest and most decisions, the mean of
 * random play, the best total from each node; then the reference path.
 */
function pathFigures(nodes: Nodes, order: readonly number[], start: Step): { root: Subtree; reference: { score: Best; indicators: IndicatorId[] } } {
  const sub: Subtree[] = [];
  const bestTotal: number[] = [];
  // A loop (reported as an error) leaves a child without figures: count it as an end.
  const end: Subtree = { paths: 1, minDecisions: 0, maxDecisions: 0, mean: 0 };
  for (const n of [...order].reverse()) {
    const edges = itemAt(nodes, n).edges;
    if (edges.length === 0) {
      sub[n] = end;
      bestTotal[n] = 0;
      continue;
    }
    const result: Subtree = { paths: 0, minDecisions: Infinity, maxDecisions: 0, mean: 0 };
    const isDecision = edges.length > 1 ? 1 : 0;
    let top = -Infinity;
    for (const e of edges) {
      const s = sub[e.to] ?? end;
      const points = totalOf(e.option.score);
      result.paths += s.paths;
      result.mean += (points + s.mean) / edges.length;
      result.minDecisions = Math.min(result.minDecisions, s.minDecisions + isDecision);
      result.maxDecisions = Math.max(result.maxDecisions, s.maxDecisions + isDecision);
      top = Math.max(top, points + (bestTotal[e.to] ?? 0));
    }
    sub[n] = result;
    bestTotal[n] = top;
  }
  return { root: sub[0] ?? end, reference: referencePath(nodes, bestTotal, start) };
}

/**
 * The reference path: the best total; ties: the one showing more observable
 * indicators; ties: the first in source order (as a walk over every path in
 * order finds it). The indicators a path has shown are not part of a node,
 * so this search carries them, over the best-total edges only: a node is
 * searched once per set of indicators shown on arriving.
 */
function referencePath(nodes: Nodes, bestTotal: readonly number[], start: Step): { score: Best; indicators: IndicatorId[] } {
  const optimal = (n: number) => itemAt(nodes, n).edges.flatMap((e, i) => (totalOf(e.option.score) + (bestTotal[e.to] ?? 0) === bestTotal[n] ? [i] : []));
  const memo = new Map<string, { shown: number; edge: number }>();
  const keyOf = (n: number, shown: ReadonlySet<IndicatorId>) => `${n}|${[...shown].sort().join()}`;
  const search = (n: number, shown: ReadonlySet<IndicatorId>, depth: number): number => {
    const key = keyOf(n, shown);
    const known = memo.get(key);
    if (known) return known.shown;
    let top = { shown: shown.size, edge: -1 };
    // depth: a loop (reported as an error) must not recurse for ever.
    if (depth <= nodes.length)
      for (const i of optimal(n)) {
        const e = itemAt(itemAt(nodes, n).edges, i);
        const size = search(e.to, new Set([...shown, ...e.facts.observed]), depth + 1);
        if (top.edge < 0 || size > top.shown) top = { shown: size, edge: i };
      }
    memo.set(key, top);
    return top.shown;
  };
  const shown = new Set<IndicatorId>(start.observed);
  search(0, shown, 0);
  // Follow it from the start, summing each dimension and collecting the indicators in the order they show.
  const score = zero();
  for (let n = 0, steps = 0; steps <= nodes.length; steps++) {
    const edge = memo.get(keyOf(n, shown))?.edge ?? -1;
    const e = itemAt(nodes, n).edges[edge];
    if (!e) break;
    for (const d of DIMENSIONS) score[d] += e.option.score[d];
    score.total += totalOf(e.option.score);
    e.facts.observed.forEach((i) => shown.add(i));
    n = e.to;
  }
  return { score, indicators: [...shown] };
}
