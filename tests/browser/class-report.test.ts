/**
 * The class report screen in a real Chromium: 38 exported results of random
 * paths (two from an older version of departure-gate), a broken, a foreign
 * and a tampered file, chosen with the keyboard; the figures on screen and in
 * the downloaded CSV are the core's; the charts are drawn (Chart.js, its own
 * chunk); axe-clean in every language; screenshots at 1024x768 and 1920x1080.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildClassReport, type ClassReport } from '../../src/core/class-report.ts';
import { LANGUAGES } from '../../src/core/i18n.ts';
import { classFixture, currentStories, type ClassFixture } from '../class-report-fixtures.ts';
import { violations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { cspViolations, freshPage, shot, tabTo } from './page.ts';

let browser: Browser;
let fixture: ClassFixture;
let expected: ClassReport;
let paths: string[];

beforeAll(async () => {
  browser = await launchChromium();
  fixture = classFixture();
  expected = buildClassReport(fixture.files, currentStories());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'class-report-browser-'));
  paths = fixture.files.map((f) => {
    const p = path.join(dir, f.fileName);
    fs.writeFileSync(p, f.text);
    return p;
  });
});
afterAll(async () => {
  await browser?.close();
});

/** From the title screen to the report with the keyboard; the files are given to the file input (the dialog it opens is the browser's). */
async function openReport(page: Page, lang: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}?lang=${lang}`);
  await page.waitForSelector('#title-start');
  await tabTo(page, '#title-class-report');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#report-choose');
  await tabTo(page, '#report-choose');
  await page.setInputFiles('#report-files', paths);
  await page.waitForSelector('#report-output[data-charts="drawn"]');
}

/** The cells of a table's body rows (row header first). */
async function cells(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

describe('class report', () => {
  it('shows the figures of the core for 38 trainees, names the files it cannot count, and downloads the same numbers as CSV', async () => {
    const { page, errors } = await freshPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await openReport(page, 'en');
    const trainees = expected.scenarios.reduce((n, s) => n + s.trainees, 0);
    expect(trainees).toBe(38);
    await expect.poll(() => page.textContent('#report-status')).toContain(`Files read: ${fixture.files.length}. Trainees counted: 38. Files not counted: 3.`);

    // Files not counted: named, with the reason.
    const problems = await page.$$eval('#report-problem-list li', (lis) => lis.map((li) => [li.getAttribute('data-file'), li.textContent]));
    expect(problems.map((p) => p[0]).sort()).toEqual([fixture.broken, fixture.foreign, fixture.tampered].sort());
    expect(problems.find((p) => p[0] === fixture.tampered)![1]).toContain('changed after export');
    expect(problems.find((p) => p[0] === fixture.foreign)![1]).toContain('not a Safe Passage result');

    for (const s of expected.scenarios) {
      const section = `#report-${s.scenario}`;
      // Verdicts.
      const [verdicts] = await page.$$eval(`${section} table`, (tables) => [tables[0]!.querySelectorAll('tbody td').length]);
      expect(verdicts).toBe(3);
      const verdictRows = await cells(page, `${section} .report-pair table`);
      expect(verdictRows.map((r) => Number(r[1]))).toEqual([s.verdicts.passed, s.verdicts['not-passed'], s.verdicts.incomplete]);
      // The spread: mean of each dimension.
      const dist = await cells(page, `${section} .distribution-table`);
      expect(dist[0]!.slice(1)).toEqual(
        (['identification', 'protection', 'procedure', 'total'] as const).map((d) =>
          s.distributions[d].mean === undefined ? '–' : `${s.distributions[d].mean}%`,
        ),
      );
      // Decisions: how many chose each option.
      const decisionTables = await page.$$eval(`${section} .decision-table tbody`, (bodies) =>
        bodies.map((b) => [...b.querySelectorAll('tr')].map((r) => Number(r.children[1]!.textContent))),
      );
      expect(decisionTables).toEqual(s.decisions.filter((d) => d.reached).map((d) => d.options.map((o) => o.chosen)));
      // Critical errors and missed indicators.
      if (s.critical.length) expect((await cells(page, `${section} .critical-table`)).map((r) => Number(r[1]))).toEqual(s.critical.map((c) => c.trainees));
      expect((await cells(page, `${section} .missed-table`)).map((r) => Number(r[1]))).toEqual(s.missed.map((m) => m.missed));
      // One row per trainee.
      const rows = await cells(page, `${section} .trainee-table`);
      expect(rows).toHaveLength(s.trainees);
      for (const r of s.rows) {
        const line = rows.find((l) => l[1] === r.fileName)!;
        expect(line[6]).toBe(r.percent ? `${r.percent.total}%` : '–');
      }
    }
    // The older version's files: one re-scored, one shown with its own figures and a note.
    const dgRows = await cells(page, '#report-departure-gate .trainee-table');
    expect(dgRows.find((l) => l[1] === fixture.olderRescorable)![9]).toContain('re-scored against this one');
    expect(dgRows.find((l) => l[1] === fixture.olderNotRescorable)![9]).toContain('from an older version of the scenario; not re-scored');

    // Charts are drawn on canvases, each before a table with its numbers.
    expect(await page.$$eval('.chart-box canvas', (cs) => cs.filter((c) => (c as HTMLCanvasElement).width > 0).length)).toBeGreaterThanOrEqual(
      expected.scenarios.length * 2,
    );
    // Readable at 1024x768: nothing wider than the screen (wide tables scroll in their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The CSV download has the same numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-csv')]);
    expect(download.suggestedFilename()).toBe('class-report.csv');
    const csv = Papa.parse<Record<string, string>>(fs.readFileSync((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(38);
    for (const r of expected.scenarios.flatMap((s) => s.rows)) {
      const line = csv.data.find((l) => l.file === r.fileName)!;
      expect([line.verdict, line.total_percent, line.trainee]).toEqual([r.verdict, r.percent ? String(r.percent.total) : '', r.trainee]);
    }

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints on A4 in Russian with every column of the trainee table on the page', async () => {
    const { page, errors } = await freshPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await openReport(page, 'ru');
    const lastColumn = (await page.textContent('#report-departure-gate .trainee-table thead th:last-child'))!.trim();
    const lastCells = (await cells(page, '#report-departure-gate .trainee-table')).map((r) => r.at(-1)!);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.mkdirSync(path.join(import.meta.dirname, 'screenshots'), { recursive: true });
    fs.writeFileSync(path.join(import.meta.dirname, 'screenshots', 'class-report-ru-a4.pdf'), pdf);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(flat).toContain(lastColumn);
    // Every trainee's last cell is printed (once wrapped, a long one may break between words).
    const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 3);
    for (const cell of new Set(lastCells)) for (const w of words(cell)) expect(flat, cell).toContain(w);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([...LANGUAGES])('is axe-clean and readable on a projector and a large screen (%s)', async (lang) => {
    // axe-core is injected as an inline script, which the shipped CSP rightly refuses: let the test tool past it.
    const { page, errors } = await freshPage(browser, undefined, { bypassCSP: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openReport(page, lang);
    expect(await violations(page, `class report (${lang})`)).toEqual([]);
    await shot(page, `class-report-${lang}-1024x768`);
    await page.locator('#report-departure-gate h2').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#report-departure-gate')?.scrollIntoView());
    await shot(page, `class-report-${lang}-1024x768-charts`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => document.querySelector('#report-title')?.scrollIntoView());
    await shot(page, `class-report-${lang}-1920x1080`);
    await page.evaluate(() => document.querySelector('#report-departure-gate')?.scrollIntoView());
    await shot(page, `class-report-${lang}-1920x1080-charts`);
    // Back to the title with the keyboard.
    await tabTo(page, '#report-back', 400);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#title-start');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
