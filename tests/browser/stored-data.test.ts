/**
 * Bad stored values and a full storage in a real Chromium: the game always
 * reaches a usable screen with a message, sets unreadable data aside with a
 * copy to download, and never loses progress silently.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest, shot, shownChoices, startScenario, toChoices } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** An init script that stores `value` under `key` once (not again on reload). */
const storeOnce = (key: string, value: string) =>
  `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(${JSON.stringify(`safe-passage.${key}`)}, ${JSON.stringify(value)}); }`;

/** A focusable, visible control on the page (the trainee is never stuck). */
async function usableControls(page: Page): Promise<number> {
  return page.locator('button:visible, select:visible, input:visible').count();
}

describe('bad stored values', () => {
  it.each([
    ['prefs', 'null'],
    ['prefs', '[]'],
    ['prefs', '"ru"'],
    ['prefs', '{"language":{"toString":1},"volume":"loud"}'],
    ['screen', 'null'],
    ['screen', '[1,2]'],
    ['screen', '{"name":"play","scenario":"__proto__"}'],
    ['screen', '{"name":"constructor"}'],
  ])('%s = %s reaches a usable screen, sets the value aside and offers a copy', async (key, value) => {
    const { page, errors } = await freshPage(browser, storeOnce(key, value));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#title-start, #scenario-list');
    expect(await usableControls(page)).toBeGreaterThan(0);
    if (key === 'prefs' || value !== '{"name":"play","scenario":"__proto__"}') {
      await page.waitForSelector('[data-notice="set-aside"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#set-aside-download')]);
      const copy = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
      expect(copy.items[0]).toMatchObject({ key, value });
    }
    // Set aside, not left in place: the next start is clean.
    await page.reload();
    await page.waitForSelector('#title-start, #scenario-list');
    expect(await page.evaluate((k) => localStorage.getItem(`safe-passage.${k}`), key)).not.toBe(value);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a save stored under another scenario's slot is refused with a message", async () => {
    const other = JSON.stringify({ v: 1, scenario: 'farm-call', storyHash: 'x', log: '', savedAt: '2026-01-01T00:00:00Z' });
    const { page, errors } = await freshPage(browser, storeOnce('save.departure-gate', other));
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.waitForSelector('#save-dialog');
    expect(await page.locator('#save-dialog').textContent()).toMatch(/belongs to another scenario/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Fill localStorage until only `left` characters (UTF-16 code units) of its quota remain. */
async function fillStorage(page: Page, left: number): Promise<void> {
  await page.evaluate((left) => {
    const fits = (n: number) => {
      try {
        localStorage.setItem('filler', 'x'.repeat(n));
        return true;
      } catch {
        return false;
      }
    };
    let lo = 0;
    let hi = 20_000_000;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    localStorage.setItem('filler', 'x'.repeat(Math.max(0, lo - left)));
  }, left);
}

describe('start-up that cannot fail', () => {
  it('a browser that refuses access to storage altogether still plays, and says progress is not kept', async () => {
    const { page, errors } = await freshPage(
      browser,
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
    );
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#title-start');
    await page.waitForSelector('[data-notice="storage"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unforeseen error during start-up shows a screen with a way forward, in English and Russian', async () => {
    const { page } = await freshPage(browser, `${storeOnce('save.farm-call', '{"kept":"yes"}')} window.matchMedia = () => { throw new Error('unforeseen'); };`);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#fatal');
    expect(await page.locator('#fatal-heading').textContent()).toMatch(/could not start.*не удалось/);
    expect(await page.locator('#fatal').textContent()).toContain('unforeseen');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fatal-heading');
    // Reset downloads a copy of what the device kept first, then clears it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fatal-reset')]);
    const copy = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(copy.items['safe-passage.save.farm-call']).toBe('{"kept":"yes"}');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => localStorage.getItem('safe-passage.save.farm-call'))).toBeNull();
    await page.context().close();
  });
});

describe('a full storage', () => {
  /** Play best options until the save-failed notice appears; returns the decisions made and those not saved. */
  async function playUntilFull(page: Page): Promise<{ decisions: number; unsaved: number }> {
    let decisions = 0;
    for (
      let i = 0;
      i < 12 && (await page.locator('[data-notice="save-failed"]').count()) === 0 && (await page.locator('#choices [data-choice]').count()) > 0;
      i++
    ) {
      await pressBest(page, 'farm-call');
      decisions++;
    }
    await page.waitForSelector('[data-notice="save-failed"]');
    const notice = await page.locator('[data-notice="save-failed"]').textContent();
    return { decisions, unsaved: Number(/Decisions not saved: (\d+)/.exec(notice ?? '')?.[1]) };
  }
  const choicesIn = (page: Page, where: 'localStorage' | 'sessionStorage', key: string) =>
    page.evaluate(
      ([w, k]) =>
        (JSON.parse((w === 'localStorage' ? localStorage : sessionStorage).getItem(k) ?? '{"log":""}').log as string)
          .split('|')
          .filter((a) => a.startsWith('c:')).length,
      [where, key] as const,
    );

  // 40 characters: room for a few more decisions (a decision adds about ten), then a partial save with its mark.
  it.each([0, 40])('with %i characters left: the trainee is told at once and loses nothing on a reload', async (left) => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await fillStorage(page, left);
    const { decisions, unsaved } = await playUntilFull(page);
    expect(unsaved).toBeGreaterThan(0);
    // The toolbar does not say "saved" beside the notice that says it is not.
    expect(await page.textContent('#play-status')).toBe('Not fully saved');
    // Under the notice every choice is still in view, on a projector too (the notice once pushed them below).
    for (const viewport of [page.viewportSize()!, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      await toChoices(page);
      await shot(page, `15-storage-full-${left}-${viewport.width}`);
      const below = await page.$$eval('#choices button', (bs) => bs.filter((b) => b.getBoundingClientRect().bottom > innerHeight).length);
      expect(below, `choices below the window at ${viewport.width}x${viewport.height}`).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    }
    await shot(page, `15-storage-full-${left}`);
    // The whole run can be downloaded at once.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-download')]);
    const run = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(run.log.split('|').filter((a: string) => a.startsWith('c:'))).toHaveLength(decisions);

    // A reload in the same tab recovers every decision (this tab kept the run) and says so.
    await page.reload();
    await page.waitForSelector('[data-notice="unsaved-on-reload"]');
    expect(await page.locator('[data-notice="unsaved-on-reload"]').textContent()).toMatch(/recovered from this browser tab/);
    expect(await choicesIn(page, 'sessionStorage', 'safe-passage.pending.farm-call')).toBe(decisions);
    await page.waitForSelector('[data-notice="save-failed"]'); // still full: still said

    // The device itself keeps the last point that fitted, marked with what it lacks (when a mark fits at all).
    const device = await choicesIn(page, 'localStorage', 'safe-passage.save.farm-call');
    expect(device).toBe(decisions - unsaved);
    if (left > 0) {
      const other = await page.context().newPage(); // a new tab: no copy of the run in it
      await other.goto(inject('baseUrl'));
      await other.waitForSelector('[data-notice="unsaved-on-reload"]');
      expect(await other.locator('[data-notice="unsaved-on-reload"]').textContent()).toContain(`Decisions not saved then: ${unsaved}`);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saving starts again by itself once space is freed', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await fillStorage(page, 0);
    await pressBest(page, 'farm-call');
    await pressBest(page, 'farm-call');
    await page.waitForSelector('[data-notice="save-failed"]');
    await page.evaluate(() => localStorage.removeItem('filler'));
    await pressBest(page, 'farm-call');
    await page.waitForSelector('[data-notice="save-failed"]:has-text("saved again")');
    expect(await page.textContent('#play-status')).toBe('Progress saved');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('safe-passage.save.farm-call')!));
    expect(saved.unsaved).toBeUndefined();
    expect(saved.log.split('|').filter((a: string) => a.startsWith('c:'))).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a run opened from a file', () => {
  it('carries on a downloaded run on another device, asks before replacing another run, and refuses a file that is not a run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-file-'));
    const key = 'safe-passage.save.farm-call';
    const choices = (page: Page) =>
      page.evaluate(
        (k) => (JSON.parse(localStorage.getItem(k) ?? '{"log":""}') as { log: string }).log.split('|').filter((a) => a.startsWith('c:')).length,
        key,
      );
    // Device 1: two decisions; the run's file is what "Download this run" gives (its save).
    const { page: first, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await pressBest(first, 'farm-call');
    await pressBest(first, 'farm-call');
    const twoFile = path.join(dir, 'farm-call-progress.json');
    fs.writeFileSync(twoFile, (await first.evaluate((k) => localStorage.getItem(k), key))!);
    await toChoices(first);
    const twoChoices = await shownChoices(first);

    // Device 2: the list's "Open a saved run" carries it on at the same step.
    const { page: second } = await freshPage(browser);
    second.on('pageerror', (e) => errors.push(e.message));
    await second.goto(`${inject('baseUrl')}?lang=en`);
    await second.click('#title-start');
    await second.waitForSelector('#select-open-run');
    await second.setInputFiles('#select-run-file', twoFile);
    await second.waitForSelector('#story-lines p');
    await toChoices(second);
    expect(await shownChoices(second)).toEqual(twoChoices);
    expect(await choices(second)).toBe(2);

    // A file that is not a run: said, with its name; nothing changed.
    const junk = path.join(dir, 'notes.json');
    fs.writeFileSync(junk, '{"hello":"world"}');
    await second.click('#leave-button');
    await second.click('#leave-list');
    await second.setInputFiles('#select-run-file', junk);
    await second.waitForSelector('#run-file-dialog[open]');
    expect(await second.textContent('#run-file-dialog')).toContain('notes.json');
    await second.click('#run-file-close');
    expect(await choices(second)).toBe(2);

    // Another run of the same scenario in a file: asked first; "keep" keeps the device's, "open" replaces it.
    await pressBest(first, 'farm-call');
    const threeFile = path.join(dir, 'farm-call-progress-3.json');
    fs.writeFileSync(threeFile, (await first.evaluate((k) => localStorage.getItem(k), key))!);
    await second.setInputFiles('#select-run-file', threeFile);
    await second.waitForSelector('#run-file-dialog[open]');
    await second.click('#run-file-keep');
    expect(await choices(second)).toBe(2);
    await second.setInputFiles('#select-run-file', threeFile);
    await second.click('#run-file-replace');
    await second.waitForSelector('#story-lines p');
    expect(await choices(second)).toBe(3);
    expect(errors).toEqual([]);
    await first.context().close();
    await second.context().close();
  });
});
