/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A/AA rules, any impact) on every
 * screen in a real Chromium, in every language of `LANGUAGES`. Automated checks find a
 * subset of problems; keyboard play is covered by play-through.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGUAGES } from '../../src/core/i18n.ts';
import { launchChromium } from './chromium.ts';
import { violations } from './axe.ts';
import { freshPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Every language the game offers: a new one is checked without editing this file.
describe.each([...LANGUAGES])('accessibility (%s)', (lang) => {
  it('title, class report, list, content note, play, notebook, settings and debrief have no violations', async () => {
    // axe-core is injected as an inline script, which the shipped CSP rightly refuses: let the test tool past it.
    const { page, errors } = await freshPage(browser, undefined, { bypassCSP: true });
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?lang=${lang}`);
    await page.waitForSelector('#title-start');
    found.push(...(await violations(page, 'title')));
    // The class report with no files yet (tests/browser/class-report.test.ts checks it full).
    await page.click('#title-class-report');
    await page.waitForSelector('#report-choose');
    found.push(...(await violations(page, 'class report')));
    await page.click('#report-back');
    await page.waitForSelector('#title-start');
    await page.click('#title-start');
    await page.waitForSelector('#scenario-list');
    found.push(...(await violations(page, 'select')));
    await page.click('[data-start="farm-call"]');
    await page.waitForSelector('#content-begin');
    found.push(...(await violations(page, 'content note')));
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    found.push(...(await violations(page, 'play')));
    await page.click('#notebook-button');
    found.push(...(await violations(page, 'notebook')));
    await page.keyboard.press('Escape');
    await page.click('#settings-button');
    await page.waitForSelector('#settings[open]');
    found.push(...(await violations(page, 'settings')));
    await page.keyboard.press('Escape');
    await page.click('#leave-button');
    await page.click('#leave-debrief');
    await page.waitForSelector('#debrief-scores');
    found.push(...(await violations(page, 'debrief')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
