/**
 * The story prefetch in the production build: a small script file of its own
 * (the page has no inline script), which starts loading the story a direct
 * link opens before the app's own module asks for it, and which ignores a
 * name that is not a scenario.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { cspViolations, freshPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('story prefetch', () => {
  it('preloads the story of a direct link from a script file, under the CSP, with no inline script', async () => {
    const { page, errors } = await freshPage(browser);
    await page.goto(`${inject('baseUrl')}?scenario=hotline`);
    await page.waitForSelector('#content-begin');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')));
    expect(preloads.filter((h) => /story-hotline-/.test(h ?? ''))).toHaveLength(1);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('preloads nothing for a name that is not a scenario', async () => {
    const { page, errors } = await freshPage(browser);
    await page.goto(`${inject('baseUrl')}?scenario=constructor`);
    await page.waitForSelector('#app[data-screen]');
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')));
    expect(preloads.filter((h) => /story-/.test(h ?? ''))).toEqual([]);
    // Nothing but the build's own files (a name looked up on Object.prototype would add a function's text).
    preloads.forEach((h) => expect(h).toMatch(/^(\.|https?:\/\/[^/]+)\/assets\/[\w.-]+\.js$/));
    expect(errors).toEqual([]);
  });
});
