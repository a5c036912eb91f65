/**
 * Save fuzzing: generate decision logs the way a trainee, a bug or a crafted
 * save could produce them, play them live through the session (what play
 * accepts), and check that a restore from the saved text gives exactly what
 * live play gave, or reports what it left out. Used by the property test in
 * `npm test` (bounded) and by `npm run fuzz` (10,000 saves).
 */
import fc from 'fast-check';
import { decodeLog, encodeLog, type Action } from '../../src/core/decision-log.ts';
import { INDICATOR_IDS } from '../../src/core/indicators.ts';
import type { ScenarioManifest } from '../../src/core/manifest.ts';
import { makeSave, readSave, serialiseSave } from '../../src/core/save.ts';
import { Session } from '../../src/core/session.ts';
import { StoryRunner } from '../../src/core/story-runner.ts';

/** One step of a generated run: what kind of action, and two numbers to pick its details with. */
export interface Instruction {
  kind: number;
  a: number;
  b: number;
}

export const instructionArb: fc.Arbitrary<Instruction> = fc.record({ kind: fc.nat(13), a: fc.nat(), b: fc.nat() });
export const runArb = fc.record({ seed: fc.option(fc.nat(0xffffffff), { nil: undefined }), steps: fc.array(instructionArb, { maxLength: 60 }) });

/**
 * Turn instructions into a raw log (what a save could contain), playing each
 * action live: `live` ends as play leaves it. Most instructions pick an
 * option on offer (so runs go deep into the story); the others produce what
 * play would refuse: unknown choices, notes on lines not on screen,
 * duplicates, leaving twice, a seed in the middle.
 */
export function generateRun(json: string, manifest: ScenarioManifest, run: { seed?: number; steps: Instruction[] }): { raw: Action[]; live: Session } {
  const live = new Session(json, manifest, null);
  const raw: Action[] = [];
  const lineIds = Object.keys(manifest.lines);
  const choiceIds = Object.keys(manifest.choices);
  const push = (action: Action) => {
    raw.push(action);
    live.dispatch(action);
  };
  if (run.seed !== undefined) push({ type: 'seed', seed: run.seed });
  for (const { kind, a, b } of run.steps) {
    const offered = live.step.choices;
    const indicator = INDICATOR_IDS[a % INDICATOR_IDS.length]!;
    const onScreen = live.transcript.at(-1)?.id ?? 'start';
    if (kind <= 6) push({ type: 'choose', choiceId: offered.length ? offered[a % offered.length]!.id : choiceIds[a % choiceIds.length]! });
    else if (kind === 7) push({ type: 'choose', choiceId: choiceIds[a % choiceIds.length]! });
    else if (kind === 8 || kind === 9) push({ type: 'note', indicator, lineId: onScreen });
    else if (kind === 10) push({ type: 'note', indicator, lineId: lineIds[b % lineIds.length]! });
    else if (kind === 11) push({ type: 'unnote', indicator });
    else if (kind === 12) push({ type: 'leave' });
    else push({ type: 'seed', seed: b >>> 0 });
  }
  return { raw, live };
}

/**
 * The rules of play, checked independently of Session (an oracle for the
 * tests): the violations of a kept log, replayed on a bare story runner.
 */
export function ruleViolations(json: string, log: readonly Action[]): string[] {
  const runner = new StoryRunner(json);
  const noted = new Set<string>();
  const problems: string[] = [];
  let over = false;
  log.forEach((a, i) => {
    const at = `action ${i + 1} (${a.type})`;
    if (a.type === 'seed') {
      if (i !== 0) problems.push(`${at}: a seed that is not first`);
      return;
    }
    if (over) return void problems.push(`${at}: after the end`);
    if (a.type === 'choose') {
      if (!runner.current.choices.some((c) => c.id === a.choiceId)) return void problems.push(`${at}: ${a.choiceId} not on offer`);
      runner.choose(a.choiceId);
      if (runner.ended) over = true;
    } else if (a.type === 'note') {
      if (noted.has(a.indicator)) problems.push(`${at}: ${a.indicator} noted twice`);
      const onScreen = runner.transcript.at(-1)?.id ?? 'start';
      if (a.lineId !== onScreen) problems.push(`${at}: noted at ${a.lineId} while ${onScreen} was on screen`);
      noted.add(a.indicator);
    } else if (a.type === 'unnote') {
      if (!noted.delete(a.indicator)) problems.push(`${at}: ${a.indicator} removed but not noted`);
    } else over = true;
  });
  return problems;
}

/** How one save fared. */
export type Outcome = 'rejected' | 'partial' | 'full' | 'crash' | 'divergence';

/** What live play keeps of a log: each action accepted or refused by the rules, in order. */
export function playLive(json: string, manifest: ScenarioManifest, log: readonly Action[]): Session {
  const live = new Session(json, manifest, null);
  for (const action of log) live.dispatch(action);
  return live;
}

/**
 * Restore a save's text and compare with live play of the same log.
 * `detail` says what diverged, for the report.
 */
export function checkSaveText(json: string, manifest: ScenarioManifest, scenario: string, text: string): { outcome: Outcome; detail?: string } {
  try {
    const decoded = readSave(text, scenario);
    if (!decoded.ok) return { outcome: 'rejected' };
    const { session, report } = Session.restore(json, manifest, decoded.save, decoded.log);
    const live = playLive(json, manifest, decoded.log);
    const a = JSON.stringify({ log: encodeLog(session.log), result: session.result() });
    const b = JSON.stringify({ log: encodeLog(live.log), result: live.result() });
    if (a !== b) return { outcome: 'divergence', detail: `restored ${a.slice(0, 300)}\nlive     ${b.slice(0, 300)}` };
    if (report.dropped !== decoded.log.length - session.log.length)
      return { outcome: 'divergence', detail: `dropped ${report.dropped} of ${decoded.log.length}, kept ${session.log.length}` };
    const violations = ruleViolations(json, session.log);
    if (violations.length) return { outcome: 'divergence', detail: `the restore kept what play refuses: ${violations.join('; ')}` };
    // A restore of what was kept is always full: nothing play refuses survives a restore.
    const again = Session.restore(json, manifest, decoded.save, session.log).report;
    if (again.dropped !== 0 || again.replayed !== again.total) return { outcome: 'divergence', detail: 'a second restore dropped actions' };
    return { outcome: report.dropped > 0 || report.replayed < report.total ? 'partial' : 'full' };
  } catch (e) {
    return { outcome: 'crash', detail: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
  }
}

/** Damage a save's text the ways storage, hand edits and crafted saves do. */
export const damageArb = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(text),
    fc.nat(text.length).map((n) => text.slice(0, n)), // truncated
    fc.tuple(fc.nat(text.length), fc.string({ maxLength: 8 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i)), // garbage inserted
    fc.constantFrom('null', '[]', '""', '0', '{}', '{"v":1}', 'undefined', '\u0000'),
    fc.json().map(String),
    fc.tuple(fc.constantFrom('scenario', 'storyHash', 'log', 'savedAt', 'v'), fc.jsonValue()).map(([k, val]) => {
      const o = JSON.parse(text) as Record<string, unknown>;
      o[k] = val;
      return JSON.stringify(o);
    }),
  );

/** The serialised save of a raw log (as the app would have written it). */
export function saveText(scenario: string, manifest: ScenarioManifest, raw: Action[]): string {
  return serialiseSave(makeSave(scenario, manifest.storyHash, raw));
}

/** Decode helper re-exported for tests. */
export { decodeLog };
