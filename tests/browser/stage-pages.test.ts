/**
 * The stage follows the page being read. A step's text can run over several
 * pages; someone who comes in on the second page must not stand on stage
 * while the first is read (and a caller who hangs up on page 2 is still on
 * the line on page 1). This plays stories whose first steps bring people in
 * mid-step, page by page, at a size where those steps are paged, and checks
 * at every page that the figures drawn are exactly the people present as of
 * the page's last line, computed in Node from the same story (src/core/cast.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { choose } from '../../src/core/actions.ts';
import { EMPTY_CAST, nextCast } from '../../src/core/cast.ts';
import { Session } from '../../src/core/session.ts';
import { compileReal } from '../helpers.ts';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// winter-site's first steps are paged at 1024x768 in Russian at large text, and people come and go within them.
const CASES = [{ scenario: 'winter-site', decisions: 3 }] as const;

describe.each(CASES)('the stage, page by page, in $scenario', ({ scenario, decisions }) => {
  it('draws on every page exactly the people present as of its last line', async () => {
    const { json, manifest } = compileReal(scenario);
    const mirror = new Session(json, manifest, 1);
    const { page, errors } = await freshPage(
      browser,
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', JSON.stringify({ reducedMotion: true, textSize: 'large' })); }`,
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${inject('baseUrl')}?scenario=${scenario}&lang=ru`);
    await page.click('#content-begin');
    await page.waitForSelector('#stage canvas', { timeout: 30_000 });
    let pagesChecked = 0;
    /** Pages on which the step's final cast would have been wrong: the case this test is about. */
    let pagesWhereEndDiffers = 0;
    for (let d = 0; d <= decisions; d++) {
      for (let p = 0; p < 12; p++) {
        await page.waitForTimeout(300);
        const ids = await page.$$eval('#story-lines [data-line-id]', (els) => els.map((e) => e.getAttribute('data-line-id')!));
        const last = mirror.transcript.findIndex((l) => l.id === ids.at(-1));
        expect(last, `line ${ids.at(-1)} is in the story's transcript`).toBeGreaterThanOrEqual(0);
        const castAt = (n: number) => mirror.transcript.slice(0, n).reduce((c, l) => nextCast(c, l.tags), EMPTY_CAST).present;
        const expected = [...castAt(last + 1)].sort();
        const figures = JSON.parse((await page.locator('#stage').getAttribute('data-figures')) ?? '[]') as { name: string }[];
        // The picture shows people only when it has room for faces; where it shows them, they are the right ones.
        if (figures.length > 0 || expected.length === 0) {
          expect(figures.map((f) => f.name).sort(), `page ${p + 1} of step ${d + 1} (up to ${ids.at(-1)})`).toEqual(expected);
          pagesChecked++;
          if ([...castAt(mirror.transcript.length)].sort().join() !== expected.join()) pagesWhereEndDiffers++;
        }
        if (!(await page.locator('#more').isVisible())) break;
        await page.click('#more');
      }
      if (d === decisions || mirror.finished) break;
      const { chosen } = await pressBest(page, scenario);
      expect(mirror.dispatch(choose(chosen))).toBe(true);
    }
    expect(pagesChecked).toBeGreaterThan(decisions);
    expect(pagesWhereEndDiffers).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
