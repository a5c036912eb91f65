/**
 * A facilitated group session over the ordinary `Session`: one scenario run
 * for a room. At each decision the room discusses, the facilitator enters a
 * show of hands per option, the decision is taken (the majority, or the
 * facilitator's call, said as such), the consequence is shown, then the
 * rubric is revealed. A rewind to an earlier decision starts a new branch
 * (its first decisions replayed through a new `Session`, the old branch kept
 * whole), and any two branches can be compared with the game's own scoring.
 *
 * The state is a `GroupRecord` (group-record.ts): plain JSON that is saved,
 * exported and restored by replay. Time is read from an injected clock so
 * that tests are deterministic. No DOM: the screens (src/ui/screens/group-*)
 * only draw this, and the audience window gets `audienceView` of it.
 */
import { choose as chooseAction } from './actions.ts';
import { Emitter } from './events.ts';
import { GROUP_FORMAT, GROUP_VERSION, type DecidedBy, type GroupBranch, type GroupDecision, type GroupRecord } from './group-record.ts';
import type { IndicatorId } from './indicators.ts';
import { isObservable, type ScenarioManifest } from './manifest.ts';
import { newSeed } from './option-order.ts';
import type { ScenarioResult } from './scoring.ts';
import { Session } from './session.ts';

/** Milliseconds since some fixed point (Date.now in the browser, a counter in tests). */
export type Clock = () => number;

/** What a show of hands says: one option ahead, a tie between several, or no hands at all. */
export type Majority = { kind: 'majority'; choiceId: string } | { kind: 'tie'; choiceIds: string[] } | { kind: 'none' };

/** The option with the most hands, a tie, or none (no votes entered, or all zero). */
export function majorityOf(options: readonly string[], votes: readonly number[] | null): Majority {
  if (!votes) return { kind: 'none' };
  const top = Math.max(0, ...votes);
  if (top === 0) return { kind: 'none' };
  const leaders = options.filter((_, i) => votes[i] === top);
  const [only] = leaders;
  return leaders.length === 1 && only !== undefined ? { kind: 'majority', choiceId: only } : { kind: 'tie', choiceIds: leaders };
}

/** Why the group session refused a command (the UI disables what would be refused; this is the rule). */
export type GroupRefusal = 'not-started' | 'paused' | 'wrong-phase' | 'not-offered' | 'not-majority' | 'bad-count' | 'no-such-decision' | 'over';

export class GroupRefusalError extends Error {
  constructor(readonly reason: GroupRefusal) {
    super(`group session: ${reason}`);
  }
}

/** One branch set beside another (see `GroupSession.compare`). */
export interface BranchComparison {
  /** Decision by decision: what each branch did (absent where a branch has no such decision). */
  rows: { index: number; a?: GroupDecision; b?: GroupDecision; same: boolean }[];
  /** The observable indicators each branch's path showed, in order of first appearance. */
  indicators: { a: IndicatorId[]; b: IndicatorId[] };
  /** Each branch's result by the game's scoring (ending, verdict, per-dimension scores). */
  results: { a: ScenarioResult; b: ScenarioResult };
}

export interface GroupEvents extends Record<string, unknown> {
  /** Anything changed: save, redraw, tell the audience. */
  changed: GroupRecord;
}

/** What a story is to a group session: its compiled JSON and manifest. */
export interface GroupStory {
  json: string;
  manifest: ScenarioManifest;
}

/** A decision of the step a session is at now, not yet taken. */
function openDecision(session: Session, passage: string[]): GroupDecision {
  return { options: session.step.choices.map((c) => c.id), passage, phase: 'discuss', votes: null, timeMs: 0, note: '' };
}

const stepLines = (session: Session) => session.step.lines.map((l) => l.id);

