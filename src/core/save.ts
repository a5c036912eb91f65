/**
 * Versioned saves. A save is the decision log plus the scenario id and the
 * hash of the compiled story it was made against. Restoring always replays
 * the log's choice ids (ink's own state JSON breaks when a story is edited);
 * the hash tells whether the replay is exact or best-effort.
 */
import { decodeLog, encodeLog, LogFormatError, type Action, type DecisionLog } from './decision-log.ts';

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
}

/** Why a save could not be read, in words the UI can show. */
export type SaveProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-version'; version: unknown };

export type DecodedSave =
  | { ok: true; save: SaveData; log: Action[] }
  | { ok: false; problem: SaveProblem };

/** Build a save for `scenario` from a log. */
export function makeSave(scenario: string, storyHash: string, log: DecisionLog, now = new Date()): SaveData {
  return { v: SAVE_VERSION, scenario, storyHash, log: encodeLog(log), savedAt: now.toISOString() };
}

/** Serialise a save (what goes into localStorage or suspend_data). */
export function serialiseSave(save: SaveData): string {
  return JSON.stringify(save);
}

/**
 * Read a serialised save. Never throws: every failure comes back as a
 * `SaveProblem` so the UI can offer a way forward.
 */
export function readSave(text: string | null | undefined): DecodedSave {
  if (text == null || text === '') return { ok: false, problem: { kind: 'corrupt', detail: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'corrupt', detail: 'not valid JSON' } };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: { kind: 'corrupt', detail: 'not an object' } };
  const r = raw as Record<string, unknown>;
  if (typeof r.v === 'number' && r.v > SAVE_VERSION) return { ok: false, problem: { kind: 'newer-version', version: r.v } };
  if (r.v !== SAVE_VERSION) return { ok: false, problem: { kind: 'unknown-version', version: r.v } };
  if (typeof r.scenario !== 'string' || typeof r.storyHash !== 'string' || typeof r.log !== 'string') {
    return { ok: false, problem: { kind: 'corrupt', detail: 'missing fields' } };
  }
  try {
    const log = decodeLog(r.log);
    const savedAt = typeof r.savedAt === 'string' ? r.savedAt : new Date(0).toISOString();
    return { ok: true, save: { v: SAVE_VERSION, scenario: r.scenario, storyHash: r.storyHash, log: r.log, savedAt }, log };
  } catch (e) {
    if (e instanceof LogFormatError) return { ok: false, problem: { kind: 'corrupt', detail: e.message } };
    throw e;
  }
}
