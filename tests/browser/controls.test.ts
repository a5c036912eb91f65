/** The controls a trainee relies on, in a real Chromium: language at any time, leaving a scene, settings, and play without WebGL. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { compileReal } from '../helpers.ts';
import { CHROMIUM_FLAGS, chromiumPath, launchChromium } from './chromium.ts';
import { freshPage, gameReady, pressBest, shot, shownChoices, startScenario, toChoices } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the trainee is: the current step's options in their shown order (the same step in any language or page). */
const lineIds = () => [...document.querySelectorAll('#choices [data-choice]')].map((e) => e.getAttribute('data-choice')).join();

describe('controls', () => {
  it('switches language mid-scene without losing the place, and remembers text size', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await pressBest(page, 'farm-call');
    const before = await page.evaluate(lineIds);
    const englishText = await page.locator('#story-lines').textContent();

    await page.click('#settings-button');
    await page.waitForSelector('#settings[open]');
    await page.click('input[name="text-size"][value="xlarge"]');
    await shot(page, '12-settings');
    await page.selectOption('#settings-language', 'ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.waitForSelector('#story-lines p');
    expect(await page.evaluate(lineIds)).toBe(before);
    const russianText = await page.locator('#story-lines').textContent();
    expect(russianText).toMatch(/[а-я]/i);
    expect(russianText).not.toBe(englishText);
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('xlarge');
    await shot(page, '13-farm-call-ru-xlarge');

    await page.reload();
    await page.waitForSelector('#story-lines p');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.textSize])).toEqual(['ru', 'xlarge']);
    expect(await page.evaluate(lineIds)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a text size set mid-scene fits the page again: every choice still in view (1366x768, Russian)', async () => {
    // The setting changes the type, not the window; the page was cut for the old size and the options ran off screen.
    const { page, errors } = await startScenario(
      browser,
      inject('baseUrl'),
      'departure-gate',
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', JSON.stringify({ language: 'ru' })); }`,
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await pressBest(page, 'departure-gate');
    await toChoices(page);
    for (const size of ['large', 'xlarge']) {
      await page.click('#settings-button');
      await page.waitForSelector('#settings[open]');
      await page.click(`input[name="text-size"][value="${size}"]`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
      await toChoices(page);
      const outside = await page.$$eval('#choices button', (bs) => bs.filter((b) => b.getBoundingClientRect().bottom > innerHeight).length);
      expect(outside, `${size}: choices below the window`).toBe(0);
      expect(await page.locator('#choices button').count()).toBeGreaterThan(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the history (H) shows the trainee's own choices where they were made, and opens at the latest lines", async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'hotline');
    const { manifest } = compileReal('hotline');
    const chosen = [(await pressBest(page, 'hotline')).chosen, (await pressBest(page, 'hotline')).chosen];
    await page.focus('#story-lines');
    await page.keyboard.press('h');
    await page.waitForSelector('#history-dialog[open]');
    const echoes = await page.$$eval('#history-dialog .history-lines .echo', (ps) => ps.map((p) => p.textContent));
    expect(echoes).toEqual(chosen.map((id) => `You: ${manifest.choices[id]!.text}`));
    // Each choice comes after the line it answered, and before what followed it.
    const order = await page.$$eval('#history-dialog .history-lines p', (ps) => ps.map((p) => (p.classList.contains('echo') ? 'choice' : 'line')));
    expect(order[0]).toBe('line');
    expect(order.filter((k) => k === 'choice')).toHaveLength(2);
    const region = await page.$eval('#history-dialog .history-lines', (r) => ({ top: r.scrollTop, max: r.scrollHeight - r.clientHeight }));
    expect(region.max).toBeGreaterThan(0);
    expect(region.top).toBeGreaterThanOrEqual(region.max - 1);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Leave scene" is always there: skip a scene\'s text, or skip to a debrief of what was done', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'departure-gate');
    await pressBest(page, 'departure-gate'); // refuse the staff corridor: the scene goes on
    // First: skip only this scene's text, and still decide.
    await page.click('#leave-button');
    await page.click('#leave-hide');
    await page.waitForSelector('#hidden-note');
    expect(await page.locator('#story-lines [data-line-id]').count()).toBe(0);
    // It stays skipped through a language switch and a reload (it was shown again, unasked, after either).
    await page.click('#settings-button');
    await page.selectOption('#settings-language', 'ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#hidden-note');
    await page.reload();
    await page.waitForSelector('#hidden-note');
    expect(await page.locator('#story-lines [data-line-id]').count()).toBe(0);
    await page.click('#settings-button');
    await page.selectOption('#settings-language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#hidden-note');
    await pressBest(page, 'departure-gate');
    expect(await page.locator('#story-lines [data-line-id]').count()).toBeGreaterThan(0); // the next scene shows again

    await page.click('#leave-button');
    await page.waitForSelector('#leave-dialog[open]');
    await shot(page, '14-leave-dialog');
    await page.click('#leave-debrief');
    await page.waitForSelector('#debrief-scores');
    expect(await page.locator('#debrief-outcome').textContent()).toMatch(/left the scenario before its end/);
    expect(await page.locator('#debrief-decisions .decision').count()).toBe(2);
    // Leaving is never held against anyone: "incomplete", no score, nothing listed as missed.
    expect(await page.locator('#debrief-verdict.verdict-incomplete').count()).toBe(1);
    expect(await page.locator('#debrief-scores .score').count()).toBe(0);
    expect(await page.locator('#debrief-indicators [data-group="missed"]').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('#debrief-scores');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts focus on the story when play starts, and a held key makes one decision only', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'departure-gate');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-lines');
    await toChoices(page);
    const third = (await shownChoices(page))[2];
    await page.keyboard.down('3');
    await page.keyboard.down('3'); // auto-repeat while held
    await page.keyboard.down('3');
    await page.keyboard.up('3');
    await page.waitForSelector('#story-lines .echo');
    await page.waitForTimeout(300);
    const save = await page.evaluate(() => JSON.parse(localStorage.getItem('safe-passage.save.departure-gate') ?? '{}').log as string);
    // One decision only, and it was the option shown third: the log holds the order's seed, then that choice.
    expect(save).toMatch(new RegExp(`^s:[0-9a-z]+\\|c:${third}$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a link's language stays after the link's parameters are gone: a reload does not switch languages", async () => {
    const { page, errors } = await freshPage(browser);
    await page.goto(`${inject('baseUrl')}?scenario=hotline&lang=ru`);
    await page.waitForSelector('#content-begin');
    // The game removes them once it runs (the link's first screen comes before it).
    await gameReady(page);
    expect(page.url()).not.toContain('lang=');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await page.waitForSelector('#app[data-screen]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('#app').innerText()).toMatch(/[а-я]{4}/i);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('after a direct link, a reload resumes the scenario the trainee moved on to', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await pressBest(page, 'farm-call');
    expect(page.url()).not.toContain('scenario=');
    await page.click('#leave-button');
    await page.click('#leave-list');
    await page.click('[data-start="departure-gate"]');
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    await pressBest(page, 'departure-gate');
    const before = await page.evaluate(lineIds);
    await page.reload();
    await page.waitForSelector('#story-lines p');
    expect(await page.evaluate(lineIds)).toBe(before);
    expect(before).toMatch(/^dg-/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resumes from the title screen after going back to the list', async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'farm-call');
    await pressBest(page, 'farm-call');
    const before = await page.evaluate(lineIds);
    await page.click('#leave-button');
    await page.click('#leave-list');
    await page.waitForSelector('#scenario-list');
    await page.click('#select-back');
    await page.waitForSelector('#title-resume');
    expect(await page.locator('#title-resume').textContent()).toContain('A call from the farm');
    await page.click('#title-resume');
    await page.waitForSelector('#story-lines p');
    expect(await page.evaluate(lineIds)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("plays the setting's ambient loop, and remembers mute and volume", async () => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), 'departure-gate');
    await pressBest(page, 'departure-gate');
    type HowlerGlobal = { _howls: { playing(): boolean; _src: string }[]; volume(): number; _muted: boolean };
    const playing = () =>
      page.evaluate(() => {
        const H = (window as unknown as { Howler?: HowlerGlobal }).Howler;
        return H
          ? H._howls
              .filter((h) => h.playing())
              .map((h) =>
                h._src
                  .split('/')
                  .pop()!
                  .replace(/-[\w]+\.(webm|mp3)$/, ''),
              )
          : [];
      });
    await expect.poll(playing, { timeout: 15_000 }).toContain('ambient-airport');

    await page.click('#settings-button');
    await page.fill('#settings-volume', '30');
    await page.check('#settings-mute');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector('#story-lines p');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const H = (window as unknown as { Howler?: HowlerGlobal }).Howler;
            return H ? [H.volume(), H._muted] : null;
          }),
        { timeout: 15_000 },
      )
      .toEqual([0.3, true]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without WebGL the game says so and plays in text', async () => {
    const noGl = await chromium.launch({
      executablePath: await chromiumPath(),
      args: [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-3d-apis'],
      headless: true,
    });
    try {
      const { page, errors } = await startScenario(noGl, inject('baseUrl'), 'departure-gate');
      await page.waitForSelector('[data-notice="error.webgl"]');
      await pressBest(page, 'departure-gate');
      expect(await page.locator('#stage canvas').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
