/**
 * The class report: many trainees' exported results (src/core/export-format.ts)
 * read together, for an instructor. Pure: text in, figures out; the screen
 * (src/ui/screens/class-report.ts) and the command line
 * (scripts/class-report.ts) only draw what this computes.
 *
 * Nothing in a file is trusted: each is read with the export's valibot
 * schema, and its figures are recomputed by replaying its log through the
 * real `Session` (the same rules as play and restore). A file made against
 * the story this build has is re-scored and must match what it says (else it
 * was edited: "tampered", not counted); a file from another version of the
 * story is re-scored against this one when every decision it made is still
 * offered, else its own figures are shown with a note. A file that cannot be
 * read is listed with its name and the reason, and never stops the others.
 */
import type { CriticalErrorId } from './critical-errors.ts';
import type { Action } from './decision-log.ts';
import { readExport, type ExportV1 } from './export-format.ts';
import type { IndicatorId } from './indicators.ts';
import { readGroupRecord } from './group-record.ts';
import type { ScenarioManifest } from './manifest.ts';
import { makeSave, readSave } from './save.ts';
import type { ScenarioResult, Verdict } from './scoring.ts';
import { Session } from './session.ts';
import { DIMENSIONS, type Dimension } from './vocabulary.ts';

/** One dropped file. */
export interface ReportFile {
  fileName: string;
  text: string;
}

/** A compiled story the report can replay logs against (the build's `{ json, manifest }`). */
export interface StoryVersion {
  json: string;
  manifest: ScenarioManifest;
}

/** Why a file is not counted. */
export type ProblemKind = 'not-json' | 'foreign' | 'group-session' | 'progress' | 'damaged' | 'unknown-scenario' | 'tampered' | 'duplicate';

export interface FileProblem {
  fileName: string;
  kind: ProblemKind;
  /** What is wrong, in English, for a technical detail line (the UI words `kind` in the trainer's language). */
  detail: string;
}

/**
 * How a counted file's figures were obtained:
 * - `replayed`: made against this version of the story; its log replays to exactly its figures;
 * - `rescored`: made against another version; every decision still exists, so it is re-scored against this one;
 * - `not-rescored`: made against another version that this build cannot replay; the file's own figures are shown.
 */
export type ScoredBy = 'replayed' | 'rescored' | 'not-rescored';

/** One trainee's row. */
export interface TraineeRow {
  fileName: string;
  scenario: string;
  trainee: string | null;
  language: string;
  exportedAt: string;
  scoredBy: ScoredBy;
  /** For `not-rescored`: the first decision (1-based) this version no longer offers. */
  replayStoppedAt?: number;
  verdict: Verdict;
  /** Percentages, absent for an incomplete run (no score is given for one). */
  percent?: Record<Dimension | 'total', number>;
  critical: CriticalErrorId[];
  /** Indicators noticed, and shown on the trainee's path (noticed + missed + noted early). */
  noticed: number;
  shown: number;
  decisions: number;
  /** The result the row was computed from. */
  result: ScenarioResult;
}

/** How a percentage is spread over the class: ten bands (0-9, ..., 90-100) and summary figures. */
export interface Distribution {
  /** Runs with a percentage (incomplete runs have none). */
  count: number;
  /** bands[i]: runs at 10i-10i+9 percent (the last band is 90-100). */
  bands: number[];
  mean?: number;
  median?: number;
  min?: number;
  max?: number;
}

export interface OptionShare {
  choiceId: string;
  /** English text from the story (the screen translates by id). */
  text: string;
  chosen: number;
  /** Whole percentage of `reached` (0 when nobody reached the decision). */
  share: number;
}

/** One decision point of a scenario: a set of options offered together. */
export interface DecisionShare {
  /** 1-based, in the story's own order (manifest.stats.decisionSets). */
  number: number;
  /** How many times trainees faced it (a trainee who faced it twice counts twice). */
  reached: number;
  options: OptionShare[];
}

export interface ScenarioSummary {
  scenario: string;
  /** Trainees counted (one row each). */
  trainees: number;
  verdicts: Record<Verdict, number>;
  distributions: Record<Dimension | 'total', Distribution>;
  /** Decision points in story order; only from files replayed or re-scored against this version. */
  decisions: DecisionShare[];
  /** Files whose decisions are counted in `decisions`. */
  decisionsFrom: number;
  /** Critical errors by the number of trainees who made each, most frequent first. */
  critical: { error: CriticalErrorId; trainees: number }[];
  /** Indicators by the number of trainees who missed each (completed runs), most often missed first. */
  missed: { indicator: IndicatorId; missed: number; shown: number }[];
  rows: TraineeRow[];
}

