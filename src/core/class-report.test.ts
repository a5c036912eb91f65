import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classFixture, currentStories } from '../../tests/class-report-fixtures.ts';
import { buildClassReport, distributionOf, summaryCsv, traineesCsv, TRAINEE_COLUMNS, type ClassReport } from './class-report.ts';
import { readExport } from './export-format.ts';
import { GroupSession } from './group-session.ts';
import { serialiseSave } from './save.ts';
import { Session } from './session.ts';
import type { ScenarioResult } from './scoring.ts';

const fixture = classFixture();
const stories = currentStories();
const report: ClassReport = buildClassReport(fixture.files, stories);

/** What each counted file's result is, computed directly: the live session's own result, or the file's for an older version. */
function directResults(scenario: string): { fileName: string; result: ScenarioResult; fromCurrent: boolean }[] {
  const out: { fileName: string; result: ScenarioResult; fromCurrent: boolean }[] = [];
  for (const [fileName, session] of fixture.sessions)
    if (session.manifest.meta.scenario === scenario) out.push({ fileName, result: session.result(), fromCurrent: true });
  if (scenario === 'departure-gate')
    for (const fileName of [fixture.olderRescorable, fixture.olderNotRescorable]) {
      const read = readExport(fixture.files.find((f) => f.fileName === fileName)!.text);
      if (!read.ok) throw new Error(read.error);
      out.push({ fileName, result: read.data.result, fromCurrent: false });
    }
  return out;
}

