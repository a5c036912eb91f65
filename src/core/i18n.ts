/**
 * Translations with i18next. UI strings live in `locales/<lang>/ui.json`;
 * story text is English in the `.ink` files and translated by line id in
 * `locales/<lang>/stories/<scenario>.json`. No DOM here: the same module
 * runs in the browser and in the Node tests.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import enUi from '../../locales/en/ui.json';

/** Languages the game offers. English is the base language of every story. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const BASE_LANGUAGE: Language = 'en';
/** Each language's name in itself, for language menus. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

/**
 * The locale dates and times are written in: English as in Britain (4/12/2026 is 4 December), not the United
 * States' month first, which most of our readers would take for 12 April. Russian as it is.
 */
export const dateLocale = (language: string): string => (language === 'en' ? 'en-GB' : language);

/** True if `x` is a supported language code. */
export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

export type Resources = Record<string, string>;

/**
 * Where the non-English resources come from: in the browser they are
 * fetched (src/ui/resources.ts: a failed download is fetched again, never
 * served from a cache of the failure); in Node tests they are read from
 * `locales/`. English UI strings are bundled; English story text is the
 * story's own.
 */
export interface ResourceSource {
  /** `locales/<lang>/ui.json` */
  ui(language: Language): Promise<Resources>;
  /** `locales/<lang>/standards.json` (titles of the standards registry) */
  standards(language: Language): Promise<Resources>;
  /** `locales/<lang>/stories/<scenario>.json`, or undefined if the language has none for it. */
  story(language: Language, scenario: string): Promise<Resources | undefined>;
}

/** The story namespace of a scenario. */
export const storyNs = (scenario: string) => `story-${scenario}`;

/** Create an i18next instance with English loaded synchronously (no network before the first screen). */
export function createI18n(language: Language = BASE_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: BASE_LANGUAGE,
    ns: ['ui'],
    defaultNS: 'ui',
    // Ids and keys contain dots and colons ("scenario.x.title", "dg-001@feedback"); keep them flat.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    // No console advertisement: the browser tests require a clean console.
    showSupportNotice: false,
    resources: { en: { ui: enUi as Resources } },
  });
  return instance;
}

/**
 * `instance.t` with a quick path for the common cases: a plain UI string, or
 * one whose only markup is `{{name}}` placeholders filled from plain values
 * (`t('play.more', { page, pages })`). The string is read straight from the
 * resources of the current language, else of its fallback (the order i18next
 * itself uses). Anything else - plurals and context (`count`, `context`),
 * other i18next options, formats, nesting, an empty or missing string - goes
 * through i18next. Why: each i18next `t()` runs its whole pipeline (key
 * parsing, interpolation, nesting, post-processing), and the first screens ask
 * for dozens of strings while the page is starting, with that code still cold
 * (the effect is measured in README, Benchmark). The result is the same as
 * `instance.t`'s for every key in every language (src/core/i18n.test.ts).
 */
export function quickT(instance: I18n): TFunction {
  const full = instance.t.bind(instance) as (key: unknown, options?: unknown) => string;
  const quick = (key: unknown, options?: unknown): string => {
    if (typeof key !== 'string' || (options !== undefined && !plainParams(options))) return full(key, options);
    const text = uiString(instance, key);
    if (text === undefined) return full(key, options);
    if (!text.includes('{{')) return text;
    const filled = options === undefined ? undefined : fillPlaceholders(text, options);
    return filled ?? full(key, options);
  };
  return quick as TFunction;
}

/** Options that change how i18next picks or builds a string: never on the quick path. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'ns',
  'lng',
  'lngs',
  'fallbackLng',
  'defaultValue',
  'keyPrefix',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'replace',
]);

/** True for options that are only placeholder values (strings and numbers free of i18next markup). */
function plainParams(options: unknown): options is Record<string, string | number> {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  return Object.entries(options).every(
    ([k, v]) => !I18NEXT_OPTIONS.has(k) && (typeof v === 'number' || (typeof v === 'string' && !v.includes('{{') && !v.includes('$t('))),
  );
}

/** The UI string for `key` in the current language or its fallback; undefined if it is missing, empty, or nests another key. */
function uiString(instance: I18n, key: string): string | undefined {
  for (const lng of instance.languages ?? []) {
    const value: unknown = instance.getResource(lng, 'ui', key);
    if (value === undefined) continue;
    return typeof value === 'string' && value !== '' && !value.includes('$t(') ? value : undefined;
  }
  return undefined;
}

/** `text` with each `{{name}}` replaced by its value; undefined if any placeholder is not that simple or has no value. */
function fillPlaceholders(text: string, params: Record<string, string | number>): string | undefined {
  let complete = true;
  const filled = text.replace(/\{\{(.*?)\}\}/g, (_, name: string) => {
    const value = /^[A-Za-z][A-Za-z0-9]*$/.test(name) && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) complete = false;
    return String(value);
  });
  return complete ? filled : undefined;
}

/** Load a language's UI strings (if not loaded yet) and switch to it. */
export async function useLanguage(instance: I18n, language: Language, source: ResourceSource): Promise<void> {
  if (language !== 'en' && !instance.hasResourceBundle(language, 'ui')) {
    const [ui, standards] = await Promise.all([source.ui(language), source.standards(language)]);
    instance.addResourceBundle(language, 'ui', ui, true, true);
    instance.addResourceBundle(language, 'standards', standards, true, true);
  }
  await instance.changeLanguage(language);
}

/** Load a scenario's story translations for a language (English needs none). */
export async function loadStoryTranslations(instance: I18n, language: Language, scenario: string, source: ResourceSource): Promise<void> {
  if (language === BASE_LANGUAGE || instance.hasResourceBundle(language, storyNs(scenario))) return;
  const texts = await source.story(language, scenario);
  if (!texts) return; // parity tests make sure this never happens for shipped languages
  instance.addResourceBundle(language, storyNs(scenario), texts, true, true);
}

/**
 * Text of a story line or choice in the current language, falling back to
 * the English text from the story itself.
 */
export function storyText(instance: I18n, scenario: string, id: string, english: string): string {
  if (instance.language === BASE_LANGUAGE) return english;
  return instance.t(id, { ns: storyNs(scenario), defaultValue: english });
}
