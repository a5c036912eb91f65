/**
 * Story translations as files on disk (build and test time): which languages
 * have story files, and one story's texts in one language. English is the
 * stories' own text, so it has no file.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** 'en' plus every language with a `locales/<lang>/stories/` folder. */
export function storyLanguages(root = ROOT): string[] {
  const dir = path.join(root, 'locales');
  const others = fs
    .readdirSync(dir)
    .filter((l) => l !== 'en' && fs.existsSync(path.join(dir, l, 'stories')))
    .sort();
  return ['en', ...others];
}

/** A story's texts in `lang` (id -> text), or undefined for English or a missing file. */
export function readStoryTexts(lang: string, scenario: string, root = ROOT): Record<string, string> | undefined {
  if (lang === 'en') return undefined;
  const file = path.join(root, 'locales', lang, 'stories', `${scenario}.json`);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}
