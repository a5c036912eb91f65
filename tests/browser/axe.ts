/** axe-core in the page: WCAG 2.1 A/AA violations as readable strings. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Run axe on the page; return every violation, whatever its impact, as readable strings.
 * @param minPasses axe must have passed more rules than this (a deliberately small page, such as the projector's audience view, passes fewer)
 */
export async function violations(page: Page, where: string, minPasses = 10): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    // The canvas behind the HTML layer is decorative (aria-hidden); check the HTML layer and dialogs.
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  })) as { violations: Violation[]; passes: unknown[] };
  // Guard against a check that cannot fail: axe must actually have evaluated rules here.
  expect(result.passes.length, `axe evaluated nothing on ${where}`).toBeGreaterThan(minPasses);
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
