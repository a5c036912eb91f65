/**
 * End to end in a real Chromium against the production build: fresh load,
 * choose Russian, play departure-gate to its debrief with the keyboard only,
 * reload in the middle and resume exactly, and no console errors.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { decodeLog, encodeLog, seedOf } from '../../src/core/decision-log.ts';
import { playBestByActions } from '../best-play.ts';
import { compileReal } from '../helpers.ts';
import { cspViolations, freshPage, pressBest, shot, tabTo, toChoices } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the story panel shows: line ids and choice ids. */
async function storyState(page: Page) {
  return page.evaluate(() => ({
    lines: [...document.querySelectorAll('#story-lines [data-line-id]')].map((e) => e.getAttribute('data-line-id')),
    choices: [...document.querySelectorAll('#choices [data-choice]')].map((e) => e.getAttribute('data-choice')),
    text: document.querySelector('#story-lines')?.textContent ?? '',
  }));
}

/** The options of every decision as they were shown (to compare with the debrief). */
const shownOrders: string[][] = [];

/** Press the digit key of the best-scored option on offer (keys follow the shown, shuffled order). */
async function chooseBestByKey(page: Page): Promise<string> {
  const { chosen, shown } = await pressBest(page, 'departure-gate');
  if (shown.length > 1) shownOrders.push(shown);
  return chosen;
}

