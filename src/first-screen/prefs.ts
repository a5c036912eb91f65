/**
 * The settings the first screen needs (language, text size, reduced motion,
 * shortcuts), read from the stored preferences without the game's
 * validation library.
 * It reads them only when the game would read them the same way and say
 * nothing about them: any stored value the game would find unreadable (and
 * set aside, with a notice) makes it give way to the game. The two readings
 * are compared in prefs.test.ts over generated values.
 */
import { ROLES } from '../core/vocabulary.ts';

/** Copies of LANGUAGES (core/i18n.ts) and TEXT_SIZES (ui/preferences.ts), which import libraries; kept equal by prefs.test.ts. */
export const FIRST_SCREEN_LANGUAGES = ['en', 'ru'] as const;
export const FIRST_SCREEN_TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;

export interface FirstScreenPrefs {
  language: string;
  textSize: string;
  reducedMotion: boolean;
  /** Single-key shortcuts on the play screen (ui/preferences.ts). */
  shortcuts: boolean;
}

const oneOf = (list: readonly string[]) => (x: unknown) => typeof x === 'string' && list.includes(x);
const isBoolean = (x: unknown) => typeof x === 'boolean';
const isString = (x: unknown) => typeof x === 'string';

/** Each stored field and what the game accepts for it (ui/preferences.ts, FIELDS). */
const FIELDS: Record<string, (x: unknown) => boolean> = {
  language: oneOf(FIRST_SCREEN_LANGUAGES),
  role: oneOf(['any', ...ROLES]),
  name: isString,
  organisation: isString,
  textSize: oneOf(FIRST_SCREEN_TEXT_SIZES),
  reducedMotion: isBoolean,
  volume: (x) => typeof x === 'number' && x >= 0 && x <= 1,
  muted: isBoolean,
  shortcuts: isBoolean,
};

/**
 * The preferences as the game will read them, or undefined if the game would find something in `stored`
 * unreadable. `stored` is the stored text (null: none yet); `env` gives the defaults as the game does.
 */
export function readFirstScreenPrefs(stored: string | null, env: { languages: readonly string[]; reducedMotion: boolean }): FirstScreenPrefs | undefined {
  const prefs: FirstScreenPrefs = {
    language: env.languages.map((l) => l.slice(0, 2)).find(oneOf(FIRST_SCREEN_LANGUAGES)) ?? 'en',
    textSize: 'normal',
    reducedMotion: env.reducedMotion,
    shortcuts: true,
  };
  if (stored === null) return prefs;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const fields = raw as Record<string, unknown>;
  for (const [field, valid] of Object.entries(FIELDS)) {
    if (Object.prototype.hasOwnProperty.call(fields, field) && !valid(fields[field])) return undefined;
  }
  const has = (f: string) => Object.prototype.hasOwnProperty.call(fields, f);
  return {
    language: has('language') ? (fields.language as string) : prefs.language,
    textSize: has('textSize') ? (fields.textSize as string) : prefs.textSize,
    reducedMotion: has('reducedMotion') ? (fields.reducedMotion as boolean) : prefs.reducedMotion,
    shortcuts: has('shortcuts') ? (fields.shortcuts as boolean) : prefs.shortcuts,
  };
}
