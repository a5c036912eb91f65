import { describe, expect, it, vi } from 'vitest';
import { fileResources } from '../../tests/resources.ts';
import { createI18n, loadStoryTranslations, quickT, storyText, useLanguage } from './i18n.ts';

describe('i18n with the real resources', () => {
  it('starts in English synchronously, with story text from the story itself', () => {
    const i18n = createI18n();
    expect(i18n.t('play.leave')).toBe('Leave scene');
    expect(storyText(i18n, 'departure-gate', 'dg-001', 'English text')).toBe('English text');
  });

  it('switches to Russian: UI, standards and story lines by id', async () => {
    const i18n = createI18n();
    await useLanguage(i18n, 'ru', fileResources);
    await loadStoryTranslations(i18n, 'ru', 'departure-gate', fileResources);
    expect(i18n.language).toBe('ru');
    expect(i18n.t('play.leave')).not.toBe('Leave scene');
    expect(i18n.t('play.leave')).toMatch(/[а-яё]/i);
    expect(i18n.t('ohchr-p7', { ns: 'standards' })).toMatch(/[а-яё]/i);
    expect(storyText(i18n, 'departure-gate', 'dg-001', 'English text')).toMatch(/[а-яё]/i);
  });

  it('falls back to the English story text for an unknown id instead of showing a key', async () => {
    const i18n = createI18n();
    await useLanguage(i18n, 'ru', fileResources);
    await loadStoryTranslations(i18n, 'ru', 'departure-gate', fileResources);
    expect(storyText(i18n, 'departure-gate', 'no-such-id', 'Fallback')).toBe('Fallback');
  });
});

describe('quickT: the same strings as i18next, sooner', async () => {
  const [enUi, ruUi] = await Promise.all([fileResources.ui('en'), fileResources.ui('ru')]);
  const keys = [...new Set([...Object.keys(enUi), ...Object.keys(ruUi), 'no.such.key', ''])];

  it('gives what i18next gives for every UI key, in English and in Russian', async () => {
    const i18n = createI18n();
    const t = quickT(i18n);
    for (const key of keys) expect(t(key), key).toBe(i18n.t(key));
    await useLanguage(i18n, 'ru', fileResources);
    for (const key of keys) expect(t(key), key).toBe(i18n.t(key));
    // Back to English: the same function follows the language.
    await useLanguage(i18n, 'en', fileResources);
    expect(t('play.leave')).toBe('Leave scene');
  });

  it('fills {{placeholders}} exactly as i18next does, for every UI string that has them, in both languages', async () => {
    const i18n = createI18n();
    const t = quickT(i18n);
    const check = (ui: Record<string, string>) => {
      let compared = 0;
      for (const [key, text] of Object.entries(ui)) {
        const names = [...text.matchAll(/\{\{(.*?)\}\}/g)].map((m) => m[1]!.trim()).filter((n) => n !== 'count');
        if (names.length === 0) continue;
        // Strings and numbers (a number as i18next prints it), and a value with characters a regex would treat specially.
        const params = Object.fromEntries(names.map((n, i) => [n, i % 2 ? 7.5 : `$& ${n} $1`]));
        expect(t(key, params), key).toBe(i18n.t(key, params));
        // A placeholder left without a value: i18next decides (and the result is still the same).
        expect(t(key, {}), key).toBe(i18n.t(key, {}));
        compared++;
      }
      return compared;
    };
    expect(check(enUi)).toBeGreaterThan(20);
    await useLanguage(i18n, 'ru', fileResources);
    expect(check(ruUi)).toBeGreaterThan(20);
  });

  it('takes the quick path for plain strings only', async () => {
    const i18n = createI18n();
    await useLanguage(i18n, 'ru', fileResources);
    const spy = vi.spyOn(i18n, 't');
    const t = quickT(i18n);
    expect(t('play.leave')).toBe(ruUi['play.leave']);
    expect(spy).not.toHaveBeenCalled();
    const withParam = Object.keys(ruUi).find((k) => /^[^{]*\{\{page\}\}/.test(ruUi[k]!))!;
    expect(t(withParam, { page: 1, pages: 3 })).toMatch(/1/);
    expect(spy).not.toHaveBeenCalled();
    // Plurals and other i18next options, a placeholder without its value, a value with markup and a missing key: i18next decides.
    t('save.full', { count: 2 });
    t('play.leave', { lng: 'en' });
    t(withParam);
    t(withParam, { page: '{{pages}}', pages: 3 });
    t('no.such.key');
    expect(spy).toHaveBeenCalledTimes(5);
  });

  it('falls back to English for a key Russian lacks, and keeps an empty string empty', async () => {
    const i18n = createI18n();
    await useLanguage(i18n, 'ru', fileResources);
    i18n.addResource('en', 'ui', 'only.english', 'Only in English');
    i18n.addResource('ru', 'ui', 'empty.in.russian', '');
    i18n.addResource('en', 'ui', 'empty.in.russian', 'Not empty in English');
    const t = quickT(i18n);
    expect(t('only.english')).toBe('Only in English');
    expect(t('only.english')).toBe(i18n.t('only.english'));
    expect(t('empty.in.russian')).toBe(i18n.t('empty.in.russian'));
  });
});
