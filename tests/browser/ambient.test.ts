/**
 * The settings of issue 8 play their own ambient loops in the built game:
 * the market its bazaar, the winter building site its wind (not the airport
 * hall and the summer countryside they had). The files are found by name
 * (src/audio/sound.ts), so this checks the build ships and loads them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { pressBest, startScenario } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type HowlerGlobal = { _howls: { playing(): boolean; _src: string }[] };

/** The sounds Howler is playing, by name (the build adds a hash to each file name). */
function playing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
}

describe('ambient loops of the new settings', () => {
  it.each([
    ['market-debt', 'ambient-market'],
    ['winter-site', 'ambient-building-site'],
  ])('%s plays %s', async (scenario, loop) => {
    const { page, errors } = await startScenario(browser, inject('baseUrl'), scenario);
    await pressBest(page, scenario);
    await expect.poll(() => playing(page), { timeout: 15_000 }).toContain(loop);
    expect(await playing(page)).not.toContain('ambient-airport');
    expect(await playing(page)).not.toContain('ambient-countryside');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
