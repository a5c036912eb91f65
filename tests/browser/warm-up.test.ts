/**
 * The play screen laid out once out of sight while the content note is read
 * (warmUpPlay, src/ui/screens/play.ts): it happens, it leaves nothing behind,
 * and it is never painted (no element timing for its choices, the benchmark's mark).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Records the warm-up's holder coming and going, and every element painted with an `elementtiming` mark. */
const WATCH = `
window.__warm = { added: 0, removed: 0 };
window.__painted = [];
new MutationObserver((records) => {
  for (const r of records) {
    for (const n of r.addedNodes) if (n.classList && n.classList.contains('warm-up')) window.__warm.added++;
    for (const n of r.removedNodes) if (n.classList && n.classList.contains('warm-up')) window.__warm.removed++;
  }
}).observe(document, { childList: true, subtree: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__painted.push(e.identifier);
}).observe({ type: 'element', buffered: true });
`;

describe('the play screen laid out while the content note is read', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`is laid out, removed in the same task and never painted (${lang})`, async () => {
      const { page, errors } = await freshPage(browser, WATCH);
      await page.goto(`${inject('baseUrl')}?scenario=departure-gate&lang=${lang}`);
      await page.waitForSelector('#content-begin');
      await page.waitForFunction(() => performance.getEntriesByName('sp:warm-up').length > 0, undefined, { timeout: 30_000 });
      // A few frames after it, to let any paint of it be reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
      const state = await page.evaluate(() => ({
        warm: (window as unknown as { __warm: { added: number; removed: number } }).__warm,
        painted: (window as unknown as { __painted: string[] }).__painted,
        left: document.querySelectorAll('.warm-up, .screen-play, #story-lines, #choices').length,
        heading: document.querySelector('h1')?.id,
      }));
      expect(state.warm).toEqual({ added: 1, removed: 1 });
      expect(state.left).toBe(0);
      expect(state.painted).toContain('begin');
      expect(state.painted).not.toContain('choice');
      expect(state.heading).toBe('note-heading');
      // Begin still shows the real first step.
      await page.click('#content-begin');
      await page.waitForSelector('#story-lines p');
      expect(await page.locator('.warm-up').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