export interface ClassReport {
  /** Files read, counted or not. */
  files: number;
  scenarios: ScenarioSummary[];
  problems: FileProblem[];
}

/** Whole-number percentage, or 0 of nothing. */
function share(n: number, of: number): number {
  return of > 0 ? Math.round((n / of) * 100) : 0;
}

/**
 * Why a file is not counted. The game's own files that are not results are named as what they are (a facilitator
 * drops a group session's record, a trainee hands in the progress file downloaded while the device was full): "not a
 * Safe Passage file" would send them looking for the wrong mistake.
 */
function problemOf(fileName: string, text: string, error: string): FileProblem {
  if (error === 'not valid JSON') return { fileName, kind: 'not-json', detail: error };
  if (error.startsWith('not a Safe Passage result')) {
    if (readGroupRecord(text).ok) return { fileName, kind: 'group-session', detail: error };
    if (readSave(text).ok) return { fileName, kind: 'progress', detail: error };
  }
  if (error === 'not a JSON object' || error.startsWith('not a Safe Passage result')) return { fileName, kind: 'foreign', detail: error };
  return { fileName, kind: 'damaged', detail: error };
}

/** The figures a tampered file would change: compared between the file and its replay. */
function figures(r: ScenarioResult) {
  return {
    verdict: r.verdict,
    ending: r.ending?.id,
    dimensions: DIMENSIONS.map((d) => `${r.dimensions[d].points}/${r.dimensions[d].max}=${r.dimensions[d].percent}`).join(' '),
    total: `${r.total.points}/${r.total.max}=${r.total.percent}`,
    critical: r.critical.map((c) => c.error).join(' '),
    noticed: [...r.indicators.noticed].sort().join(' '),
    missed: [...r.indicators.missed].sort().join(' '),
    decisions: r.decisions.map((d) => d.chosen.id).join(' '),
  };
}

/** The first figure that differs between the file and its replay, in words; undefined if none. */
function mismatch(inFile: ScenarioResult, replayed: ScenarioResult): string | undefined {
  const a = figures(inFile);
  const b = figures(replayed);
  for (const key of Object.keys(a) as (keyof typeof a)[]) {
    if (a[key] !== b[key]) return `${key}: "${a[key] ?? ''}" in the file, "${b[key] ?? ''}" on replay of its log`;
  }
  return undefined;
}

type Scored = { ok: true; row: TraineeRow } | { ok: false; problem: FileProblem };

/** Replay a read export against the story this build has. */
function score(fileName: string, data: ExportV1, log: Action[], story: StoryVersion): Scored {
  const same = data.storyHash === story.manifest.storyHash;
  const save = makeSave(data.scenario, data.storyHash, log);
  const { session, report } = Session.restore(story.json, story.manifest, save, log);
  const complete = report.replayed === report.total && report.dropped === 0 && session.finished;
  let result: ScenarioResult;
  let scoredBy: ScoredBy;
  let replayStoppedAt: number | undefined;
  if (same) {
    if (!complete) {
      const why =
        report.replayed < report.total
          ? `decision ${report.replayed + 1} of its log was not on offer in the story`
          : report.dropped > 0
            ? `${report.dropped} entries of its log could not have happened in play`
            : 'its log does not reach an ending';
      return { ok: false, problem: { fileName, kind: 'tampered', detail: `the log does not replay: ${why}` } };
    }
    result = session.result();
    const differs = mismatch(data.result, result);
    if (differs) return { ok: false, problem: { fileName, kind: 'tampered', detail: `the figures do not match its log (${differs})` } };
    scoredBy = 'replayed';
  } else if (complete) {
    result = session.result();
    scoredBy = 'rescored';
  } else {
    result = data.result;
    scoredBy = 'not-rescored';
    replayStoppedAt = report.replayed + 1;
  }
  const shown = result.indicators.noticed.length + result.indicators.missed.length + result.indicators.early.length;
  const completed = result.verdict !== 'incomplete';
  return {
    ok: true,
    row: {
      fileName,
      scenario: data.scenario,
      trainee: data.trainee,
      language: data.language,
      exportedAt: data.exportedAt,
      scoredBy,
      replayStoppedAt,
      verdict: result.verdict,
      percent: completed
        ? {
            identification: result.dimensions.identification.percent,
            protection: result.dimensions.protection.percent,
            procedure: result.dimensions.procedure.percent,
            total: result.total.percent,
          }
        : undefined,
      critical: [...new Set(result.critical.map((c) => c.error))],
      noticed: result.indicators.noticed.length,
      shown,
      decisions: result.decisions.length,
      result,
    },
  };
}