/** A deep copy of plain JSON data (the record is nothing else; the core has no `structuredClone` type). */
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class GroupSession {
  readonly events = new Emitter<GroupEvents>();
  /** A live `Session` per branch, at that branch's current position (built by replay on demand). */
  private readonly sessions = new Map<number, Session>();
  /** When time was last counted toward the current decision. */
  private lastTick: number;

  private constructor(
    private readonly story: GroupStory,
    private readonly record: GroupRecord,
    private readonly clock: Clock,
  ) {
    this.lastTick = clock();
  }

  /** A new session at the content note (not started), with one branch at the first decision. */
  static create(story: GroupStory, opts: { id: string; clock: Clock; seed?: number; now?: Date }): GroupSession {
    const seed = (opts.seed ?? newSeed()) >>> 0;
    const session = new Session(story.json, story.manifest, seed);
    const at = (opts.now ?? new Date()).toISOString();
    const record: GroupRecord = {
      format: GROUP_FORMAT,
      v: GROUP_VERSION,
      id: opts.id,
      scenario: story.manifest.meta.scenario,
      storyHash: story.manifest.storyHash,
      seed,
      createdAt: at,
      updatedAt: at,
      started: false,
      paused: false,
      current: 1,
      branches: [{ id: 1, decisions: [openDecision(session, stepLines(session))], over: false }],
    };
    const group = new GroupSession(story, record, opts.clock);
    group.sessions.set(1, session);
    return group;
  }

  /**
   * Rebuild a session from its record: every branch's decisions are replayed
   * through a new `Session`, and must meet the same options in the same order
   * (else the story has changed under the record, and it is refused with the
   * branch and decision named). Never throws.
   */
  static restore(story: GroupStory, record: GroupRecord, clock: Clock): { ok: true; group: GroupSession } | { ok: false; error: string } {
    if (record.scenario !== story.manifest.meta.scenario) return { ok: false, error: `a session of "${record.scenario}"` };
    const group = new GroupSession(story, cloneJson(record), clock);
    for (const branch of group.record.branches) {
      const problem = group.replayBranch(branch);
      if (problem) return { ok: false, error: `branch ${branch.id}: ${problem}` };
    }
    return { ok: true, group };
  }

  /** Replay a branch into a fresh Session; a reason if it does not replay exactly. */
  private replayBranch(branch: GroupBranch): string | undefined {
    const session = new Session(this.story.json, this.story.manifest, this.record.seed);
    for (const [i, d] of branch.decisions.entries()) {
      const shown = session.step.choices.map((c) => c.id);
      if (shown.join(',') !== d.options.join(',')) return `decision ${i + 1} offers other options now`;
      if (!d.decision) {
        if (i !== branch.decisions.length - 1) return `decision ${i + 1} is not decided`;
        if (d.phase === 'decided' || d.phase === 'revealed') return `decision ${i + 1} has no choice`;
        break;
      }
      if (!session.dispatch(chooseAction(d.decision.choiceId))) return `decision ${i + 1}: "${d.decision.choiceId}" is refused`;
      if (i < branch.decisions.length - 1 && session.finished) return `the story ends after decision ${i + 1}`;
    }
    this.sessions.set(branch.id, session);
    return undefined;
  }

  /** The record as it stands (a copy: JSON for saving, exporting, the audience). */
  toRecord(): GroupRecord {
    return cloneJson(this.record);
  }

  /** The record, read-only (for drawing; do not keep it past the next change). */
  get state(): Readonly<GroupRecord> {
    return this.record;
  }

  get manifest(): ScenarioManifest {
    return this.story.manifest;
  }

  /** The branch being played. */
  get branch(): GroupBranch {
    return this.branchById(this.record.current);
  }

  /** The decision on screen: the current branch's last. */
  get decision(): GroupDecision {
    const d = this.branch.decisions.at(-1);
    if (!d) throw new Error('a branch always has a decision');
    return d;
  }

  /** The live session of a branch (the current one by default), at its current position. */
  sessionOf(branchId = this.record.current): Session {
    const s = this.sessions.get(branchId);
    if (!s) throw new Error(`no session for branch ${branchId}`);
    return s;
  }

  /** True when the current branch has reached an ending (its last decision led to it). */
  get ended(): boolean {
    return this.sessionOf().finished;
  }

  private branchById(id: number): GroupBranch {
    const b = this.record.branches[id - 1];
    if (!b) throw new Error(`no branch ${id}`);
    return b;
  }

  /** Count the time since the last tick toward the current decision (not while paused or before the start). */
  private tick(): void {
    const now = this.clock();
    if (this.record.started && !this.record.paused && !this.branch.over) this.decision.timeMs += Math.max(0, now - this.lastTick);
    this.lastTick = now;
  }

  /** Apply a change: count time first, then change, then tell listeners. */
  private change(fn: () => void, now = new Date()): void {
    this.tick();
    fn();
    this.record.updatedAt = now.toISOString();
    this.events.emit('changed', this.record);
  }

  private require(ok: boolean, reason: GroupRefusal): void {
    if (!ok) throw new GroupRefusalError(reason);
  }

  /** Count the time so far (call before reading times for a summary). */
  settleTime(): void {
    this.tick();
  }

  /** The content note has been read to the room: the first decision begins. */
  start(): void {
    this.change(() => {
      this.record.started = true;
    });
  }

  /** Pause (hide everything from the room at once) or carry on. Time does not run while paused. */
  setPaused(paused: boolean): void {
    this.change(() => {
      this.record.paused = paused;
    });
  }

  private requirePlaying(): void {
    this.require(this.record.started, 'not-started');
    this.require(!this.record.paused, 'paused');
    this.require(!this.branch.over, 'over');
  }

  /** Move from discussion to the vote. */
  openVote(): void {
    this.requirePlaying();
    this.require(this.decision.phase === 'discuss', 'wrong-phase');
    this.change(() => {
      this.decision.phase = 'vote';
    });
  }

  /** Enter the hands for one option (a whole number, 0 or more); the vote opens if it was not. */
  setVotes(choiceId: string, count: number): void {
    this.requirePlaying();
    const d = this.decision;
    this.require(d.phase === 'discuss' || d.phase === 'vote', 'wrong-phase');
    const at = d.options.indexOf(choiceId);
    this.require(at >= 0, 'not-offered');
    this.require(Number.isInteger(count) && count >= 0 && count <= 100_000, 'bad-count');
    this.change(() => {
      d.phase = 'vote';
      const votes = d.votes ?? d.options.map(() => 0);
      votes[at] = count;
      d.votes = votes;
    });
  }

  /** The current decision's show of hands. */
  majority(): Majority {
    return majorityOf(this.decision.options, this.decision.votes);
  }

  /**
   * Take the decision: by the majority (only the option with the most hands)
   * or by the facilitator's call (any option: a tie, no vote, an override).
   * The choice goes to the branch's `Session`; its consequence is recorded.
   */
  decide(choiceId: string, by: DecidedBy): void {
    this.requirePlaying();
    const d = this.decision;
    this.require(d.phase === 'discuss' || d.phase === 'vote', 'wrong-phase');
    this.require(d.options.includes(choiceId), 'not-offered');
    if (by === 'majority') {
      const m = this.majority();
      this.require(m.kind === 'majority' && m.choiceId === choiceId, 'not-majority');
    }
    const session = this.sessionOf();
    this.change(() => {
      this.require(session.dispatch(chooseAction(choiceId)), 'not-offered');
      d.decision = { choiceId, by };
      d.consequence = stepLines(session);
      d.phase = 'decided';
    });
  }

  /** Show what the rubric says about each option (after the consequence). */
  reveal(): void {
    this.requirePlaying();
    this.require(this.decision.phase === 'decided', 'wrong-phase');
    this.change(() => {
      this.decision.phase = 'revealed';
    });
  }

  /** On to the next decision, or past the ending (the branch is over). */
  continue(): void {
    this.requirePlaying();
    const d = this.decision;
    this.require(d.phase === 'revealed', 'wrong-phase');
    const session = this.sessionOf();
    this.change(() => {
      if (session.finished) this.branch.over = true;
      else this.branch.decisions.push(openDecision(session, d.consequence ?? stepLines(session)));
    });
  }

  /** Replace the facilitator's note on a decision of the current branch (the one on screen by default). */
  setNote(text: string, decisionIndex = this.branch.decisions.length - 1): void {
    const d = this.branch.decisions[decisionIndex];
    this.require(!!d, 'no-such-decision');
    this.change(() => {
      if (d) d.note = text.slice(0, 20_000);
    });
  }

  /**
   * Go back to decision `index` (0-based) of the current branch and take it
   * again: a NEW branch replays the first `index` decisions (copied, votes
   * and notes included) and opens that decision afresh; the old branch is
   * kept whole. Returns the new branch's id.
   */
  rewindTo(index: number): number {
    this.require(this.record.started, 'not-started');
    const parent = this.branch;
    const upTo = parent.decisions.length - (parent.over ? 0 : 1);
    this.require(Number.isInteger(index) && index >= 0 && index < upTo, 'no-such-decision');
    const id = this.record.branches.length + 1;
    const session = new Session(this.story.json, this.story.manifest, this.record.seed);
    const kept = parent.decisions.slice(0, index).map((d) => cloneJson(d));
    for (const d of kept) if (d.decision) session.dispatch(chooseAction(d.decision.choiceId));
    const reopened = parent.decisions[index];
    this.change(() => {
      this.record.branches.push({
        id,
        from: { branch: parent.id, decision: index },
        decisions: [...kept, openDecision(session, reopened?.passage ?? stepLines(session))],
        over: false,
      });
      this.record.current = id;
      this.record.paused = false;
    });
    this.sessions.set(id, session);
    return id;
  }

  /** Carry on with another branch where it stands. */
  switchTo(branchId: number): void {
    this.branchById(branchId);
    this.change(() => {
      this.record.current = branchId;
    });
  }

  /**
   * The English text of a line any branch has shown (the shipped manifest
   * keeps only endings' texts; the story itself has the rest). Empty if none has.
   */
  lineText(id: string): string {
    for (const session of this.sessions.values()) {
      const line = session.transcript.find((l) => l.id === id);
      if (line) return line.text;
    }
    return this.story.manifest.lines[id]?.text ?? '';
  }

  /**
   * A branch's result by the game's own scoring of its log. A room keeps no notebook, so identification is scored on
   * the decisions alone (a single player's notebook share would count indicators nobody could note).
   */
  resultOf(branchId: number): ScenarioResult {
    return this.sessionOf(branchId).result({ notebook: false });
  }

  /** The observable indicators a branch's path has shown so far. */
  indicatorsSeen(branchId: number): IndicatorId[] {
    const seen = new Set<IndicatorId>();
    for (const line of this.sessionOf(branchId).transcript) {
      const info = this.story.manifest.lines[line.id];
      if (isObservable(info)) info?.indicators.forEach((i) => seen.add(i));
    }
    return [...seen];
  }

  /** Two branches side by side: decisions, indicators seen, endings and scores. */
  compare(a: number, b: number): BranchComparison {
    const da = this.branchById(a).decisions;
    const db = this.branchById(b).decisions;
    const rows = Array.from({ length: Math.max(da.length, db.length) }, (_, index) => {
      const x = da[index];
      const y = db[index];
      return { index, a: x, b: y, same: !!x?.decision && x.decision.choiceId === y?.decision?.choiceId };
    });
    return {
      rows,
      indicators: { a: this.indicatorsSeen(a), b: this.indicatorsSeen(b) },
      results: { a: this.resultOf(a), b: this.resultOf(b) },
    };
  }
}
