/**
 * Translations bundled into the page's own script, for the offline build
 * (`vite.offline.config.ts` puts this module in place of `resources.ts`): a
 * page opened from a folder or a USB stick (file://) cannot fetch files.
 * Loaded lazily all the same, so a language costs nothing until it is chosen.
 */
import type { Language, Resources, ResourceSource } from '../core/i18n.ts';

const FILES = import.meta.glob<Resources>('../../locales/*/**/*.json', { import: 'default' });

/** Same shape and paths as `browserResources()` in resources.ts. */
export function browserResources(): ResourceSource {
  const get = (path: string): Promise<Resources> => {
    const load = FILES[path];
    return load ? load() : Promise.reject(new Error(`no such resource: ${path}`));
  };
  return {
    ui: (lang: Language) => get(`../../locales/${lang}/ui.json`),
    standards: (lang: Language) => get(`../../locales/${lang}/standards.json`),
    story: async (lang: Language, scenario: string) => {
      const path = `../../locales/${lang}/stories/${scenario}.json`;
      return path in FILES ? get(path) : undefined;
    },
  };
}
