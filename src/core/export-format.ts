/**
 * The export a trainer collects from the debrief ("Export"): plain JSON,
 * typed and versioned here so that a class report, an LMS bridge or a later
 * version of the game can read it back. It carries the log, so everything in
 * `result` can be recomputed against the story (`storyHash` says which one).
 *
 * Version 1 is exactly what the debrief has exported since the first
 * release; a change of shape gets a new version and a reader for it here.
 */
import * as v from 'valibot';
import { CRITICAL_ERRORS, type CriticalErrorId } from './critical-errors.ts';
import { decodeLog, encodeLog, LogFormatError, type Action } from './decision-log.ts';
import { INDICATORS, type IndicatorId } from './indicators.ts';
import type { RunRecord } from './results-reporter.ts';
import type { ScenarioResult } from './scoring.ts';
import { STANDARDS, type StandardId } from './standards.ts';
import { ID_PATTERN } from './tags.ts';

export const EXPORT_FORMAT = 'safe-passage-result';
/** The version this build writes. */
export const EXPORT_VERSION = 1;

/** Version 1 of the export. */
export interface ExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  /** The name or pseudonym the trainee gave, or null. */
  trainee: string | null;
  /** The language the run was played in. */
  language: string;
  scenario: string;
  storyHash: string;
  exportedAt: string;
  /** `encodeLog` output: the whole run, replayable. */
  log: string;
  result: ScenarioResult;
}

/** Build the export of a finished run. Key order is the file's field order (kept from the first release). */
export function toExport(
  record: Pick<RunRecord, 'scenario' | 'storyHash' | 'log' | 'result'>,
  meta: { trainee: string; language: string; exportedAt?: Date },
): ExportV1 {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    trainee: meta.trainee || null,
    language: meta.language,
    scenario: record.scenario,
    storyHash: record.storyHash,
    exportedAt: (meta.exportedAt ?? new Date()).toISOString(),
    log: encodeLog(record.log),
    result: record.result,
  };
}

/** The export as the file's text. */
export function serialiseExport(data: ExportV1): string {
  return JSON.stringify(data, null, 2);
}

const Id = v.pipe(v.string(), v.maxLength(200), v.regex(ID_PATTERN));
const Count = v.pipe(v.number(), v.integer());
const Percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const Score = v.object({ points: Count, max: Count, percent: Percent });
const Indicator = v.picklist(Object.keys(INDICATORS) as [IndicatorId, ...IndicatorId[]]);
const Standard = v.picklist(Object.keys(STANDARDS) as [StandardId, ...StandardId[]]);
const Critical = v.picklist(Object.keys(CRITICAL_ERRORS) as [CriticalErrorId, ...CriticalErrorId[]]);
const Choice = v.object({
  id: Id,
  text: v.pipe(v.string(), v.maxLength(2000)),
  score: v.object({ identification: Count, protection: Count, procedure: Count }),
  neutral: v.boolean(),
  standards: v.array(Standard),
  critical: v.array(Critical),
  feedback: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  siblings: v.array(Id),
});
const Indicators = v.array(Indicator);

const ResultSchema = v.object({
  scenario: Id,
  verdict: v.picklist(['passed', 'not-passed', 'incomplete']),
  passMark: Percent,
  ending: v.optional(v.object({ id: Id, lineId: Id })),
  left: v.boolean(),
  dimensions: v.object({ identification: Score, protection: Score, procedure: Score }),
  total: Score,
  notebook: v.object({ points: Count, max: Count }),
  critical: v.array(v.object({ error: Critical, choiceId: Id })),
  indicators: v.object({ noticed: Indicators, missed: Indicators, early: Indicators, notShown: Indicators, later: Indicators }),
  decisions: v.array(
    v.object({
      index: v.pipe(Count, v.minValue(1)),
      chosen: Choice,
      better: v.optional(Choice),
      shown: v.array(Id),
      situation: v.optional(Id),
      standards: v.array(Standard),
    }),
  ),
});

const ExportV1Schema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  trainee: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  language: v.pipe(v.string(), v.maxLength(20)),
  scenario: Id,
  storyHash: v.pipe(v.string(), v.maxLength(64)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('exportedAt is not a date and time')),
  log: v.pipe(v.string(), v.maxLength(200_000)),
  result: ResultSchema,
});

/** A read export, with its log decoded. */
export type ReadExport = { ok: true; data: ExportV1; log: Action[] } | { ok: false; error: string };

/**
 * Read an export file's text. Never throws: damaged or foreign input comes
 * back with a reason a person can act on (which field, what is wrong).
 */
export function readExport(text: string): ReadExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a JSON object' };
  const { format, version } = raw as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return { ok: false, error: `not a Safe Passage result (format: ${JSON.stringify(format)})` };
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, error: `made by a newer version of the game (export version ${version})` };
  if (version !== 1) return { ok: false, error: `unknown export version ${JSON.stringify(version)}` };
  const parsed = v.safeParse(ExportV1Schema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const data = parsed.output as ExportV1;
  if (data.result.scenario !== data.scenario) return { ok: false, error: 'result.scenario: does not match scenario' };
  try {
    return { ok: true, data, log: decodeLog(data.log) };
  } catch (e) {
    if (e instanceof LogFormatError) return { ok: false, error: `log: ${e.message}` };
    throw e;
  }
}
