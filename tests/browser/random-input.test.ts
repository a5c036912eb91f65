/**
 * A seeded random-input run on the production build (under its CSP): keys,
 * clicks on whatever is on screen, reloads, language changes. After every
 * step the page has a usable control; no console error, no page error, no
 * CSP violation. The seed is printed, and fixed, so a failure replays.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { mulberry32 } from '../../src/core/option-order.ts';
import { cspViolations, freshPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SEED = Number(process.env.RANDOM_INPUT_SEED ?? 20261125);
const STEPS = Number(process.env.RANDOM_INPUT_STEPS ?? 120);

describe('random input', () => {
  it(`${STEPS} seeded random steps (seed ${SEED}) never leave the trainee stuck or log an error`, async () => {
    const random = mulberry32(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const { page, errors } = await freshPage(browser);
    // Nothing here may print or navigate away; downloads are fine.
    await page.addInitScript('window.print = () => {};');
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('button');
    const trail: string[] = [];
    for (let step = 0; step < STEPS; step++) {
      const r = random();
      if (r < 0.45) {
        const key = pick(['1', '2', '3', '4', 'n', 'N', 'Escape', 'Tab', 'Enter', 'Space']);
        trail.push(`key ${key}`);
        await page.keyboard.press(key);
      } else if (r < 0.93) {
        const buttons = page.locator('button:visible:not(#fatal-reset), input[type=checkbox]:visible, select:visible');
        const n = await buttons.count();
        if (n === 0) continue;
        const i = Math.floor(random() * n);
        const target = buttons.nth(i);
        // The screen may change between counting and reaching the control (a dialog closing, a timer): gone, the next step goes on.
        const tag = await target
          .evaluate(
            (e) => `${e.tagName.toLowerCase()}#${e.id || e.getAttribute('data-choice') || e.getAttribute('data-start') || e.textContent?.slice(0, 20)}`,
            undefined,
            { timeout: 1000 },
          )
          .catch(() => undefined);
        trail.push(`click ${tag ?? '(gone)'}`);
        if (tag === undefined) continue;
        if (tag.startsWith('select')) {
          const options = await target.evaluate((e) => [...(e as HTMLSelectElement).options].map((o) => o.value), undefined, { timeout: 1000 }).catch(() => []);
          if (options.length) await target.selectOption(pick(options)).catch(() => undefined);
        } else await target.click({ timeout: 300 }).catch(() => undefined); // covered or gone: the next step goes on
      } else {
        trail.push('reload');
        await page.reload();
      }
      await page.waitForTimeout(20);
      await page.waitForSelector('button:visible', { timeout: 10_000 }).catch(() => {
        throw new Error(`no usable control after step ${step + 1}: ${trail.slice(-8).join(' > ')}`);
      });
      expect(errors, `after ${trail.slice(-8).join(' > ')}`).toEqual([]);
    }
    expect(await cspViolations(page)).toEqual([]);
    console.log(
      `random input: ${STEPS} steps, seed ${SEED}, ${trail.filter((t) => t.startsWith('click')).length} clicks, ${trail.filter((t) => t === 'reload').length} reloads`,
    );
    await page.context().close();
  }, 240_000);
});
