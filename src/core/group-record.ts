/**
 * The record of a facilitated group session: every branch explored, each
 * decision's shown options, vote split, how it was decided, time spent and
 * the facilitator's notes. Plain JSON, versioned and read with a valibot
 * schema, so it is what the device keeps (save and resume) and what the
 * facilitator exports. It holds choice ids, never ink state: a restore
 * replays each branch's choices through a real `Session` (group-session.ts).
 */
import * as v from 'valibot';
import { MAX_SEED } from './decision-log.ts';
import { ID_PATTERN } from './tags.ts';

export const GROUP_FORMAT = 'safe-passage-group-session';
/** The version this build writes. Bump it and add a reader when the shape changes. */
export const GROUP_VERSION = 1;

/** Where a decision is: talking it over, hands being counted, decided (the consequence is shown), the rubric revealed. */
export const PHASES = ['discuss', 'vote', 'decided', 'revealed'] as const;
export type Phase = (typeof PHASES)[number];

/** A decision is taken by the majority of hands, or by the facilitator (a tie, no votes, or an override). */
export type DecidedBy = 'majority' | 'facilitator';

/** One decision of a branch. */
export interface GroupDecision {
  /** The options' choice ids in the order shown (the same order on every screen). */
  options: string[];
  /** The ids of the lines shown before this decision (the passage). */
  passage: string[];
  phase: Phase;
  /** Hands per option, aligned with `options`; null until the facilitator enters any. */
  votes: number[] | null;
  /** Once decided: the option taken and how. */
  decision?: { choiceId: string; by: DecidedBy };
  /** Once decided: the ids of the lines the choice led to. */
  consequence?: string[];
  /** Time this decision was on screen (pauses excluded), in milliseconds. */
  timeMs: number;
  /** What the facilitator typed. */
  note: string;
}

/** A line of play: the first starts the scenario, each later one forks an earlier branch at a decision. */
export interface GroupBranch {
  /** 1-based, in the order branches were started. */
  id: number;
  /** The branch and the 0-based decision this one was started from (by a rewind). */
  from?: { branch: number; decision: number };
  /** The decisions so far; all but the last are decided. Decisions before `from.decision` are copied from the parent. */
  decisions: GroupDecision[];
  /** True once the facilitator has moved on past the ending. */
  over: boolean;
}

export interface GroupRecord {
  format: typeof GROUP_FORMAT;
  v: typeof GROUP_VERSION;
  /** A random id: the audience window joins this session by it. */
  id: string;
  scenario: string;
  storyHash: string;
  /** The option-order seed shared by every branch (so an option stays in its place after a rewind). */
  seed: number;
  createdAt: string;
  updatedAt: string;
  /** False while the content note is on screen. */
  started: boolean;
  paused: boolean;
  /** The id of the branch being played. */
  current: number;
  branches: GroupBranch[];
}

const Id = v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const Ids = v.pipe(v.array(Id), v.maxLength(2_000));

const DecisionSchema = v.object({
  options: v.pipe(v.array(Id), v.maxLength(50)),
  passage: Ids,
  phase: v.picklist(PHASES),
  votes: v.nullable(v.pipe(v.array(Count), v.maxLength(50))),
  decision: v.optional(v.object({ choiceId: Id, by: v.picklist(['majority', 'facilitator']) })),
  consequence: v.optional(Ids),
  timeMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3_600_000)),
  note: v.pipe(v.string(), v.maxLength(20_000)),
});

const BranchSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  from: v.optional(v.object({ branch: v.pipe(v.number(), v.integer(), v.minValue(1)), decision: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  decisions: v.pipe(v.array(DecisionSchema), v.minLength(1), v.maxLength(2_000)),
  over: v.boolean(),
});

/** The shape of a version-1 record read from outside (device storage, a file). */
export const GroupRecordSchema = v.object({
  format: v.literal(GROUP_FORMAT),
  v: v.literal(GROUP_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  scenario: Id,
  storyHash: v.pipe(v.string(), v.maxLength(64)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  started: v.boolean(),
  paused: v.boolean(),
  current: v.pipe(v.number(), v.integer(), v.minValue(1)),
  branches: v.pipe(v.array(BranchSchema), v.minLength(1), v.maxLength(500)),
});

/**
 * Read a record (JSON text or an already parsed value). Never throws: what is
 * not a readable record comes back with the reason. Whether it replays
 * against the story is `GroupSession.restore`'s question.
 */
export function readGroupRecord(input: unknown): { ok: true; record: GroupRecord } | { ok: false; error: string } {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, error: 'not valid JSON' };
    }
  }
  const parsed = v.safeParse(GroupRecordSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const record = parsed.output as GroupRecord;
  // What the schema cannot say: ids are 1..n in order, a fork names an earlier branch, the current one exists.
  const problem = record.branches.findIndex((b, i) => b.id !== i + 1 || (b.from && b.from.branch >= b.id));
  if (problem >= 0) return { ok: false, error: `branches.${problem}: not in order` };
  if (record.current > record.branches.length) return { ok: false, error: 'current: no such branch' };
  for (const b of record.branches)
    for (const [i, d] of b.decisions.entries())
      if (d.votes && d.votes.length !== d.options.length) return { ok: false, error: `branches.${b.id - 1}.decisions.${i}.votes: not one per option` };
  return { ok: true, record };
}
