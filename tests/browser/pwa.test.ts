/**
 * Installable and offline after a first visit (vite-plugin-pwa): the
 * production build is served on loopback (a secure context) by a server
 * whose sw.js can be changed to stand for a new release. A first visit
 * installs the service worker; with the network off, a reload still opens a
 * scenario, in Russian too. A new version is announced and never swapped in
 * mid-scenario: no notice (and no reload) on the play screen, the notice on
 * the next screen, the switch only when asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, shot } from './page.ts';
import { ROOT, serveFolder } from './server.ts';

// The build the other browser tests serve (tests/browser/global-setup.ts).
const DIST = path.join(ROOT, '.cache/dist-test');
let release = '';
/** The server is "off the network": every request fails at the socket, as with no connection at all. */
let down = false;
let browser: Browser;
let server: { url: string; close: () => void };
let base = '';

beforeAll(async () => {
  expect(fs.existsSync(path.join(DIST, 'sw.js'))).toBe(true);
  server = await serveFolder(DIST, (req, res, file) => {
    if (down) return (req.socket.destroy(), true);
    // A "new release": the same service worker with one byte changed.
    if (!file.endsWith(`${path.sep}sw.js`)) return false;
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
    res.end(fs.readFileSync(file, 'utf8') + release);
    return true;
  });
  base = server.url;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Wait until the page has an active service worker that has precached the build. */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** Poll an async condition in the page (waitForFunction does not await a promise). */
async function until(page: Page, what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate(check)) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('after a first visit, opens a scenario with the network off, in English and in Russian', async () => {
  const { page, errors } = await freshPage(browser);
  await page.goto(`${base}/`);
  await page.waitForSelector('#title-start');
  expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('./manifest.webmanifest');
  await workerReady(page);
  down = true;
  await page.goto(`${base}/?scenario=hotline`);
  await page.click('#content-begin');
  await page.waitForSelector('#choices [data-choice]');
  await page.goto(`${base}/?scenario=farm-call&lang=ru`);
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.click('#content-begin');
  await page.waitForSelector('#choices [data-choice]');
  expect(await page.textContent('#choices')).toMatch(/[а-я]/i);
  await shot(page, '63-pwa-offline-ru');
  // The language file that failed offline would show a notice; none did.
  expect(errors).toEqual([]);
  await page.context().close();
});

it('announces a new version, never swaps it in mid-scenario, and switches only when asked', async () => {
  release = '';
  down = false;
  const { page, errors } = await freshPage(browser);
  await page.goto(`${base}/`);
  await page.waitForSelector('#title-start');
  await workerReady(page);
  // Again, now under the service worker's control.
  await page.goto(`${base}/?scenario=hotline`);
  await page.click('#content-begin');
  await page.waitForSelector('#choices [data-choice]');
  // A new release appears while the trainee plays.
  release = '\n// release 2\n';
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await until(page, 'the new service worker to wait', async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
  await page.waitForTimeout(500);
  // On the play screen: no notice, no reload.
  expect(await page.locator('[data-notice="update"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  // The next screen (here the debrief, after leaving) says it.
  await page.click('#leave-button');
  await page.waitForSelector('#leave-dialog[open]');
  await page.click('#leave-debrief');
  await page.waitForSelector('[data-notice="update"] #update-now');
  await shot(page, '64-pwa-update-notice');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  // Asked: the new version takes over and the page reloads into it, the run still there.
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.click('#update-now')]);
  await page.waitForSelector('#debrief-scores, #debrief-verdict');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  expect(await page.evaluate(async () => !(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
