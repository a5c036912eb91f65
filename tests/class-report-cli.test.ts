/** `npm run class-report -- <folder>`: the command line writes the same figures as the core computes, and a standalone page. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildClassReport } from '../src/core/class-report.ts';
import { classFixture, currentStories } from './class-report-fixtures.ts';
import { ROOT } from './helpers.ts';

describe('class report on the command line', () => {
  it('reads a folder (and its subfolders) and writes CSV and HTML with the core’s figures, naming the files it could not count', () => {
    const fixture = classFixture();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'class-report-'));
    fs.mkdirSync(path.join(dir, 'group-b'));
    fixture.files.forEach((f, i) => fs.writeFileSync(path.join(dir, i % 2 ? f.fileName : path.join('group-b', f.fileName)), f.text));
    const out = path.join(dir, 'out');
    const printed = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/class-report.ts', dir, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const expected = buildClassReport(fixture.files, currentStories());
    const trainees = expected.scenarios.reduce((n, s) => n + s.trainees, 0);
    expect(printed).toContain(`Files read: ${fixture.files.length}. Trainees counted: ${trainees}. Files not counted: 3.`);
    for (const name of [fixture.broken, fixture.foreign, fixture.tampered]) expect(printed).toContain(name);

    const csv = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(out, 'class-report.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(trainees);
    for (const row of expected.scenarios.flatMap((s) => s.rows)) {
      const line = csv.data.find((l) => path.basename(l.file!) === row.fileName)!;
      expect(line.total_percent).toBe(row.percent ? String(row.percent.total) : '');
      expect(line.verdict).toBe(row.verdict);
    }
    const summary = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(out, 'class-report-summary.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    for (const s of expected.scenarios)
      expect(Number(summary.data.find((l) => l.scenario === s.scenario && l.measure === 'verdict' && l.item === 'passed')!.value)).toBe(s.verdicts.passed);

    const html = fs.readFileSync(path.join(out, 'class-report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('Departure gate');
    expect(html).toContain(fixture.tampered);
  }, 240_000);
});
