/**
 * The first screen's reading of the stored preferences against the game's
 * (ui/preferences.ts, with its validation library), over generated values:
 * the first screen draws only when the game will read the settings the same
 * way and find nothing to set aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../core/i18n.ts';
import { ROLES } from '../core/vocabulary.ts';
import { defaultPreferences, loadPreferences, TEXT_SIZES } from '../ui/preferences.ts';
import type { KeyValueStore } from '../ui/storage.ts';
import { FIRST_SCREEN_LANGUAGES, FIRST_SCREEN_TEXT_SIZES, readFirstScreenPrefs } from './prefs.ts';

const storeWith = (text: string | null): KeyValueStore =>
  ({ get: (k: string) => (k === 'prefs' ? text : null), set: () => true, remove: () => undefined, persistent: true }) as unknown as KeyValueStore;

/** Values a field could hold: right ones, wrong types, out of range. */
const anyValue = fc.oneof(
  fc.constantFrom(...LANGUAGES, 'de', 'EN', '', ...TEXT_SIZES, 'huge', 'any', ...ROLES, 'chief'),
  fc.boolean(),
  // Numbers near the edges of the volume's range (fast-check's doubles lean to tiny values).
  fc.constantFrom(-0.5, -0.0001, 0, 0.5, 1, 1.0001, 1.5, 100),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
);
/** Values the game accepts, field by field (any subset of the fields may be stored). */
const validFields = fc.record(
  {
    language: fc.constantFrom(...LANGUAGES),
    role: fc.constantFrom('any', ...ROLES),
    name: fc.string({ maxLength: 5 }),
    organisation: fc.string({ maxLength: 5 }),
    textSize: fc.constantFrom(...TEXT_SIZES),
    reducedMotion: fc.boolean(),
    volume: fc.double({ min: 0, max: 1, noNaN: true }),
    muted: fc.boolean(),
    shortcuts: fc.boolean(),
  },
  { requiredKeys: [] },
);
const FIELDS = ['language', 'role', 'name', 'organisation', 'textSize', 'reducedMotion', 'volume', 'muted', 'shortcuts', 'other'];
/** Stored text: good settings with, often, one field set to anything at all; or text that is not settings. */
const storedText = fc.oneof(
  fc.constant(null),
  fc
    .tuple(validFields, fc.option(fc.tuple(fc.constantFrom(...FIELDS), anyValue), { freq: 3 }))
    .map(([fields, odd]) => JSON.stringify(odd ? { ...fields, [odd[0]]: odd[1] } : fields)),
  fc.constantFrom('{', '[]', '"en"', 'null', '42', ''),
);
const env = fc.record({ languages: fc.array(fc.constantFrom('ru-RU', 'en-GB', 'kk-KZ', 'de'), { maxLength: 3 }), reducedMotion: fc.boolean() });

describe('first screen preferences', () => {
  it('keeps the same languages and text sizes as the game', () => {
    expect([...FIRST_SCREEN_LANGUAGES]).toEqual([...LANGUAGES]);
    expect([...FIRST_SCREEN_TEXT_SIZES]).toEqual([...TEXT_SIZES]);
  });

  it('reads stored preferences exactly when the game reads them without setting anything aside, and reads them alike', () => {
    let accepted = 0;
    fc.assert(
      fc.property(storedText, env, (text, e) => {
        const ours = readFirstScreenPrefs(text, e);
        if (ours && text !== null) accepted++;
        const game = loadPreferences(storeWith(text), defaultPreferences(e));
        expect(ours !== undefined).toBe(game.unreadable === undefined);
        if (ours)
          expect(ours).toEqual({
            language: game.prefs.language,
            textSize: game.prefs.textSize,
            reducedMotion: game.prefs.reducedMotion,
            shortcuts: game.prefs.shortcuts,
          });
      }),
      { numRuns: 2000 },
    );
    // Both sides of the rule were tried: stored settings read, and stored settings refused.
    expect(accepted).toBeGreaterThan(200);
  });
});
