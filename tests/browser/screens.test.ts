/**
 * Classroom screens: a full run of each scenario on a 1024x768 projector with
 * extra-large Russian text, on a 390x844 phone, on a 1366x768 office laptop
 * (extra-large English) and on a 1920x1080 screen (large Russian). At every page and every
 * decision, everything the trainee must act on is wholly on screen and no
 * text overflows its box. Screenshots of each screen go to
 * tests/browser/screenshots/ for review.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest, shot } from './page.ts';
import { storyIds } from '../helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = [
  { name: 'projector', width: 1024, height: 768, language: 'ru', textSize: 'xlarge' },
  { name: 'phone', width: 390, height: 844, language: 'ru', textSize: 'normal' },
  { name: 'laptop', width: 1366, height: 768, language: 'en', textSize: 'xlarge' },
  { name: 'wide', width: 1920, height: 1080, language: 'ru', textSize: 'large' },
] as const;

/** What is off screen or overflowing on the play screen now (empty when all is well). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('data-choice') ? `[${e.getAttribute('data-choice')}]` : ''}`;
    // Everything to act on: the choices, the way on, the toolbar.
    for (const e of document.querySelectorAll('#choices button, #more, .toolbar button')) {
      if ((e as HTMLElement).offsetParent === null) continue; // not shown on this page
      const r = e.getBoundingClientRect();
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
        problems.push(`${describe(e)} is not wholly on screen (${Math.round(r.top)}-${Math.round(r.bottom)} of ${vh})`);
    }
    // No box's text overflows it; the story panel shows its page without scrolling.
    for (const e of document.querySelectorAll('.story-panel, .story-panel p, .story-panel button, .toolbar, .toolbar button')) {
      const el = e as HTMLElement;
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} overflows its width (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${describe(el)} overflows its height (${el.scrollHeight} > ${el.clientHeight})`);
    }
    if (document.documentElement.scrollWidth > vw) problems.push(`the page is wider than the screen (${document.documentElement.scrollWidth} > ${vw})`);
    // Once the stage is drawn: no figure's head is cut off under the toolbar (a strip too short for faces shows no one).
    const stage = document.getElementById('stage');
    const toolbarBottom = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
    if (stage?.querySelector('canvas') && stage.dataset.figures) {
      for (const f of JSON.parse(stage.dataset.figures) as { name: string; y: number }[]) {
        if (f.y < toolbarBottom - 2) problems.push(`${f.name} is drawn with the head under the toolbar (top ${f.y} < ${Math.round(toolbarBottom)})`);
      }
    }
    return problems;
  });
}

describe.each(SCREENS)('on a $name ($width x $height, $language, $textSize text)', (screen) => {
  it.each(storyIds())(
    'a full run of %s keeps every choice in view',
    async (scenario) => {
      const { page, errors } = await freshPage(
        browser,
        `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', JSON.stringify({ language: '${screen.language}', textSize: '${screen.textSize}' })); }`,
      );
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(`${inject('baseUrl')}?scenario=${scenario}`);
      await page.click('#content-begin');
      await page.waitForSelector('#story-lines p');
      let step = 0;
      let pagesSeen = 0;
      for (; step < 40; step++) {
        // Every page of the passage, then its decision.
        for (;;) {
          pagesSeen++;
          expect(await layoutProblems(page), `${scenario}, step ${step + 1}`).toEqual([]);
          await shot(page, `screens-${screen.name}-${scenario}-${String(step + 1).padStart(2, '0')}-${pagesSeen}`);
          if (!(await page.locator('#more:visible').count())) break;
          await page.focus('#story-lines');
          await page.keyboard.press('Space');
        }
        if ((await page.locator('#choices [data-choice]').count()) === 0) break; // the ending
        await pressBest(page, scenario);
      }
      await page.click('#to-debrief');
      await page.waitForSelector('#debrief-verdict');
      await shot(page, `screens-${screen.name}-${scenario}-debrief`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      expect(errors).toEqual([]);
      console.log(`${scenario} on the ${screen.name}: ${step} decisions, ${pagesSeen} screens checked`);
      await page.context().close();
    },
    180_000,
  );
});