describe('class report', () => {
  it('reads at least 30 trainees and names every file it cannot count, with the reason', () => {
    expect(report.files).toBe(fixture.files.length);
    const counted = report.scenarios.reduce((n, s) => n + s.trainees, 0);
    expect(counted).toBeGreaterThanOrEqual(30);
    expect(counted).toBe(36 + 2);
    const problems = Object.fromEntries(report.problems.map((p) => [p.fileName, p]));
    expect(Object.keys(problems).sort()).toEqual([fixture.broken, fixture.foreign, fixture.tampered].sort());
    expect(problems[fixture.broken]!.kind).toBe('not-json');
    expect(problems[fixture.foreign]!.kind).toBe('foreign');
    expect(problems[fixture.tampered]!.kind).toBe('tampered');
    expect(problems[fixture.tampered]!.detail).toMatch(/total/);
  });

  it("names the game's own files that are not results as what they are: a group session's record, a run's progress", () => {
    const { json, manifest } = stories.find((st) => st.manifest.meta.scenario === 'hotline')!;
    const group = GroupSession.create({ json, manifest }, { id: 'g-1', clock: () => 0, seed: 3 });
    const session = new Session(json, manifest, 3);
    session.choose(session.step.choices[0]!.id);
    const { problems } = buildClassReport(
      [
        { fileName: 'group-session-hotline.json', text: JSON.stringify(group.toRecord()) },
        { fileName: 'hotline-progress.json', text: serialiseSave(session.toSave()) },
        { fileName: 'notes.json', text: '{"format":"something else"}' },
      ],
      stories,
    );
    expect(problems.map((p) => p.kind)).toEqual(['group-session', 'progress', 'foreign']);
  });

  it('re-scores a file from an older story version when every decision still exists, and shows the file’s own figures with a note when not', () => {
    const dg = report.scenarios.find((s) => s.scenario === 'departure-gate')!;
    const rescored = dg.rows.find((r) => r.fileName === fixture.olderRescorable)!;
    const notRescored = dg.rows.find((r) => r.fileName === fixture.olderNotRescorable)!;
    expect(rescored.scoredBy).toBe('rescored');
    expect(notRescored.scoredBy).toBe('not-rescored');
    expect(notRescored.replayStoppedAt).toBeGreaterThan(0);
    expect(dg.rows.filter((r) => r.scoredBy === 'replayed')).toHaveLength(24);
    expect(dg.decisionsFrom).toBe(25);
  });

  it('has the figures of a direct computation from the live sessions', () => {
    for (const s of report.scenarios) {
      const direct = directResults(s.scenario);
      expect(s.trainees).toBe(direct.length);
      // Verdicts.
      for (const v of ['passed', 'not-passed', 'incomplete'] as const) expect(s.verdicts[v], v).toBe(direct.filter((d) => d.result.verdict === v).length);
      // Each dimension: mean, min, max, and the bands, over completed runs.
      const completed = direct.filter((d) => d.result.verdict !== 'incomplete');
      for (const dim of ['identification', 'protection', 'procedure', 'total'] as const) {
        const values = completed.map((d) => (dim === 'total' ? d.result.total.percent : d.result.dimensions[dim].percent));
        const dist = s.distributions[dim];
        expect(dist.count).toBe(values.length);
        expect(dist.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 1);
        expect(dist.min).toBe(Math.min(...values));
        expect(dist.max).toBe(Math.max(...values));
        expect(dist.bands.reduce((a, b) => a + b, 0)).toBe(values.length);
        expect(dist.bands[9]).toBe(values.filter((p) => p >= 90).length);
      }
      // Decisions: how many chose each option, from the logs of the runs replayed against this version.
      const chosen = new Map<string, number>();
      for (const d of direct.filter((d) => d.fromCurrent || d.fileName === fixture.olderRescorable))
        for (const review of d.result.decisions) chosen.set(review.chosen.id, (chosen.get(review.chosen.id) ?? 0) + 1);
      for (const decision of s.decisions) {
        for (const o of decision.options) expect(o.chosen, o.choiceId).toBe(chosen.get(o.choiceId) ?? 0);
        expect(decision.reached).toBe(decision.options.reduce((n, o) => n + o.chosen, 0));
        if (decision.reached) expect(decision.options.reduce((n, o) => n + o.share, 0)).toBeGreaterThanOrEqual(98);
      }
      expect([...chosen.values()].reduce((a, b) => a + b, 0)).toBe(s.decisions.reduce((n, d) => n + d.reached, 0));
      // Critical errors: trainees who made each.
      const critical = new Map<string, number>();
      for (const d of direct) for (const e of new Set(d.result.critical.map((c) => c.error))) critical.set(e, (critical.get(e) ?? 0) + 1);
      expect(Object.fromEntries(s.critical.map((c) => [c.error, c.trainees]))).toEqual(Object.fromEntries(critical));
      expect(s.critical.map((c) => c.trainees)).toEqual([...s.critical.map((c) => c.trainees)].sort((a, b) => b - a));
      // Indicators missed, among completed runs.
      const missed = new Map<string, number>();
      for (const d of completed) for (const i of d.result.indicators.missed) missed.set(i, (missed.get(i) ?? 0) + 1);
      expect(Object.fromEntries(s.missed.map((m) => [m.indicator, m.missed]))).toEqual(Object.fromEntries(missed));
      // One row per trainee, with its own figures.
      for (const d of direct) {
        const row = s.rows.find((r) => r.fileName === d.fileName)!;
        expect(row.verdict).toBe(d.result.verdict);
        if (d.result.verdict !== 'incomplete') expect(row.percent?.total).toBe(d.result.total.percent);
      }
    }
    // The random paths reach a spread of outcomes (else the test would prove little).
    const dg = report.scenarios.find((s) => s.scenario === 'departure-gate')!;
    expect(dg.verdicts['not-passed']).toBeGreaterThan(0);
    expect(dg.verdicts.passed).toBeGreaterThan(0);
    expect(dg.critical.length).toBeGreaterThan(0);
    expect(dg.missed.length).toBeGreaterThan(0);
  });

  it('writes CSV that a CSV parser reads back with the same numbers', () => {
    const trainees = Papa.parse<Record<string, string>>(traineesCsv(report), { header: true, skipEmptyLines: true });
    expect(trainees.errors).toEqual([]);
    expect(trainees.meta.fields).toEqual([...TRAINEE_COLUMNS]);
    const rows = report.scenarios.flatMap((s) => s.rows);
    expect(trainees.data).toHaveLength(rows.length);
    for (const row of rows) {
      const line = trainees.data.find((l) => l.file === row.fileName)!;
      expect(line.trainee).toBe(row.trainee); // commas and quotes in names survive
      expect(line.verdict).toBe(row.verdict);
      expect(line.total_percent).toBe(row.percent ? String(row.percent.total) : '');
      expect(Number(line.indicators_noticed)).toBe(row.noticed);
      expect(line.scored).toBe(row.scoredBy);
    }
    const summary = Papa.parse<Record<string, string>>(summaryCsv(report), { header: true, skipEmptyLines: true });
    expect(summary.errors).toEqual([]);
    const value = (scenario: string, measure: string, item = '', option = '') =>
      summary.data.find((l) => l.scenario === scenario && l.measure === measure && l.item === item && l.option === option)?.value;
    for (const s of report.scenarios) {
      expect(Number(value(s.scenario, 'trainees'))).toBe(s.trainees);
      expect(Number(value(s.scenario, 'verdict', 'passed'))).toBe(s.verdicts.passed);
      expect(Number(value(s.scenario, 'mean', 'total'))).toBe(s.distributions.total.mean);
      for (const d of s.decisions) for (const o of d.options) expect(Number(value(s.scenario, 'option_chosen', String(d.number), o.choiceId))).toBe(o.chosen);
    }
    expect(summary.data.filter((l) => l.measure === 'file_problem').map((l) => l.item)).toEqual(report.problems.map((p) => p.fileName));
  });

  it('keeps a name that starts like a formula as text in the CSV', () => {
    const s = report.scenarios[0]!;
    const evil = { ...report, scenarios: [{ ...s, rows: [{ ...s.rows[0]!, trainee: '=HYPERLINK("x")' }] }] };
    const parsed = Papa.parse<Record<string, string>>(traineesCsv(evil), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]!.trainee).toBe(`'=HYPERLINK("x")`);
  });

  it('names a duplicate, an unknown scenario and a damaged field, and still counts the rest', () => {
    const good = fixture.files[0]!;
    const other = JSON.parse(good.text) as Record<string, unknown>;
    const damaged = JSON.parse(good.text) as { result: { verdict: string } };
    damaged.result.verdict = 'excellent';
    const r = buildClassReport(
      [
        good,
        { fileName: 'copy.json', text: good.text },
        {
          fileName: 'other.json',
          text: JSON.stringify({ ...other, scenario: 'night-train', result: { ...(other.result as object), scenario: 'night-train' } }),
        },
        { fileName: 'damaged.json', text: JSON.stringify(damaged) },
        { fileName: 'empty.json', text: '' },
      ],
      stories,
    );
    expect(r.scenarios.map((s) => s.trainees)).toEqual([1]);
    expect(r.problems.map((p) => [p.fileName, p.kind])).toEqual([
      ['copy.json', 'duplicate'],
      ['other.json', 'unknown-scenario'],
      ['damaged.json', 'damaged'],
      ['empty.json', 'not-json'],
    ]);
    expect(r.problems[2]!.detail).toMatch(/result\.verdict/);
  });

  it('spreads percentages over ten bands, 100 in the last', () => {
    expect(distributionOf([0, 9, 10, 95, 100])).toMatchObject({ count: 5, bands: [2, 1, 0, 0, 0, 0, 0, 0, 0, 2], min: 0, max: 100, median: 10, mean: 42.8 });
    expect(distributionOf([]).mean).toBeUndefined();
  });
});
