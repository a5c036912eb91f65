/**
 * Trainee preferences and profile, kept on the device: language, role,
 * name or pseudonym, text size, reduced motion, volume and mute.
 */
import * as v from 'valibot';
import { LANGUAGES, isLanguage, type Language } from '../core/i18n.ts';
import { ROLES, type Role } from '../core/vocabulary.ts';
import type { KeyValueStore } from './storage.ts';

/** A name as one line of sensible length: control characters (newlines, tabs, escapes) become spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 80);

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Preferences {
  language: Language;
  role: Role | 'any';
  name: string;
  /** Organisation or class, optional, printed on the debrief. */
  organisation: string;
  textSize: TextSize;
  reducedMotion: boolean;
  volume: number;
  muted: boolean;
  /** Single-key shortcuts (1-9, N) on the play screen; can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
}

const KEY = 'prefs';

/** Defaults: the browser's language if supported, and its reduced-motion setting. */
export function defaultPreferences(env: { languages?: readonly string[]; reducedMotion?: boolean } = {}): Preferences {
  const lang = (env.languages ?? []).map((l) => l.slice(0, 2)).find(isLanguage) ?? 'en';
  return {
    language: lang,
    role: 'any',
    name: '',
    organisation: '',
    textSize: 'normal',
    reducedMotion: env.reducedMotion ?? false,
    volume: 0.6,
    muted: false,
    shortcuts: true,
  };
}

/** One schema per field: a bad field falls back to its default without losing the others. */
const FIELDS: { [K in keyof Preferences]: v.GenericSchema<unknown, Preferences[K]> } = {
  language: v.picklist(LANGUAGES),
  role: v.picklist(['any', ...ROLES] as const),
  // A name is shown on the debrief and printouts: keep it to one line of sensible length.
  name: v.pipe(v.string(), v.transform(oneLine)),
  organisation: v.pipe(v.string(), v.transform(oneLine)),
  textSize: v.picklist(TEXT_SIZES),
  reducedMotion: v.boolean(),
  volume: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  muted: v.boolean(),
  shortcuts: v.boolean(),
};

/** What reading the stored preferences found. */
export interface LoadedPreferences {
  prefs: Preferences;
  /** The stored text, if it was not readable as a whole or in part (set it aside). */
  unreadable?: { value: string; reason: string };
}

/** Read preferences, keeping defaults for anything missing or invalid, and saying what was not readable. */
export function loadPreferences(store: KeyValueStore, defaults: Preferences): LoadedPreferences {
  const text = store.get(KEY);
  if (text === null) return { prefs: { ...defaults } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { prefs: { ...defaults }, unreadable: { value: text, reason: 'preferences: not valid JSON' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { prefs: { ...defaults }, unreadable: { value: text, reason: 'preferences: not an object' } };
  }
  const prefs = { ...defaults } as Record<keyof Preferences, unknown>;
  const bad: string[] = [];
  for (const [field, schema] of Object.entries(FIELDS) as [keyof Preferences, v.GenericSchema][]) {
    if (!Object.prototype.hasOwnProperty.call(raw, field)) continue; // missing: a default, not an error
    const parsed = v.safeParse(schema, (raw as Record<string, unknown>)[field]);
    if (parsed.success) prefs[field] = parsed.output;
    else bad.push(field);
  }
  return { prefs: prefs as Preferences, unreadable: bad.length ? { value: text, reason: `preferences: invalid ${bad.join(', ')}` } : undefined };
}

/** Persist preferences. */
export function savePreferences(store: KeyValueStore, prefs: Preferences): void {
  store.set(KEY, JSON.stringify(prefs));
}
