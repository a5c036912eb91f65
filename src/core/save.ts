/**
 * Versioned saves. A save is the decision log plus the scenario id and the
 * hash of the compiled story it was made against. Restoring always replays
 * the log's choice ids (ink's own state JSON breaks when a story is edited);
 * the hash tells whether the replay is exact or best-effort.
 */
import * as v from 'valibot';
import { decodeLog, encodeLog, LogFormatError, type Action, type DecisionLog } from './decision-log.ts';
import { ID_PATTERN } from './tags.ts';

/** The save format written by this version. Bump it and add a migration when the shape changes. */
export const SAVE_VERSION = 1;

export interface SaveData {
  v: typeof SAVE_VERSION;
  scenario: string;
  storyHash: string;
  /** `encodeLog` output. */
  log: string;
  /** ISO time of the last change. */
  savedAt: string;
  /** Decisions made after this log that the device had no room to keep (a partial save). */
  unsaved?: number;
  /** ISO time the run started (kept from save to save; for the debrief's header). */
  startedAt?: string;
  /**
   * Time spent playing the run so far, in ms, across every sitting: the play screen in view, with a long pause without
   * any input counted as at most a few minutes (see src/ui/active-time.ts). Absent in saves made before it was kept.
   */
  activeMs?: number;
  /** Set once the run is over: its verdict and overall percentage, so lists can show it without replaying. */
  outcome?: { verdict: 'passed' | 'not-passed' | 'incomplete'; percent: number; finishedAt: string };
}

/** Why a save could not be read, in words the UI can show. */
export type SaveProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'wrong-scenario'; found: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-version'; version: unknown };

export type DecodedSave = { ok: true; save: SaveData; log: Action[] } | { ok: false; problem: SaveProblem };

/**
 * Build a save for `scenario` from a log.
 * @param unsaved decisions made after `log` that could not be kept (storage full)
 */
export function makeSave(scenario: string, storyHash: string, log: DecisionLog, now = new Date(), unsaved = 0): SaveData {
  const save: SaveData = { v: SAVE_VERSION, scenario, storyHash, log: encodeLog(log), savedAt: now.toISOString() };
  if (unsaved > 0) save.unsaved = unsaved;
  return save;
}

/** Serialise a save (what goes into localStorage or suspend_data). */
export function serialiseSave(save: SaveData): string {
  return JSON.stringify(save);
}

/** The shape of a version-1 save (lengths bounded: a save is a few kilobytes at most). */
const SaveSchema = v.object({
  v: v.literal(SAVE_VERSION),
  scenario: v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN, 'scenario is not an id')),
  storyHash: v.pipe(v.string(), v.maxLength(64)),
  log: v.pipe(v.string(), v.maxLength(200_000)),
  savedAt: v.pipe(v.string(), v.isoTimestamp('savedAt is not a date and time')),
  unsaved: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))),
  startedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  activeMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000_000))),
  outcome: v.optional(
    v.object({
      verdict: v.picklist(['passed', 'not-passed', 'incomplete']),
      percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      finishedAt: v.pipe(v.string(), v.isoTimestamp()),
    }),
  ),
});

/**
 * Read a serialised save. Never throws: every failure comes back as a
 * `SaveProblem` so the UI can offer a way forward.
 * @param expectedScenario the slot it was read from: a save for another scenario is refused
 */
export function readSave(text: string | null | undefined, expectedScenario?: string): DecodedSave {
  if (text == null || text === '') return { ok: false, problem: { kind: 'corrupt', detail: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'corrupt', detail: 'not valid JSON' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: { kind: 'corrupt', detail: 'not an object' } };
  const version = (raw as Record<string, unknown>).v;
  if (typeof version === 'number' && version > SAVE_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  // No version and no log either: not a save of another format but damaged data (`{}`, a stray value), and said so.
  if (version === undefined && !('log' in raw)) return { ok: false, problem: { kind: 'corrupt', detail: 'no version and no log: not a save' } };
  if (version !== SAVE_VERSION) return { ok: false, problem: { kind: 'unknown-version', version } };
  const parsed = v.safeParse(SaveSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, problem: { kind: 'corrupt', detail: `${where ? `${where}: ` : ''}${issue.message}` } };
  }
  const save = parsed.output;
  if (expectedScenario !== undefined && save.scenario !== expectedScenario) return { ok: false, problem: { kind: 'wrong-scenario', found: save.scenario } };
  try {
    return { ok: true, save, log: decodeLog(save.log) };
  } catch (e) {
    if (e instanceof LogFormatError) return { ok: false, problem: { kind: 'corrupt', detail: e.message } };
    throw e;
  }
}
