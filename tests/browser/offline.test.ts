/**
 * The offline build (vite.offline.config.ts) opened the way a trainer opens it
 * from a USB stick: index.html from the file system (file://), with the
 * network off. A scenario is played to its debrief with a reload in the middle
 * and one at the end; the save is found both times. Also: the served build,
 * opened from a folder by mistake, says what to do instead of "Loading..." for ever.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { cspViolations, freshPage, pressBest, shot, toChoices } from './page.ts';
import { ROOT } from './server.ts';

const OUT = path.join(ROOT, '.cache/dist-offline-test');
const SCENARIO = 'hotline';

let browser: Browser;
beforeAll(async () => {
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.offline.config.ts'), logLevel: 'warn', build: { outDir: OUT } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Block everything but the page's own files (and data:/blob: URLs made in the page); record what was tried. */
async function offline(page: Page): Promise<string[]> {
  const tried: string[] = [];
  await page.context().setOffline(true);
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    tried.push(url);
    return route.abort();
  });
  return tried;
}

/** The ids of the lines on screen (a direct link's ?lang= applies once, so the text's language may change on a reload). */
const linesOnScreen = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('#story-lines [data-line-id]')].map((e) => e.getAttribute('data-line-id')));

it('plays a scenario from file:// with the network off, and finds the save after a reload', async () => {
  const { page, errors } = await freshPage(browser);
  await page.setViewportSize({ width: 1024, height: 768 });
  const offSite = await offline(page);
  const url = pathToFileURL(path.join(OUT, 'index.html')).href;
  expect(url.startsWith('file:')).toBe(true);
  await page.goto(`${url}?scenario=${SCENARIO}&lang=ru`);
  await page.click('#content-begin');
  await page.waitForSelector('#story-lines p');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  await pressBest(page, SCENARIO);
  await pressBest(page, SCENARIO);
  // A reload in the middle: the same passage, the same decisions behind it.
  await toChoices(page);
  const before = await linesOnScreen(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await page.waitForSelector('#story-lines p');
  await toChoices(page);
  expect(await linesOnScreen(page)).toEqual(before);
  await shot(page, '60-offline-resumed');
  for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) await pressBest(page, SCENARIO);
  await toChoices(page);
  await page.click('#to-debrief');
  await page.waitForSelector('#debrief-scores');
  const scores = await page.textContent('#debrief-scores');
  // The Phaser stage ran from file:// too (art inlined as data: URLs).
  expect(await page.locator('#stage canvas').count()).toBe(1);
  await page.reload();
  await page.waitForSelector('#debrief-scores');
  expect(await page.textContent('#debrief-scores')).toBe(scores);
  await shot(page, '61-offline-debrief');
  expect(offSite).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('the served build opened from a folder says to use the offline build, in English and Russian', async () => {
  const { page } = await freshPage(browser);
  await offline(page);
  // The build the other browser tests serve (tests/browser/global-setup.ts), opened as a file instead.
  const served = new URL(inject('baseUrl'));
  expect(served.protocol).toBe('http:');
  await page.goto(pathToFileURL(path.join(ROOT, '.cache/dist-test/index.html')).href);
  await page.waitForSelector('#app[data-opened-from-file]');
  const text = (await page.textContent('#app')) ?? '';
  expect(text).toContain('build:offline');
  expect(text).toContain('офлайн-версию');
  expect(await page.locator('#app section[lang="ru"]').count()).toBe(1);
});
