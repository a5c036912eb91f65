/** Translations read from `locales/` (Node tests): the same files the browser fetches. */
import fs from 'node:fs';
import path from 'node:path';
import type { ResourceSource, Resources } from '../src/core/i18n.ts';

const LOCALES = path.resolve(import.meta.dirname, '../locales');
const read = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(LOCALES, ...parts), 'utf8')) as Resources;

export const fileResources: ResourceSource = {
  ui: async (lang) => read(lang, 'ui.json'),
  standards: async (lang) => read(lang, 'standards.json'),
  story: async (lang, scenario) =>
    fs.existsSync(path.join(LOCALES, lang, 'stories', `${scenario}.json`)) ? read(lang, 'stories', `${scenario}.json`) : undefined,
};
