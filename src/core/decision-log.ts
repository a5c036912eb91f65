/**
 * The decision log: typed actions, the only record of what the trainee did.
 * Scores, the notebook and the debrief are all computed from it, and a save
 * is this log plus a few headers. It has a compact text form so that a whole
 * scenario fits easily in SCORM 1.2's 4,096-character suspend_data.
 */
import { isIndicatorId, type IndicatorId } from './indicators.ts';

/**
 * The seed of the shown option order (src/core/option-order.ts), recorded
 * first in every new log so that a reload, a replay, the printed debrief and
 * a projected session all show the options in the same order.
 */
export interface SeedAction {
  type: 'seed';
  seed: number;
}
/** The trainee picked a choice (by its stable `#id`, never by index). */
export interface ChooseAction {
  type: 'choose';
  choiceId: string;
}
/** The trainee noted an indicator in the notebook while `lineId` was shown. */
export interface NoteAction {
  type: 'note';
  indicator: IndicatorId;
  lineId: string;
}
/** The trainee removed an indicator from the notebook. */
export interface UnnoteAction {
  type: 'unnote';
  indicator: IndicatorId;
}
/** The trainee left the scenario early (skip / leave), going to the debrief. */
export interface LeaveAction {
  type: 'leave';
}

export type Action = SeedAction | ChooseAction | NoteAction | UnnoteAction | LeaveAction;
export type DecisionLog = readonly Action[];

/**
 * Encode a log compactly: `s:1x3k9a|c:dg-020|n:deception@dg-014|u:deception|l`
 * (the seed in base 36).
 * Ids are slugs and indicator ids are slugs, so `|`, `:` and `@` never occur
 * inside them.
 */
export function encodeLog(log: DecisionLog): string {
  return log
    .map((a) => {
      switch (a.type) {
        case 'seed':
          return `s:${a.seed.toString(36)}`;
        case 'choose':
          return `c:${a.choiceId}`;
        case 'note':
          return `n:${a.indicator}@${a.lineId}`;
        case 'unnote':
          return `u:${a.indicator}`;
        case 'leave':
          return 'l';
      }
    })
    .join('|');
}

/** Seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** The log's option-order seed (0 for logs made before the order was shuffled). */
export function seedOf(log: DecisionLog): number {
  for (const a of log) if (a.type === 'seed') return a.seed;
  return 0;
}

/** Thrown when an encoded log cannot be read. */
export class LogFormatError extends Error {}

/** Decode the output of `encodeLog`. Throws `LogFormatError` on bad input. */
export function decodeLog(text: string): Action[] {
  if (text === '') return [];
  return text.split('|').map((part, i) => {
    if (part === 'l') return { type: 'leave' } as const;
    const seed = /^s:([0-9a-z]{1,7})$/.exec(part)?.[1];
    if (seed !== undefined) {
      const n = parseInt(seed, 36);
      if (n <= MAX_SEED) return { type: 'seed', seed: n } as const;
    }
    // No match leaves `a` undefined (when the pattern matches, its group always does).
    const [, kind, a, b] = /^([cnu]):([a-z0-9-]+)(?:@([a-z0-9-]+))?$/.exec(part) ?? [];
    if (a === undefined) throw new LogFormatError(`entry ${i + 1} ("${part}") is not a valid action`);
    if (kind === 'c' && !b) return { type: 'choose', choiceId: a } as const;
    if ((kind === 'n' || kind === 'u') && isIndicatorId(a)) {
      if (kind === 'n' && b) return { type: 'note', indicator: a, lineId: b } as const;
      if (kind === 'u' && !b) return { type: 'unnote', indicator: a } as const;
    }
    throw new LogFormatError(`entry ${i + 1} ("${part}") is not a valid action`);
  });
}

/** The indicators currently in the notebook (notes minus removals), with the line each was noted at. */
export function notebookOf(log: DecisionLog): Map<IndicatorId, string> {
  const notes = new Map<IndicatorId, string>();
  for (const a of log) {
    if (a.type === 'note') notes.set(a.indicator, a.lineId);
    else if (a.type === 'unnote') notes.delete(a.indicator);
  }
  return notes;
}

/** The ids of the choices made, in order. */
export function choicesOf(log: DecisionLog): string[] {
  return log.flatMap((a) => (a.type === 'choose' ? [a.choiceId] : []));
}

/**
 * The same run in fewer actions: between two choices, notes taken and
 * removed again are reduced to their net effect (one `note` or `unnote` per
 * indicator whose state changed). The notebook is the same at every choice
 * and at the end, and so is every score (scoring reads the notebook at the
 * last choice). For SCORM's 4,096-character suspend_data, when a trainee has
 * ticked and unticked notes many times.
 */
export function compactLog(log: DecisionLog): Action[] {
  const out: Action[] = [];
  const state = new Map<IndicatorId, string>();
  let segment: (NoteAction | UnnoteAction)[] = [];
  const flush = () => {
    const start = new Map(state);
    for (const a of segment) {
      if (a.type === 'note') state.set(a.indicator, a.lineId);
      else state.delete(a.indicator);
    }
    // In the order of each indicator's last action in the segment.
    const last = new Map<IndicatorId, number>();
    segment.forEach((a, i) => last.set(a.indicator, i));
    for (const [ind] of [...last].sort((a, b) => a[1] - b[1])) {
      const before = start.get(ind);
      const after = state.get(ind);
      if (after === before) continue;
      if (after === undefined) out.push({ type: 'unnote', indicator: ind });
      else {
        // Re-noted on another line: remove first, so a replay never meets "already noted".
        if (before !== undefined) out.push({ type: 'unnote', indicator: ind });
        out.push({ type: 'note', indicator: ind, lineId: after });
      }
    }
    segment = [];
  };
  for (const a of log) {
    if (a.type === 'note' || a.type === 'unnote') segment.push(a);
    else {
      flush();
      out.push(a);
    }
  }
  flush();
  return out;
}
