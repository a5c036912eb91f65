/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A/AA rules, any impact) on every
 * screen in a real Chromium, in every language of `LANGUAGES`. Automated checks find a
 * subset of problems; keyboard play is covered by play-through.test.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/core/i18n.ts';
import { launchChromium } from './chromium.ts';
import { freshPage } from './page.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe on the page; return every violation, whatever its impact, as readable strings. */
async function violations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    // The canvas behind the HTML layer is decorative (aria-hidden); check the HTML layer and dialogs.
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  })) as { violations: Violation[]; passes: unknown[] };
  // Guard against a check that cannot fail: axe must actually have evaluated rules here.
  expect(result.passes.length, `axe evaluated nothing on ${where}`).toBeGreaterThan(10);
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

// Every language the game offers: a new one is checked without editing this file.
describe.each([...LANGUAGES])('accessibility (%s)', (lang) => {
  it('title, list, content note, play, notebook, settings and debrief have no violations', async () => {
    // axe-core is injected as an inline script, which the shipped CSP rightly refuses: let the test tool past it.
    const { page, errors } = await freshPage(browser, undefined, { bypassCSP: true });
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?lang=${lang}`);
    await page.waitForSelector('#title-start');
    found.push(...(await violations(page, 'title')));
    await page.click('#title-start');
    await page.waitForSelector('#scenario-list');
    found.push(...(await violations(page, 'select')));
    await page.click('[data-start="farm-call"]');
    await page.waitForSelector('#content-begin');
    found.push(...(await violations(page, 'content note')));
    await page.click('#content-begin');
    await page.waitForSelector('#story-lines p');
    found.push(...(await violations(page, 'play')));
    await page.click('#notebook-button');
    found.push(...(await violations(page, 'notebook')));
    await page.keyboard.press('Escape');
    await page.click('#settings-button');
    await page.waitForSelector('#settings[open]');
    found.push(...(await violations(page, 'settings')));
    await page.keyboard.press('Escape');
    await page.click('#leave-button');
    await page.click('#leave-debrief');
    await page.waitForSelector('#debrief-scores');
    found.push(...(await violations(page, 'debrief')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
