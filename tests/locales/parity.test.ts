/**
 * Translations are complete and tidy: every UI key and every story line,
 * choice and feedback has a translation in every language, with the same
 * placeholders, and no key is orphaned. Failures name the file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITICAL_ERRORS } from '../../src/core/critical-errors.ts';
import { LANGUAGES } from '../../src/core/i18n.ts';
import { INDICATOR_IDS } from '../../src/core/indicators.ts';
import { STANDARDS } from '../../src/core/standards.ts';
import { lintStory } from '../../src/core/build-time/story-lint.ts';
import { parseChoiceTags } from '../../src/core/tags.ts';
import { CHARACTERS, CONTENT_NOTES, DIMENSIONS, ROLES } from '../../src/core/vocabulary.ts';
import { ROOT, storyIds } from '../helpers.ts';

const readJson = (rel: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const OTHER_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');

describe('UI strings', () => {
  const en = readJson('locales/en/ui.json');

  it('cover every registry entry and every scenario card', () => {
    const needed = [
      ...INDICATOR_IDS.map((i) => `indicator.${i}`),
      ...Object.keys(CRITICAL_ERRORS).map((c) => `critical.${c}`),
      ...ROLES.map((r) => `role.${r}`),
      ...CONTENT_NOTES.map((n) => `note.${n}`),
      ...CHARACTERS.map((c) => `speaker.${c}`),
      ...DIMENSIONS.map((d) => `debrief.dimension.${d}`),
      ...storyIds().flatMap((id) => ['title', 'summary', 'setting'].map((k) => `scenario.${id}.${k}`)),
    ];
    expect(needed.filter((k) => !(k in en))).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s has exactly the English keys, non-empty, with the same placeholders', (lang) => {
    const other = readJson(`locales/${lang}/ui.json`);
    expect(
      Object.keys(en).filter((k) => !(k in other)),
      'missing keys',
    ).toEqual([]);
    expect(
      Object.keys(other).filter((k) => !(k in en)),
      'orphan keys',
    ).toEqual([]);
    for (const [k, v] of Object.entries(en)) {
      if (v !== '') expect(other[k], `locales/${lang}/ui.json: "${k}" is empty`).not.toBe('');
      expect(placeholders(other[k] ?? ''), `locales/${lang}/ui.json: "${k}" placeholders`).toEqual(placeholders(v));
    }
  });

  it.each(OTHER_LANGUAGES)('%s translates every standard in the registry, and nothing else', (lang) => {
    const std = readJson(`locales/${lang}/standards.json`);
    expect(
      Object.keys(STANDARDS).filter((k) => !(k in std)),
      'missing standards',
    ).toEqual([]);
    expect(
      Object.keys(std).filter((k) => !(k in STANDARDS)),
      'orphan standards',
    ).toEqual([]);
    for (const [k, v] of Object.entries(std)) expect(v.trim(), `standard ${k}`).not.toBe('');
  });
});

describe.each(storyIds())('story translations of %s', (id) => {
  const file = `stories/${id}.ink`;
  const lint = lintStory(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), id);
  // Every key a translation must have: each id, and `<id>@feedback` for choices with feedback.
  const expected = new Map<string, number>();
  for (const item of lint.items) {
    if (!item.id) continue;
    expected.set(item.id, item.line);
    if (item.kind === 'choice' && parseChoiceTags(item.tags).value.feedback) expected.set(`${item.id}@feedback`, item.line);
  }

  it.each(OTHER_LANGUAGES)('%s: every id has a translation and no key is orphaned', (lang) => {
    const rel = `locales/${lang}/stories/${id}.json`;
    expect(fs.existsSync(path.join(ROOT, rel)), `${rel} is missing`).toBe(true);
    const tr = readJson(rel);
    const missing = [...expected]
      .filter(([k]) => !(k in tr) || tr[k]!.trim() === '')
      .map(([k, line]) => `${file}:${line}: "${k}" has no ${lang} translation in ${rel}`);
    const orphans = Object.keys(tr)
      .filter((k) => !expected.has(k))
      .map((k) => `${rel}: "${k}" is not in ${file}`);
    expect(missing).toEqual([]);
    expect(orphans).toEqual([]);
  });
});
