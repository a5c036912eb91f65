/** Helpers for browser tests: a fresh page that records console errors, and screenshots. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bestShownIndex } from '../best-play.ts';
import { compileReal } from '../helpers.ts';

export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

export interface WatchedPage {
  page: Page;
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

/** A page in a fresh context (empty storage), recording errors. */
export async function freshPage(browser: Browser, init?: string, opts: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: opts.bypassCSP ?? false });
  // Record Content Security Policy violations (the build ships a strict policy; see cspViolations).
  await context.addInitScript(
    `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

/** Save a screenshot to tests/browser/screenshots (git-ignored) for a human to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Press Tab until `selector` has focus (keyboard-only navigation); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/**
 * Wait until the game itself is running and drawing (src/main.ts booted). A direct link's first screen
 * (src/first-screen/start.ts) comes before it: a test of what the game does with the run waits for this.
 */
export async function gameReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sp:booted').length > 0 && !document.getElementById('app')?.hasAttribute('data-first-screen'));
}

/** Open a scenario by direct link in a fresh page, press Begin, and wait for its first choices, drawn by the game. */
export async function startScenario(browser: Browser, baseUrl: string, scenario: string, init?: string): Promise<WatchedPage> {
  const watched = await freshPage(browser, init);
  await watched.page.goto(`${baseUrl}?scenario=${scenario}`);
  await watched.page.click('#content-begin');
  await watched.page.waitForSelector('#story-lines p');
  await gameReady(watched.page);
  return watched;
}

/** Turn the pages of a long passage (Space) until its choices are on screen. Returns the pages turned. */
export async function toChoices(page: Page): Promise<number> {
  let turned = 0;
  while (await page.locator('#more:visible').count()) {
    const before = await page.evaluate(() => document.querySelector('#story-lines')?.textContent ?? '');
    // Space turns the page from the story (a focused button would take Space for itself, as buttons do).
    await page.focus('#story-lines');
    await page.keyboard.press('Space');
    await page.waitForFunction((prev) => (document.querySelector('#story-lines')?.textContent ?? '') !== prev, before);
    turned++;
  }
  return turned;
}

/** Press a choice's digit key (turning pages first) and wait until the next step is on screen. */
export async function pressChoice(page: Page, key: string): Promise<void> {
  await toChoices(page);
  const before = await page.evaluate(() => document.querySelector('#story-lines')?.textContent ?? '');
  await page.keyboard.press(key);
  await page.waitForFunction((prev) => (document.querySelector('#story-lines')?.textContent ?? '') !== prev, before);
}

/** The choice ids on screen, in the order shown (options are shuffled per decision). */
export async function shownChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('#choices [data-choice]')].map((e) => e.getAttribute('data-choice')!));
}

/**
 * Press the digit key of the best-scored option on screen (keys follow the
 * shown order) and wait for the next step. Returns the option chosen and the
 * order the options were shown in.
 */
export async function pressBest(page: Page, scenario: string): Promise<{ chosen: string; shown: string[] }> {
  const { manifest } = compileReal(scenario);
  await toChoices(page);
  const shown = await shownChoices(page);
  const best = bestShownIndex(shown, manifest);
  await pressChoice(page, String(best + 1));
  return { chosen: shown[best]!, shown };
}

/** Content Security Policy violations seen on the page since it loaded. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__csp || []') as Promise<string[]>;
}
