/** Bad saves and missing storage in a real Chromium: clear messages and a way forward, never a crash. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest, pressChoice, shot, startScenario, toChoices } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('resilience', () => {
  it('a corrupt save explains itself and offers to start again', async () => {
    const { page, errors } = await freshPage(
      browser,
      `localStorage.setItem('safe-passage.save.departure-gate', '{"v":1,"scenario":"departure-gate","storyHash":"x","log":"c:ok|%%%"}')`,
    );
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.waitForSelector('#save-dialog');
    expect(await page.locator('#save-dialog').textContent()).toMatch(/could not be read/);
    await shot(page, '10-corrupt-save');
    await page.click('#save-restart');
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a save from an edited story restores what it can and says so', async () => {
    const { page, errors } = await freshPage(
      browser,
      `localStorage.setItem('safe-passage.save.departure-gate', JSON.stringify({v:1,scenario:'departure-gate',storyHash:'old',log:'c:no-longer-there',savedAt:'2026-01-01T00:00:00Z'}))`,
    );
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.waitForSelector('#save-dialog');
    expect(await page.locator('#save-dialog').textContent()).toMatch(/0 of 1 decisions/);
    await page.click('#save-continue');
    await page.waitForSelector('#story-lines p');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without storage the game still plays and says progress will not be kept', async () => {
    const blocked = `Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError'); };`;
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'departure-gate', blocked);
    await page.waitForSelector('[data-notice="storage"]');
    await pressBest(page, 'departure-gate');
    expect(await page.locator('#play-status').textContent()).toMatch(/not being kept/);
    await shot(page, '11-no-storage');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unknown scenario link lands on the list with a message', async () => {
    const { page, errors } = await freshPage(browser);
    await page.goto(`${inject('baseUrl')}?scenario=nope`);
    await page.waitForSelector('[data-notice="unknown"]');
    await page.waitForSelector('#scenario-list');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('after the network comes back', () => {
  it('a scenario that failed to download loads on "Try again"', async () => {
    const { page, errors } = await freshPage(browser);
    await page.route('**/assets/story-farm-call-*', (r) => r.abort('internetdisconnected'));
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('[data-notice="load"] #load-retry');
    await page.unroute('**/assets/story-farm-call-*');
    await page.click('#load-retry');
    await page.waitForSelector('#content-begin, #choices [data-choice]');
    if (await page.locator('#content-begin').count()) await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    // The failed downloads are the only console errors.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a choice made before the ink runtime arrives waits for it and makes exactly one decision', async () => {
    const { page, errors } = await freshPage(browser);
    // The first step is shown from build-time data; the runtime (its own chunk) is held back until the choice is pressed.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/assets/ink-*.js', async (r) => {
      await held;
      await r.continue();
    });
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await toChoices(page);
    const before = await page.evaluate(() => document.querySelector('#story-lines')?.textContent ?? '');
    await page.keyboard.press('1');
    await page.keyboard.press('1'); // pressed twice while waiting: still one decision
    release();
    await page.waitForFunction((prev) => (document.querySelector('#story-lines')?.textContent ?? '') !== prev, before);
    const log = await page.evaluate(() => JSON.parse(localStorage.getItem('safe-passage.save.farm-call') ?? '{}').log as string);
    expect(log.split('|').filter((a) => a.startsWith('c:'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a failed download of the ink runtime says so, chooses nothing, and a reload goes on from there', async () => {
    const { page, errors } = await freshPage(browser);
    await page.route('**/assets/ink-*.js', (r) => r.abort('internetdisconnected'));
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await toChoices(page);
    const lines = () => page.evaluate(() => document.querySelector('#story-lines')?.textContent ?? '');
    const before = await lines();
    await page.keyboard.press('1');
    await page.waitForFunction(() => /reload the page/.test(document.querySelector('.story-panel')?.textContent ?? ''));
    expect(await page.locator('.keys-hint').isVisible()).toBe(true);
    expect(await lines()).toBe(before); // nothing was chosen
    await shot(page, '18-ink-runtime-failed');
    // The network is back: a reload resumes the run and the choice works.
    await page.unroute('**/assets/ink-*.js');
    await page.reload();
    await page.waitForSelector('#story-lines p');
    await pressChoice(page, '1');
    const log = await page.evaluate(() => JSON.parse(localStorage.getItem('safe-passage.save.farm-call') ?? '{}').log as string);
    expect(log.split('|').filter((a) => a.startsWith('c:'))).toHaveLength(1);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a language that failed to download switches on "Try again", with the right wording', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await page.route('**/assets/*.json', (r) => r.abort('internetdisconnected'));
    await page.click('#settings-button');
    await page.selectOption('#settings-language', 'ru');
    await page.waitForSelector('[data-notice="load"] #load-retry');
    expect(await page.locator('[data-notice="load"]').textContent()).toMatch(/language could not be loaded/);
    await page.keyboard.press('Escape');
    await page.unroute('**/assets/*.json');
    await page.click('#load-retry');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.waitForFunction(() => /[а-я]/i.test(document.querySelector('#story-lines')?.textContent ?? ''));
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('long and odd input', () => {
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('a 100,000-character scenario link keeps the page within the viewport', async () => {
    const { page, errors } = await freshPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    // Node's HTTP server (like most) refuses a URL this long with 431 before the page could run:
    // answer the page request from the test, so the game itself meets the parameter.
    const html = await (await fetch(inject('baseUrl'))).text();
    await page.route(
      (url) => url.search.length > 10_000,
      (route) => route.fulfill({ contentType: 'text/html', body: html }),
    );
    await page.goto(`${inject('baseUrl')}?scenario=${'x'.repeat(100_000)}`);
    await page.waitForSelector('[data-notice="unknown"]');
    expect(await pageWidth(page)).toBeLessThanOrEqual(1024);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an 80-character unbroken name keeps the debrief within the viewport', async () => {
    const name = 'Ж'.repeat(80);
    const { page, errors } = await freshPage(
      browser,
      `localStorage.setItem('safe-passage.prefs', JSON.stringify({ name: ${JSON.stringify(name)}, language: 'ru', textSize: 'xlarge' }))`,
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await pressBest(page, 'farm-call');
    await page.click('#leave-button');
    await page.click('#leave-debrief');
    await page.waitForSelector('#debrief-verdict');
    expect(await page.locator('.screen-debrief .meta').textContent()).toContain(name);
    expect(await pageWidth(page)).toBeLessThanOrEqual(1024);
    await shot(page, '16-long-name-debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