describe('departure-gate in Russian, keyboard only', () => {
  it('plays to the debrief, survives a reload mid-way, and logs no console errors', async () => {
    const base = inject('baseUrl');
    const { page, errors } = await freshPage(browser);
    // Every request the page makes (scripts, stories, translations, art, sound; a reload): none may leave the origin.
    const offOrigin: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(base).origin) offOrigin.push(r.url());
    });
    await page.goto(base);
    await page.waitForSelector('#title-language');
    await shot(page, '01-title-en');

    // Choose Russian with the keyboard.
    await tabTo(page, '#title-language');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.waitForFunction(() => /[а-я]/i.test(document.querySelector('#title-start')?.textContent ?? ''));
    await tabTo(page, '#title-name');
    await page.keyboard.type('Курсант 7');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#scenario-list');
    await shot(page, '02-select-ru');

    await tabTo(page, '[data-start="departure-gate"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#content-begin');
    await shot(page, '03-content-note-ru');
    await tabTo(page, '#content-begin');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#story-lines p');
    // Let Phaser load and draw the scene behind the text.
    await page.waitForSelector('#stage canvas', { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await shot(page, '04-play-ru');

    // The notebook, by keyboard: N opens, Space marks the focused indicator, Escape closes.
    await page.keyboard.press('n');
    await page.waitForSelector('#notebook:not([hidden])');
    await page.keyboard.press('Space');
    await shot(page, '05-notebook-ru');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#notebook[hidden]', { state: 'attached' });

    const chosen: string[] = [];
    for (let i = 0; i < 3; i++) chosen.push(await chooseBestByKey(page));
    await toChoices(page);
    const beforeReload = await storyState(page);
    expect(beforeReload.text).toMatch(/[а-я]/i);

    await page.reload();
    await page.waitForSelector('#story-lines p');
    await toChoices(page);
    const afterReload = await storyState(page);
    expect(afterReload.lines).toEqual(beforeReload.lines);
    expect(afterReload.choices).toEqual(beforeReload.choices);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('#notebook-button').textContent()).toContain('(1)');
    await shot(page, '06-resumed-ru');

    // Play on to an ending.
    for (let i = 0; i < 30 && (await toChoices(page), (await storyState(page)).choices.length > 0); i++) chosen.push(await chooseBestByKey(page));
    await toChoices(page);
    expect((await storyState(page)).choices).toEqual([]);
    await shot(page, '07-ending-ru');
    // The notebook is closed to changes at the ending.
    await page.keyboard.press('n');
    await page.waitForSelector('#notebook:not([hidden])');
    expect(await page.locator('#notebook input[type="checkbox"]:not([disabled])').count()).toBe(0);
    expect(await page.locator('.notebook-locked').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#notebook[hidden]', { state: 'attached' });
    await tabTo(page, '#to-debrief');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#debrief-scores');
    await shot(page, '08-debrief-ru');
    // The debrief lists each decision's options in the order they were shown.
    const debriefOrders = await page.evaluate(() =>
      [...document.querySelectorAll('#debrief-decisions .decision')].map((d) =>
        [...d.querySelectorAll('.options-shown [data-option]')].map((o) => o.getAttribute('data-option')),
      ),
    );
    expect(debriefOrders).toEqual(shownOrders);

    const debrief = await page.evaluate(() => ({
      heading: document.querySelector('#debrief-heading')?.textContent ?? '',
      decisions: document.querySelectorAll('#debrief-decisions .decision').length,
      total: document.querySelector('[data-dimension="total"] .score-value')?.textContent ?? '',
      outcome: document.querySelector('#debrief-outcome')?.textContent ?? '',
    }));
    expect(debrief.heading).toMatch(/[а-я]/i);
    expect(debrief.outcome).toMatch(/[а-я]/i);
    expect(debrief.decisions).toBeGreaterThanOrEqual(8);
    expect(debrief.total).toMatch(/\d+/);
    // The whole page never showed a raw translation key.
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\b(debrief|play|select|indicator|scenario)\.[a-z]/);

    // Export: a JSON file whose log replays to the same result.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#debrief-export')]);
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(exported).toMatchObject({ format: 'safe-passage-result', scenario: 'departure-gate', trainee: 'Курсант 7', language: 'ru' });
    expect(exported.log.split('|').filter((a: string) => a.startsWith('c:'))).toEqual(chosen.map((c) => `c:${c}`));
    expect(debrief.total).toContain(String(Math.abs(exported.result.total.points)));
    // Best choices all the way: no critical error, and the verdict on screen is the exported one.
    expect(exported.result.critical).toEqual([]);
    expect(await page.locator(`#debrief-verdict.verdict-${exported.result.verdict}`).count()).toBe(1);
    // The same run played in Node through actions alone (same seed, same strategy) exports the same log and result.
    const { json, manifest } = compileReal('departure-gate');
    const node = playBestByActions(json, manifest, seedOf(decodeLog(exported.log))).session;
    expect(exported.log).toBe(encodeLog(node.log));
    expect(exported.result).toEqual(JSON.parse(JSON.stringify(node.result())));

    // A reload on the debrief comes back to the debrief.
    await page.reload();
    await page.waitForSelector('#debrief-scores');
    expect(await page.locator('#debrief-outcome').textContent()).toBe(debrief.outcome);

    // Print view: the debrief only, on white.
    await page.emulateMedia({ media: 'print' });
    await shot(page, '09-debrief-print');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.debrief-buttons')!).display)).toBe('none');
    // The whole run, Phaser and sound included, under the production Content Security Policy: no violation,
    // and the score bars keep their widths (set through the CSSOM, not a style attribute).
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toMatch(
      /script-src 'self';/,
    );
    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
    const widths = await page.evaluate(() => [...document.querySelectorAll('.score .fill')].map((f) => (f as HTMLElement).style.width));
    expect(widths.length).toBeGreaterThan(0);
    widths.forEach((w) => expect(w).toMatch(/^\d+%$/));

    // A finished run shows as completed, with its result, on the list and the title screen; the tab title is Russian.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.title()).toMatch(/[а-я]/i);
    await page.click('#debrief-list');
    await page.waitForSelector('[data-scenario="departure-gate"] [data-outcome]');
    expect(await page.locator('[data-scenario="departure-gate"] [data-outcome]').getAttribute('data-outcome')).toBe(exported.result.verdict);
    expect(await page.locator('[data-debrief="departure-gate"]').count()).toBe(1);
    expect(await page.locator('[data-scenario="departure-gate"] [data-start]').textContent()).toMatch(/[а-я]/i);
    // "Play again" and then "Back" on the content note: the finished result is still there (it once went at the
    // first press). It goes only when the new run begins.
    const outcomeSaved = () =>
      page.evaluate(() => (JSON.parse(localStorage.getItem('safe-passage.save.departure-gate') ?? '{}') as { outcome?: unknown }).outcome !== undefined);
    await page.click('[data-scenario="departure-gate"] [data-start]');
    await page.waitForSelector('#content-begin');
    expect(await outcomeSaved()).toBe(true);
    await page.click('#content-back');
    await page.waitForSelector('[data-scenario="departure-gate"] [data-outcome]');
    expect(await outcomeSaved()).toBe(true);
    await page.click('#select-back');
    await page.waitForSelector('#title-last');
    expect(await page.locator('#title-resume').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
