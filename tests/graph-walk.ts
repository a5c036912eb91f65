/**
 * The real session driven over a story's merged decision graph: every edge
 * taken once (depth first, rewinding to each node's snapshot), or one whole
 * path. Returns problems as messages rather than asserting, so a test can
 * also show that a broken story or a wrong graph is caught.
 */
import type { StoryGraph } from '../src/core/build-time/story-graph.ts';
import type { ScenarioManifest } from '../src/core/manifest.ts';
import { Session } from '../src/core/session.ts';

export interface WalkResult {
  problems: string[];
  /** Edges taken. */
  edges: number;
  /** Endings reached. */
  endings: Set<string>;
  choicesMade: Set<string>;
}

const pathOf = (session: Session) => session.log.flatMap((a) => (a.type === 'choose' ? [a.choiceId] : [])).join(' > ');
const sorted = (ids: readonly string[]) => [...ids].sort().join(', ');

/** Problems with a choice about to be taken: it must be in the manifest, scored, and (unless neutral) cite a standard and give feedback. */
function checkChoice(session: Session, manifest: ScenarioManifest, id: string, problems: string[]): void {
  const offered = session.step.choices.find((c) => c.id === id);
  const info = manifest.choices[id];
  if (!info) problems.push(`choice ${id} missing from the manifest`);
  if (!offered) return;
  // The debrief shows one situation per decision: a passage marks at most one line as it (docs/authoring.md).
  const marked = session.step.lines.filter((l) => l.tags.situation).map((l) => l.id);
  if (marked.length > 1) problems.push(`the passage before choice ${id} marks ${marked.length} lines #situation (${marked.join(', ')}): at most one`);
  if (!offered.tags.scored) problems.push(`choice ${id} has no score`);
  if (!offered.tags.neutral) {
    if (offered.tags.standards.length === 0 || info?.standards.length === 0) problems.push(`choice ${id} cites no standard`);
    if (!offered.tags.feedback) problems.push(`choice ${id} has no feedback`);
  }
}

/** At the end of a path: it reached an ending and its debrief computes. */
function checkEnding(session: Session, problems: string[], endings: Set<string>): void {
  const r = session.result();
  const path = pathOf(session);
  if (!session.finished) problems.push(`path ${path} stops before the story ends`);
  if (!r.ending) {
    problems.push(`path ${path} has no ending`);
    return;
  }
  endings.add(r.ending.id);
  // A critical error means "not passed", whatever the points.
  if (r.critical.length > 0 && r.verdict !== 'not-passed') problems.push(`path ${path}: a critical error, yet ${r.verdict}`);
  // No path scores above the graph's reference total (the percentage is clamped to 100, so check the points).
  if (r.total.points > r.total.max) problems.push(`path ${path} scores ${r.total.points} of ${r.total.max}`);
  // Each reviewed decision cites a standard, and its "better option" was really on offer then.
  const offeredAtDecisions = session.offered.filter((o) => o.length > 1);
  if (r.decisions.length !== offeredAtDecisions.length) problems.push(`path ${path}: ${r.decisions.length} decisions reviewed of ${offeredAtDecisions.length}`);
  r.decisions.forEach((d, i) => {
    if (d.standards.length === 0) problems.push(`path ${path}: decision ${d.chosen.id} cites no standard`);
    if (!offeredAtDecisions[i]?.includes(d.chosen.id)) problems.push(`path ${path}: decision ${d.chosen.id} was not on offer`);
    if (d.better && !offeredAtDecisions[i]?.includes(d.better.id)) problems.push(`path ${path}: the better option ${d.better.id} was not on offer`);
  });
}

/**
 * Take every edge of the graph once through a real session, checking at each
 * arrival that the session offers exactly the choices of the graph's node
 * (so merging states was right whichever path led there), each choice is
 * sound, and each arrival at an end is an ending with a computed debrief.
 */
export function walkEdges(json: string, manifest: ScenarioManifest, graph: StoryGraph): WalkResult {
  const session = new Session(json, manifest);
  const result: WalkResult = { problems: [], edges: 0, endings: new Set(), choicesMade: new Set() };
  const { problems } = result;
  const visited = new Set<number>();
  const matches = (n: number): boolean => {
    const offered = session.finished ? [] : session.step.choices.map((c) => c.id);
    const expected = graph.nodes[n]?.choices ?? [];
    if (sorted(offered) === sorted(expected)) return true;
    problems.push(`after ${pathOf(session) || 'the start'} the session offers [${sorted(offered)}], the graph says node ${n}: [${sorted(expected)}]`);
    return false;
  };
  const visit = (n: number): void => {
    visited.add(n);
    const node = graph.nodes[n]!;
    const saved = session.snapshot();
    node.choices.forEach((id, i) => {
      if (i > 0) session.rewind(saved);
      checkChoice(session, manifest, id, problems);
      result.choicesMade.add(id);
      session.choose(id);
      result.edges++;
      const to = node.next[i]!;
      if (!matches(to)) return;
      if (graph.nodes[to]!.choices.length === 0) checkEnding(session, problems, result.endings);
      else if (!visited.has(to)) visit(to);
    });
    session.rewind(saved);
  };
  if (matches(0)) {
    if (graph.nodes[0]!.choices.length === 0) checkEnding(session, problems, result.endings);
    else visit(0);
  }
  return result;
}

/** Play one whole path (choice ids from the start) through a new session and check it. */
export function checkPath(json: string, manifest: ScenarioManifest, path: readonly string[]): WalkResult {
  const session = new Session(json, manifest);
  const result: WalkResult = { problems: [], edges: 0, endings: new Set(), choicesMade: new Set() };
  for (const id of path) {
    checkChoice(session, manifest, id, result.problems);
    if (!session.step.choices.some((c) => c.id === id)) {
      result.problems.push(`after ${pathOf(session) || 'the start'} choice ${id} is not on offer`);
      return result;
    }
    result.choicesMade.add(id);
    session.choose(id);
    result.edges++;
  }
  checkEnding(session, result.problems, result.endings);
  return result;
}

/**
 * Call `check` with the session at every arrival of the graph: the start and
 * the far end of every edge (depth first, each node's edges once). For
 * checks of what is on screen after each step, without the walk's own checks.
 */
export function forEachArrival(json: string, manifest: ScenarioManifest, graph: StoryGraph, check: (session: Session) => void): void {
  const session = new Session(json, manifest);
  const visited = new Set<number>();
  const visit = (n: number): void => {
    visited.add(n);
    const node = graph.nodes[n]!;
    const saved = session.snapshot();
    node.choices.forEach((id, i) => {
      if (i > 0) session.rewind(saved);
      session.choose(id);
      check(session);
      const to = node.next[i]!;
      if (!visited.has(to) && graph.nodes[to]!.choices.length > 0) visit(to);
    });
    session.rewind(saved);
  };
  check(session);
  if (graph.nodes[0]!.choices.length > 0) visit(0);
}
