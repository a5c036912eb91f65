/**
 * Evidence in a real Chromium: in departure-gate, the stack of passports the
 * escort lays on the counter can be opened from the button after the line,
 * with the E key and by clicking the object on the stage; the dialog reads
 * the document, zooms, is axe-clean, and leads to the notebook; a note taken
 * from there counts in the debrief.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { violations } from './axe.ts';
import { freshPage, pressBest, shot } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Play the best options until the line that shows the passports is on screen. */
async function toPassports(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if (await page.locator('[data-line-id="dg-017"]').count()) return;
    await pressBest(page, 'departure-gate');
  }
  throw new Error('dg-017 never appeared');
}

describe('evidence', () => {
  it('opens by button, key and stage object, reads, zooms, leads to the notebook, and the note counts', async () => {
    // Reduced motion: the stage draws at once. A tall window, so the picture has room for the objects.
    const { page, errors } = await freshPage(
      browser,
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', JSON.stringify({ reducedMotion: true })); }`,
      { bypassCSP: true },
    );
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate&lang=ru`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await toPassports(page);

    // 1. The button after the line: the document in Russian, with its kind; zoom; axe-clean.
    const button = page.locator('.evidence-open[data-evidence="stack-dg"]');
    expect(await button.textContent()).toMatch(/^Открыть: Четыре паспорта/);
    await button.click();
    await page.waitForSelector('#evidence-dialog[open]');
    const doc = page.locator('#evidence-dialog .evidence-doc');
    expect(await doc.textContent()).toContain('туристическая, на тридцать дней');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('evidence-doc'))).toBe(true);
    const small = await doc.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await page.click('#evidence-zoom');
    expect(await page.getAttribute('#evidence-zoom', 'aria-pressed')).toBe('true');
    expect(await doc.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(small * 1.3);
    await shot(page, '30-evidence-dialog-ru');
    expect(await violations(page, 'evidence dialog')).toEqual([]);

    // 2. To the notebook from the document: note what it shows.
    await page.click('#evidence-note');
    await page.waitForSelector('#notebook:not([hidden])');
    await page.check('#note-deception');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#notebook[hidden]', { state: 'attached' });

    // 3. The E key opens it again (physical key: a Russian layout types "у"); Escape closes it.
    await page.focus('#story-lines');
    await page.keyboard.press('KeyE');
    await page.waitForSelector('#evidence-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#evidence-dialog', { state: 'detached' });

    // 4. The object on the stage: clicking it opens the same document.
    await page.waitForFunction(() => JSON.parse(document.getElementById('stage')?.dataset.evidence ?? '[]').length > 0, undefined, { timeout: 30_000 });
    const [rect] = JSON.parse((await page.locator('#stage').getAttribute('data-evidence')) ?? '[]') as {
      id: string;
      x: number;
      y: number;
      width: number;
      height: number;
    }[];
    expect(rect?.id).toBe('stack-dg');
    await shot(page, '31-evidence-on-stage');
    await page.mouse.click(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    await page.waitForSelector('#evidence-dialog[open]');
    await page.click('#evidence-close');

    // 5. Play on to the debrief: the note taken from the document counts as noticed.
    for (let i = 0; i < 20 && !(await page.locator('#to-debrief').count()); i++) await pressBest(page, 'departure-gate');
    await page.click('#to-debrief');
    await page.waitForSelector('#debrief-scores');
    const noticed = await page.locator('[data-group="noticed"]').textContent();
    expect(noticed).toMatch(/обман/i);
    expect(errors).toEqual([]);
  });
});
