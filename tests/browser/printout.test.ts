/**
 * The printed debrief, as a supervisor receives it: printed to PDF by
 * Chromium on A4 and Letter, in English and Russian, and read back as text.
 * It has a header (trainee, organisation, scenario, date, time, result),
 * each decision with the situation it answered, and a line to sign; no
 * toolbar or settings; bars that print in black and white.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  {
    language: 'en',
    format: 'A4',
    // The organisation kept from an earlier run, or typed on the debrief and printed at once (without leaving the field).
    organisation: 'kept',
    words: {
      header: ['Trainee', 'Organisation or class', 'Scenario', 'Date', 'Time', 'Result'],
      situation: 'Situation:',
      sign: 'Signature:',
      settings: 'Settings',
    },
  },
  {
    language: 'ru',
    format: 'Letter',
    organisation: 'typed',
    words: {
      header: ['Слушатель', 'Организация или группа', 'Сценарий', 'Дата', 'Время', 'Результат'],
      situation: 'Ситуация:',
      sign: 'Подпись:',
      settings: 'Настройки',
    },
  },
] as const;

describe.each(CASES)('the printed debrief in $language on $format', ({ language, format, organisation, words }) => {
  it('has its header, the situation of each decision, a line to sign, and nothing of the screen', async () => {
    const prefs = JSON.stringify({ language, name: 'Aigul Sarsenova', ...(organisation === 'kept' ? { organisation: 'Border Academy, group 3' } : {}) });
    const { page, errors } = await freshPage(
      browser,
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', ${JSON.stringify(prefs)}); }`,
    );
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    for (let i = 0; i < 3; i++) await pressBest(page, 'farm-call');
    await page.click('#leave-button');
    await page.click('#leave-debrief');
    await page.waitForSelector('#debrief-header');
    if (organisation === 'typed') await page.locator('#debrief-organisation').pressSequentially('Border Academy, group 3');

    // Bars in black and white: a white track with a dark outline, a grey fill.
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.app-header')!).display,
      buttons: getComputedStyle(document.querySelector('.debrief-buttons')!).display,
    }));
    expect(look).toEqual({ header: 'none', buttons: 'none' });

    const pdf = await page.pdf({ format, printBackground: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(doc, { mergePages: true });
    for (const label of words.header) expect(text).toContain(label);
    expect(text).toContain('Aigul Sarsenova');
    expect(text).toContain('Border Academy, group 3');
    expect(text.split(words.situation).length - 1).toBe(3);
    expect(text).toContain(words.sign);
    expect(text).not.toContain(words.settings);
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the time on the printed debrief', () => {
  it('is the time spent playing, over both sittings of a run resumed hours later, not the hours in between', async () => {
    const { page, errors } = await freshPage(browser);
    const context = page.context();
    await page.clock.setSystemTime(new Date('2026-12-04T09:10:00'));
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await pressBest(page, 'farm-call');
    await page.close();
    // After lunch: the same browser, the run resumed from the device.
    const later = await context.newPage();
    later.on('pageerror', (e) => errors.push(e.message));
    await later.clock.setSystemTime(new Date('2026-12-04T13:40:00'));
    await later.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await later.waitForSelector('#story-lines p');
    await pressBest(later, 'farm-call');
    await later.click('#leave-button');
    await later.click('#leave-debrief');
    await later.waitForSelector('#debrief-header');
    const time = await later.locator('#debrief-header dd').nth(4).textContent();
    expect(time).toMatch(/^09:10–13:4\d, (\d+) min of play$/);
    expect(Number(/(\d+) min/.exec(time!)![1])).toBeLessThanOrEqual(3); // seconds of play here, not 270 minutes
    // English dates day first: 4 December is 04/12/2026, not 12/4/2026.
    expect(await later.locator('#debrief-header dd').nth(3).textContent()).toBe('04/12/2026');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('score bars in print', () => {
  it('print their track white and their fill grey, so 0% is an empty bar, not a black one', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    // Play to an ending (the best options), then look at the debrief as printed.
    for (let i = 0; i < 30 && (await page.locator('#to-debrief').count()) === 0; i++) await pressBest(page, 'departure-gate');
    await page.click('#to-debrief');
    await page.waitForSelector('.score .bar');
    await page.emulateMedia({ media: 'print' });
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll('.score .bar')].map((b) => ({
        track: getComputedStyle(b).backgroundColor,
        fill: getComputedStyle(b.querySelector('.fill')!).backgroundColor,
      })),
    );
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(b).toEqual({ track: 'rgb(255, 255, 255)', fill: 'rgb(119, 119, 119)' });
    await page.context().close();
  });
});
