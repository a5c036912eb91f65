/**
 * The stage draws whole figures. Under software WebGL (the renderer of these
 * tests), Phaser's multi-texture batching once drew part of the backdrop over
 * the front figure: a block of her body missing. This plays departure-gate to
 * the window scene (four people on stage), hides the HTML layer and checks
 * each figure's torso: it must be drawn in the figure's own colours, not be
 * partly background.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.ts';
import { freshPage, pressBest, shot } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface FigureRect {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('the stage', () => {
  it('draws every figure whole: each torso in its own colours', async () => {
    // Reduced motion: figures stand in place at once (no tween to wait for).
    const { page, errors } = await freshPage(
      browser,
      `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', JSON.stringify({ reducedMotion: true })); }`,
    );
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.click('#content-begin');
    await page.waitForSelector('#stage canvas', { timeout: 30_000 });
    // Play the best options to the window scene: four people on stage, a young woman in front.
    let figures: FigureRect[] = [];
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(600);
      figures = JSON.parse((await page.locator('#stage').getAttribute('data-figures')) ?? '[]') as FigureRect[];
      if (figures.length >= 4 && ['aigerim', 'dana', 'madina'].includes(figures[0]!.name)) break;
      await pressBest(page, 'departure-gate');
    }
    expect(figures.length).toBeGreaterThanOrEqual(4);
    await page.evaluate(() => ((document.getElementById('app') as HTMLElement).style.visibility = 'hidden'));
    await page.waitForTimeout(800);
    await shot(page, '17-stage-figures');
    const png = PNG.sync.read(await page.screenshot());
    const pixel = (x: number, y: number) => {
      const i = (png.width * Math.round(y) + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    const near = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]!) <= 6);
    for (const f of figures) {
      // The middle of the torso: a box a fifth of the figure wide, from 30% to 50% of its height.
      // A torso pixel that has the colour of the background of its own row (sampled just left and
      // right of the figure, where both agree) is background showing through the figure.
      let checked = 0;
      let background = 0;
      for (let y = f.y + f.height * 0.3; y < f.y + f.height * 0.5; y += 3) {
        const left = pixel(f.x - 4, y);
        const right = pixel(f.x + f.width + 4, y);
        if (!near(left, right)) continue; // another figure or a detail beside it: no clean background sample
        for (let x = f.x + f.width * 0.4; x < f.x + f.width * 0.6; x += 3) {
          checked++;
          if (near(pixel(x, y), left)) background++;
        }
      }
      if (checked === 0) continue;
      expect(background / checked, `${f.name}: ${background} of ${checked} torso pixels show the background`).toBeLessThan(0.1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
