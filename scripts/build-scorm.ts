/**
 * `npm run build:scorm [-- --scenarios hotline,farm-call] [--lang ru] [--out file.zip]`
 *
 * Builds the game and packs it as a SCORM 1.2 zip for an LMS (Moodle:
 * Add an activity > SCORM package). One SCO per scenario (all by default);
 * `--lang` opens them in that language. See README, "Moodle (SCORM 1.2)".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { listFiles, scormManifest, zipPackage } from '../src/build/scorm-package.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { scenarios: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } } });
const lang = values.lang ?? 'en';
const ui = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, 'ui.json'), 'utf8')) as Record<string, string>;
const all = fs
  .readdirSync(path.join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => path.basename(f, '.ink'))
  .sort();
const chosen = values.scenarios ? values.scenarios.split(',').map((s) => s.trim()) : all;
const unknown = chosen.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`No such scenario: ${unknown.join(', ')}. There are: ${all.join(', ')}.`);
  process.exit(1);
}
const outDir = path.join(ROOT, '.cache/scorm-build');
await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const manifest = scormManifest({
  title: ui['app.title'] ?? 'Safe Passage',
  items: chosen.map((s) => ({ scenario: s, title: ui[`scenario.${s}.title`] ?? s })),
  files: listFiles(outDir),
  lang: values.lang,
});
const out = path.resolve(values.out ?? path.join(ROOT, 'dist-scorm', `safe-passage-scorm12${values.lang ? `-${values.lang}` : ''}.zip`));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, await zipPackage(outDir, manifest));
console.log(
  `SCORM 1.2 package: ${path.relative(process.cwd(), out)} (${chosen.length} scenarios: ${chosen.join(', ')}; ${(fs.statSync(out).size / 1e6).toFixed(1)} MB)`,
);
