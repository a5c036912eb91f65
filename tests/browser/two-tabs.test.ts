/**
 * The same scenario open in two tabs of one browser (a second double-click on
 * index.html, a reload in another tab). Both tabs share the device's storage:
 * the tab that saved last used to replace the other's decisions silently.
 * Now the tab whose run was saved over stops saving and asks which run to keep.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest, pressChoice, shot, shownChoices, toChoices } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SCENARIO = 'departure-gate';
/** The decisions in the device's save of the scenario. */
const savedChoices = (page: Page) =>
  page.evaluate(
    (key) => ((JSON.parse(localStorage.getItem(key) ?? '{}') as { log?: string }).log ?? '').split('|').filter((a) => a.startsWith('c:')),
    `safe-passage.save.${SCENARIO}`,
  );

describe('two tabs of the same scenario', () => {
  it('never replace each other silently: the tab saved over asks, and keeps or loads as chosen', async () => {
    const { page: a, errors } = await freshPage(browser);
    await a.goto(`${inject('baseUrl')}?scenario=${SCENARIO}`);
    await a.click('#content-begin');
    await a.waitForSelector('#story-lines p');
    await pressBest(a, SCENARIO);
    await pressBest(a, SCENARIO);
    // Tab B opens the game: it resumes the same run, after two decisions.
    const b = await a.context().newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    await b.goto(`${inject('baseUrl')}?scenario=${SCENARIO}`);
    await b.waitForSelector('#story-lines p');
    // A makes a third decision and saves it: B's run is saved over, so B stops saving and asks.
    const aThird = (await pressBest(a, SCENARIO)).chosen;
    const aRun = await savedChoices(a);
    expect(aRun).toHaveLength(3);
    await b.waitForSelector('#other-tab-dialog[open]');
    await shot(b, '19-other-tab-dialog');
    // B keeps its own run (two decisions): it replaces A's, and now A is asked in turn.
    await b.click('#other-tab-keep');
    await a.waitForSelector('#other-tab-dialog[open]');
    expect(await savedChoices(a)).toEqual(aRun.slice(0, 2));
    // B decides otherwise than A did at the third decision; A, asked, has saved nothing over it.
    await toChoices(b);
    const shown = await shownChoices(b);
    const other = shown.findIndex((id) => id !== aThird);
    await pressChoice(b, String(other + 1));
    const bRun = [...aRun.slice(0, 2), `c:${shown[other]}`];
    expect(await savedChoices(b)).toEqual(bRun);
    // A carries on from B's run: B's step on screen, B's run on the device.
    await a.click('#other-tab-load');
    await a.waitForSelector('#other-tab-dialog', { state: 'detached' });
    if (await b.locator('#to-debrief').count()) {
      // B's decision ended the run (the options' order, and so which one B took, follows the run's random seed).
      await a.waitForSelector('#debrief-scores');
    } else {
      await a.waitForSelector('#story-lines p');
      await toChoices(a);
      await toChoices(b);
      expect(await shownChoices(a)).toEqual(await shownChoices(b));
      expect((await shownChoices(a)).length).toBeGreaterThan(1);
    }
    expect(await savedChoices(a)).toEqual(bRun);
    expect(errors).toEqual([]);
    await a.context().close();
  });
});
