/**
 * npm run ids [-- stories/x.ink ...]
 * Adds missing #id tags to every story (or the files given). Never renumbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addMissingIds } from '../src/core/build-time/id-assign.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const files = args.length
  ? args
  : fs
      .readdirSync(path.join(root, 'stories'))
      .filter((f) => f.endsWith('.ink'))
      .map((f) => path.join('stories', f));

for (const file of files) {
  const abs = path.resolve(root, file);
  const source = fs.readFileSync(abs, 'utf8');
  const { source: next, added } = addMissingIds(source, path.basename(file, '.ink'));
  if (added.length === 0) {
    console.log(`${file}: every line and choice has an id`);
    continue;
  }
  fs.writeFileSync(abs, next);
  for (const a of added) console.log(`${file}:${a.line}: added #id:${a.id}`);
  console.log(`${file}: ${added.length} id(s) added; add their translations to locales/<lang>/stories/${path.basename(file, '.ink')}.json`);
}
