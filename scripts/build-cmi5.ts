/**
 * `[LRS_ORIGINS=https://lrs.example.org] npm run build:cmi5 [-- --scenarios hotline,farm-call] [--lang ru] [--base IRI] [--out file.zip]`
 *
 * Builds the game and packs it as a cmi5 zip (cmi5.xml at its root) for an
 * LMS that imports cmi5 courses. One AU per scenario (all by default),
 * opening in `--lang` (English by default). The build's security policy lets
 * the game talk to its own origin and to the LRS_ORIGINS only: an LMS whose
 * LRS is on another origin needs it listed. See README, "xAPI and cmi5".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { compileStory } from '../src/build/compile-story.ts';
import { cmi5CourseStructure } from '../src/build/cmi5-package.ts';
import { zipPackage } from '../src/build/scorm-package.ts';
import { lrsOrigins } from '../src/build/vite-plugin-ink.ts';
import { SEED_FILES } from '../src/core/sources.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { scenarios: { type: 'string' }, lang: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' } } });
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
// Checked before the build (a bad origin stops it there too, with the same message).
const origins = lrsOrigins(process.env.LRS_ORIGINS);
const passMark = (s: string) => {
  const file = path.join('stories', `${s}.ink`);
  return compileStory(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), SEED_FILES).manifest.meta.passMark ?? 70;
};
const outDir = path.join(ROOT, '.cache/cmi5-build');
await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const structure = cmi5CourseStructure({
  title: ui['app.title'] ?? 'Safe Passage',
  description: ui['app.tagline'] ?? 'Safe Passage',
  base: values.base ?? 'https://safe-passage.invalid/xapi',
  lang,
  items: chosen.map((s) => ({ scenario: s, title: ui[`scenario.${s}.title`] ?? s, description: ui[`scenario.${s}.summary`] ?? s, passMark: passMark(s) })),
});
const out = path.resolve(values.out ?? path.join(ROOT, 'dist-cmi5', `safe-passage-cmi5-${lang}.zip`));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, await zipPackage(outDir, structure, 'cmi5.xml'));
console.log(`cmi5 package: ${path.relative(process.cwd(), out)} (${chosen.length} AUs: ${chosen.join(', ')}; ${(fs.statSync(out).size / 1e6).toFixed(1)} MB)`);
console.log(
  origins.length
    ? `LRS origins allowed: ${origins.join(', ')}`
    : 'No LRS_ORIGINS: the game can reach an LRS on its own origin only (e.g. an LMS that serves both the package and its LRS).',
);
