/**
 * Trainee preferences and profile, kept on the device: language, role,
 * name or pseudonym, text size, reduced motion, volume and mute.
 */
import { isLanguage, type Language } from '../core/i18n.ts';
import { ROLES, isOneOf, type Role } from '../core/vocabulary.ts';
import type { KeyValueStore } from './storage.ts';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Preferences {
  language: Language;
  role: Role | 'any';
  name: string;
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
  return { language: lang, role: 'any', name: '', textSize: 'normal', reducedMotion: env.reducedMotion ?? false, volume: 0.6, muted: false, shortcuts: true };
}

/** Read preferences, keeping defaults for anything missing or invalid. */
export function loadPreferences(store: KeyValueStore, defaults: Preferences): Preferences {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(store.get(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const p = { ...defaults };
  if (isLanguage(raw.language)) p.language = raw.language;
  if (raw.role === 'any' || (typeof raw.role === 'string' && isOneOf(ROLES, raw.role))) p.role = raw.role as Role | 'any';
  if (typeof raw.name === 'string') p.name = raw.name.slice(0, 80);
  if (typeof raw.textSize === 'string' && isOneOf(TEXT_SIZES, raw.textSize)) p.textSize = raw.textSize;
  if (typeof raw.reducedMotion === 'boolean') p.reducedMotion = raw.reducedMotion;
  if (typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1) p.volume = raw.volume;
  if (typeof raw.muted === 'boolean') p.muted = raw.muted;
  if (typeof raw.shortcuts === 'boolean') p.shortcuts = raw.shortcuts;
  return p;
}

/** Persist preferences. */
export function savePreferences(store: KeyValueStore, prefs: Preferences): void {
  store.set(KEY, JSON.stringify(prefs));
}