/** Spread of a list of percentages. */
export function distributionOf(values: readonly number[]): Distribution {
  const bands = Array.from({ length: 10 }, (_, i) => values.filter((p) => Math.max(0, Math.min(9, Math.floor(p / 10))) === i).length);
  if (values.length === 0) return { count: 0, bands };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number) => sorted[i] ?? 0;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  const mean = Math.round((values.reduce((s, p) => s + p, 0) / values.length) * 10) / 10;
  return { count: values.length, bands, mean, median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The summary of one scenario's rows. */
function summarise(scenario: string, rows: TraineeRow[], manifest: ScenarioManifest | undefined): ScenarioSummary {
  const verdicts: Record<Verdict, number> = { passed: 0, 'not-passed': 0, incomplete: 0 };
  for (const r of rows) verdicts[r.verdict]++;
  const percents = rows.flatMap((r) => (r.percent ? [r.percent] : []));
  const distributions = Object.fromEntries(
    (['identification', 'protection', 'procedure', 'total'] as const).map((d) => [d, distributionOf(percents.map((p) => p[d]))]),
  ) as Record<Dimension | 'total', Distribution>;

  // Decisions: every set of options offered together, in the story's order; counted from files replayed against this version.
  const sets = manifest?.stats.decisionSets ?? [];
  const keyOf = (ids: readonly string[]) => [...ids].sort().join(' ');
  const byKey = new Map<string, { reached: number; chosen: Map<string, number> }>();
  sets.forEach((set) => byKey.set(keyOf(set), { reached: 0, chosen: new Map(set.map((id) => [id, 0])) }));
  const replayedRows = rows.filter((r) => r.scoredBy !== 'not-rescored');
  for (const row of replayedRows) {
    for (const d of row.result.decisions) {
      const entry = byKey.get(keyOf(d.chosen.siblings));
      if (!entry) continue;
      entry.reached++;
      entry.chosen.set(d.chosen.id, (entry.chosen.get(d.chosen.id) ?? 0) + 1);
    }
  }
  const decisions: DecisionShare[] = sets.map((set, i) => {
    const entry = byKey.get(keyOf(set)) ?? { reached: 0, chosen: new Map<string, number>() };
    return {
      number: i + 1,
      reached: entry.reached,
      options: set.map((id) => ({
        choiceId: id,
        text: manifest?.choices[id]?.text ?? id,
        chosen: entry.chosen.get(id) ?? 0,
        share: share(entry.chosen.get(id) ?? 0, entry.reached),
      })),
    };
  });

  const criticalCount = new Map<CriticalErrorId, number>();
  for (const r of rows) for (const e of r.critical) criticalCount.set(e, (criticalCount.get(e) ?? 0) + 1);
  const critical = [...criticalCount]
    .map(([error, trainees]) => ({ error, trainees }))
    .sort((a, b) => b.trainees - a.trainees || a.error.localeCompare(b.error));

  const missedCount = new Map<IndicatorId, { missed: number; shown: number }>();
  for (const r of rows) {
    if (r.verdict === 'incomplete') continue; // nothing is missed in a run left early
    const { noticed, missed, early } = r.result.indicators;
    for (const i of [...noticed, ...missed, ...early]) {
      const c = missedCount.get(i) ?? { missed: 0, shown: 0 };
      c.shown++;
      if (missed.includes(i)) c.missed++;
      missedCount.set(i, c);
    }
  }
  const missed = [...missedCount]
    .map(([indicator, c]) => ({ indicator, ...c }))
    .filter((m) => m.missed > 0)
    .sort((a, b) => b.missed - a.missed || a.indicator.localeCompare(b.indicator));

  return { scenario, trainees: rows.length, verdicts, distributions, decisions, decisionsFrom: replayedRows.length, critical, missed, rows };
}

/**
 * Build the class report.
 * @param files the dropped files' names and texts
 * @param stories the stories this build has (one per scenario: the current version)
 */
export function buildClassReport(files: readonly ReportFile[], stories: readonly StoryVersion[]): ClassReport {
  const problems: FileProblem[] = [];
  const rows: TraineeRow[] = [];
  const seen = new Map<string, string>();
  for (const { fileName, text } of files) {
    const read = readExport(text);
    if (!read.ok) {
      problems.push(problemOf(fileName, text, read.error));
      continue;
    }
    const story = stories.find((s) => s.manifest.meta.scenario === read.data.scenario);
    if (!story) {
      problems.push({ fileName, kind: 'unknown-scenario', detail: `scenario "${read.data.scenario}" is not in this version of the game` });
      continue;
    }
    // The same run twice (a file copied or dropped twice) would count one trainee twice.
    const key = JSON.stringify([read.data.scenario, read.data.trainee, read.data.exportedAt, read.data.log]);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ fileName, kind: 'duplicate', detail: `the same run as ${first}` });
      continue;
    }
    seen.set(key, fileName);
    const scored = score(fileName, read.data, read.log, story);
    if (scored.ok) rows.push(scored.row);
    else problems.push(scored.problem);
  }
  const ids = [...new Set(rows.map((r) => r.scenario))].sort();
  const scenarios = ids.map((id) =>
    summarise(
      id,
      rows.filter((r) => r.scenario === id),
      stories.find((s) => s.manifest.meta.scenario === id)?.manifest,
    ),
  );
  return { files: files.length, scenarios, problems };
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(value: string | number | undefined | null): string {
  const s = value === undefined || value === null ? '' : String(value);
  // A leading =, +, - or @ would be read as a formula by a spreadsheet: a trainee's name must stay text.
  const safe = /^[=+\-@]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export const TRAINEE_COLUMNS = [
  'scenario',
  'file',
  'trainee',
  'language',
  'exported_at',
  'verdict',
  'identification_percent',
  'protection_percent',
  'procedure_percent',
  'total_percent',
  'critical_errors',
  'indicators_noticed',
  'indicators_shown',
  'decisions',
  'scored',
] as const;

/** One row per trainee (every scenario), as CSV with a header line. */
export function traineesCsv(report: ClassReport): string {
  const rows = report.scenarios.flatMap((s) =>
    s.rows.map((r) => [
      r.scenario,
      r.fileName,
      r.trainee,
      r.language,
      r.exportedAt,
      r.verdict,
      r.percent?.identification,
      r.percent?.protection,
      r.percent?.procedure,
      r.percent?.total,
      r.critical.join(' '),
      r.noticed,
      r.shown,
      r.decisions,
      r.scoredBy,
    ]),
  );
  return csv([TRAINEE_COLUMNS, ...rows]);
}

/**
 * The class figures as CSV, one figure a line: scenario, measure, item, option, value.
 * Measures: trainees, verdict, mean / median / min / max / band (per dimension), decision_reached, option_chosen,
 * option_share, critical_error, indicator_missed, indicator_shown; and file_problem (scenario empty).
 */
export function summaryCsv(report: ClassReport): string {
  const out: (string | number | undefined)[][] = [['scenario', 'measure', 'item', 'option', 'value']];
  for (const s of report.scenarios) {
    out.push([s.scenario, 'trainees', '', '', s.trainees]);
    for (const v of ['passed', 'not-passed', 'incomplete'] as const) out.push([s.scenario, 'verdict', v, '', s.verdicts[v]]);
    for (const [d, dist] of Object.entries(s.distributions)) {
      for (const m of ['mean', 'median', 'min', 'max'] as const) out.push([s.scenario, m, d, '', dist[m]]);
      dist.bands.forEach((n, i) => out.push([s.scenario, 'band', d, i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`, n]));
    }
    for (const d of s.decisions) {
      out.push([s.scenario, 'decision_reached', String(d.number), '', d.reached]);
      for (const o of d.options) {
        out.push([s.scenario, 'option_chosen', String(d.number), o.choiceId, o.chosen]);
        out.push([s.scenario, 'option_share', String(d.number), o.choiceId, o.share]);
      }
    }
    for (const c of s.critical) out.push([s.scenario, 'critical_error', c.error, '', c.trainees]);
    for (const m of s.missed) {
      out.push([s.scenario, 'indicator_missed', m.indicator, '', m.missed]);
      out.push([s.scenario, 'indicator_shown', m.indicator, '', m.shown]);
    }
  }
  for (const p of report.problems) out.push(['', 'file_problem', p.fileName, p.kind, p.detail]);
  return csv(out);
}
