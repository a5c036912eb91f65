/**
 * npm run class-report -- <folder or files ...> [--out <folder>] [--lang en|ru]
 * The class report for a large class, without a browser: reads every
 * exported result (*.json, folders searched recursively), replays each
 * against the stories in stories/, and writes class-report.csv (one row per
 * trainee), class-report-summary.csv (the class figures, one a line) and a
 * standalone class-report.html into the first folder given, or --out.
 * Files that cannot be counted are listed with the reason; exits with 1 only
 * if nothing could be read at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClassReport, summaryCsv, traineesCsv, type ReportFile } from '../src/core/class-report.ts';
import { problemText } from '../src/core/class-report-labels.ts';
import { createI18n, isLanguage, loadStoryTranslations, storyText, useLanguage } from '../src/core/i18n.ts';
import { compileReal, storyIds } from '../tests/helpers.ts';
import { fileResources } from '../tests/resources.ts';
import { classReportHtml } from './class-report-html.ts';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run class-report -- <folder or files ...> [--out <folder>] [--lang en|ru]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let out: string | undefined;
let lang = 'en';
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') out = args[++i] ?? usage('--out needs a folder');
  else if (a === '--lang') lang = args[++i] ?? usage('--lang needs a language');
  else inputs.push(a);
}
if (!inputs.length) usage('no folder or file given');
if (!isLanguage(lang)) usage(`unknown language "${lang}"`);

/** Every .json file under `p` (or `p` itself), sorted by name. */
function jsonFiles(p: string): string[] {
  if (!fs.existsSync(p)) usage(`not found: ${p}`);
  if (fs.statSync(p).isFile()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(path.join(p, e.name)) : e.name.endsWith('.json') && !e.name.startsWith('class-report') ? [path.join(p, e.name)] : [],
    );
}

const outDir = out ?? (fs.statSync(inputs[0]!).isDirectory() ? inputs[0]! : path.dirname(inputs[0]!));
const paths = inputs.flatMap(jsonFiles);
const files: ReportFile[] = paths.map((p) => ({ fileName: path.relative(outDir, p) || path.basename(p), text: fs.readFileSync(p, 'utf8') }));

// Compile only the stories the files name (compiling is the slow part).
const named = new Set<string>();
for (const f of files) {
  try {
    const scenario = (JSON.parse(f.text) as { scenario?: unknown }).scenario;
    if (typeof scenario === 'string') named.add(scenario);
  } catch {
    // read again, and reported, by the report itself
  }
}
const stories = storyIds()
  .filter((id) => named.has(id))
  .map((id) => compileReal(id));
const report = buildClassReport(files, stories);

const i18n = createI18n();
await useLanguage(i18n, lang, fileResources);
for (const s of report.scenarios) await loadStoryTranslations(i18n, lang, s.scenario, fileResources);
const t = i18n.t.bind(i18n);

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'class-report.csv'), traineesCsv(report));
fs.writeFileSync(path.join(outDir, 'class-report-summary.csv'), summaryCsv(report));
fs.writeFileSync(
  path.join(outDir, 'class-report.html'),
  classReportHtml(report, t, lang, (scenario, id, english) => storyText(i18n, scenario, id, english)),
);

const trainees = report.scenarios.reduce((n, s) => n + s.trainees, 0);
console.log(t('report.summary', { files: report.files, trainees, problems: report.problems.length }));
for (const s of report.scenarios)
  console.log(
    `  ${s.scenario}: ${s.trainees} trainees; passed ${s.verdicts.passed}, not passed ${s.verdicts['not-passed']}, incomplete ${s.verdicts.incomplete}; mean overall ${s.distributions.total.mean ?? '-'}%`,
  );
for (const p of report.problems) console.log(`  ${problemText(t, p)}`);
console.log(`Written: ${['class-report.csv', 'class-report-summary.csv', 'class-report.html'].map((f) => path.join(outDir, f)).join(', ')}`);
process.exitCode = report.files > 0 && trainees === 0 && report.problems.length === report.files ? 1 : 0;
