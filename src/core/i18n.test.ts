import { describe, expect, it } from 'vitest';
import { fileResources } from '../../tests/resources.ts';
import { createI18n, loadStoryTranslations, storyText, useLanguage } from './i18n.ts';

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
