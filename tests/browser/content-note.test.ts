/**
 * The content note on the screens our users have: at 1024x768 in Russian at
 * extra-large text (a classroom projector) and on a phone, for every
 * scenario, "Begin" and "Back" lie wholly inside the viewport without
 * scrolling, and the note is axe-clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers.ts';
import { violations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { freshPage, shot } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SCENARIOS = fs
  .readdirSync(path.join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => path.basename(f, '.ink'));
const SIZES = [
  { width: 1024, height: 768, language: 'ru', textSize: 'xlarge' },
  { width: 390, height: 844, language: 'ru', textSize: 'large' },
  { width: 1366, height: 768, language: 'en', textSize: 'xlarge' },
] as const;

describe.each(SIZES)('the content note at $width x $height ($language, $textSize text)', ({ width, height, language, textSize }) => {
  it('keeps Begin and Back in view for every scenario', async () => {
    const { page, errors } = await freshPage(
      browser,
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', ${JSON.stringify(JSON.stringify({ language, textSize }))}); }`,
      { bypassCSP: true },
    );
    await page.setViewportSize({ width, height });
    for (const scenario of SCENARIOS) {
      await page.goto(`${inject('baseUrl')}?scenario=${scenario}`);
      await page.waitForSelector('#content-begin');
      const outside = await page.$$eval('#content-begin, #content-back', (buttons) =>
        buttons
          .map((b) => ({ id: b.id, r: b.getBoundingClientRect() }))
          .filter(({ r }) => r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
          .map(({ id }) => id),
      );
      expect(outside, scenario).toEqual([]);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    }
    await shot(page, `content-note-${language}-${textSize}-${width}x${height}`);
    expect(await violations(page, `content note ${width}x${height}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
