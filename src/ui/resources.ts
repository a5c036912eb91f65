/**
 * Translations in the browser: each JSON file under `locales/` ships as a hashed
 * file and is fetched when a language or scenario needs it. fetch (unlike a
 * dynamic import, whose failure the browser remembers for the page's life)
 * really downloads again on a retry, so a language or scenario that failed
 * offline loads once the network is back.
 */
import type { Language, Resources, ResourceSource } from '../core/i18n.ts';

const URLS = import.meta.glob<string>('../../locales/*/**/*.json', { query: '?url', import: 'default', eager: true });

/** Fetch a JSON resource; after a failure, the next call bypasses the HTTP cache. */
async function fetchJson(path: string, retry: boolean): Promise<Resources> {
  const url = URLS[path];
  if (!url) throw new Error(`no such resource: ${path}`);
  const response = await fetch(url, { cache: retry ? 'reload' : 'default' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Resources;
}

/** The browser's resource source: fetches, and fetches again after a failure. */
export function browserResources(): ResourceSource {
  const failed = new Set<string>();
  const get = async (path: string) => {
    try {
      const data = await fetchJson(path, failed.has(path));
      failed.delete(path);
      return data;
    } catch (e) {
      failed.add(path);
      throw e;
    }
  };
  return {
    ui: (lang: Language) => get(`../../locales/${lang}/ui.json`),
    standards: (lang: Language) => get(`../../locales/${lang}/standards.json`),
    story: async (lang: Language, scenario: string) => {
      const path = `../../locales/${lang}/stories/${scenario}.json`;
      return path in URLS ? get(path) : undefined;
    },
  };
}
