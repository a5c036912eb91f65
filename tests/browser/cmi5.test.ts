/**
 * A cmi5 launch end to end in a real Chromium: the game is built with the
 * loopback LRS's origin allowed (LRS_ORIGINS), served from another origin,
 * and launched with the cmi5 parameters an LMS appends. It fetches its
 * token, reads LMS.LaunchData, plays hotline to the debrief and leaves it:
 * the LRS receives initialized, one answered per decision (as the debrief
 * lists them), completed, passed or failed, terminated - all valid xAPI
 * (Learning Locker's validator), in cmi5 order, one registration and
 * session. Part of the run is played offline: those decisions arrive, once
 * each, when the network returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startLoopbackLrs, type LoopbackLrs } from './lrs.ts';
import { violations } from './axe.ts';
import { cspViolations, freshPage, pressBest, shot, toChoices } from './page.ts';
import { ROOT, serveFolder } from './server.ts';
import { CMI5, VERBS, type Statement } from '../../src/lms/xapi-statements.ts';
import { cmi5CourseStructure } from '../../src/build/cmi5-package.ts';
import { zipPackage } from '../../src/build/scorm-package.ts';

const SCENARIO = 'hotline';
const WORK = path.join(ROOT, '.cache/cmi5-test');
const OUT = path.join(WORK, 'built');
const LMS_DIR = path.join(WORK, 'lms');
const REGISTRATION = '5d2f2a48-7c1e-4a0b-9f3e-2b6c8d1e4f70';
const SESSION = '0b7a1c3e-5d2f-4e6a-8b9c-1d2e3f4a5b6c';
const BASE = 'https://game.example.org/xapi';
let ACTIVITY = '';
/** The AU's launch URL, from the package's cmi5.xml. */
let auUrl = '';
const PUBLISHER = 'https://lms.example.org/courses/anti-trafficking';

let browser: Browser;
let lrs: LoopbackLrs;
let game: { url: string; close: () => void };

beforeAll(async () => {
  lrs = await startLoopbackLrs((origin) => ({
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] },
      extensions: { [CMI5.sessionId]: SESSION },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.6,
    returnURL: `${origin}/return`,
  }));
  // The build's policy allows exactly this LRS (and the game's own origin).
  process.env.LRS_ORIGINS = lrs.origin;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    delete process.env.LRS_ORIGINS;
  }
  // The cmi5 package, unpacked as the LMS would; the AU's id and URL come from its cmi5.xml.
  const zip = await zipPackage(
    OUT,
    cmi5CourseStructure({
      title: 'Safe Passage',
      description: 'Test',
      base: BASE,
      lang: 'en',
      items: [{ scenario: SCENARIO, title: 'Hotline', description: 'Hotline', passMark: 60 }],
    }),
    'cmi5.xml',
  );
  fs.rmSync(LMS_DIR, { recursive: true, force: true });
  for (const [name, file] of Object.entries((await JSZip.loadAsync(zip)).files)) {
    if (file.dir) continue;
    fs.mkdirSync(path.dirname(path.join(LMS_DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(LMS_DIR, name), await file.async('nodebuffer'));
  }
  const structure = fs.readFileSync(path.join(LMS_DIR, 'cmi5.xml'), 'utf8');
  ACTIVITY = /<au id="([^"]+)"/.exec(structure)![1]!;
  auUrl = /<url>([^<]+)<\/url>/.exec(structure)![1]!.replace(/&amp;/g, '&');
  game = await serveFolder(LMS_DIR);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  game?.close();
  lrs?.close();
});

const verbOf = (s: Statement) => s.verb.id;
const answered = () => [...lrs.stored.values()].filter((s) => verbOf(s) === VERBS.answered);

/** Wait until `check` holds (the LRS is on another server: statements arrive a little later). */
async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Launch the AU as an LMS would for a new registration and learner, and press Begin; `mine` is what the LRS keeps of it. */
async function launchAndBegin(registration: string, mbox: string) {
  const params = new URLSearchParams({
    endpoint: `${lrs.origin}/xapi/`,
    fetch: `${lrs.origin}/fetch?k=${registration}`,
    actor: JSON.stringify({ mbox }),
    registration,
    activityId: ACTIVITY,
  });
  const { page } = await freshPage(browser);
  await page.goto(`${game.url}/${auUrl}&${params}`);
  await page.click('#content-begin');
  await page.waitForSelector('#story-lines p');
  return { page, mine: () => [...lrs.stored.values()].filter((s) => s.context?.registration === registration) };
}

it('a cmi5 launch: every statement valid, in cmi5 order, the debrief and the LRS agree; decisions made offline arrive once each when back online', async () => {
  const actor = { objectType: 'Agent', name: 'Aigerim Abenova', account: { homePage: 'https://lms.example.org', name: 'aabenova' } };
  // The LMS appends the cmi5 launch parameters to the AU's URL.
  const params = new URLSearchParams({
    endpoint: `${lrs.origin}/xapi/`,
    fetch: `${lrs.origin}/fetch?k=${REGISTRATION}`,
    actor: JSON.stringify(actor),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  const { page, errors } = await freshPage(browser);
  await page.goto(`${game.url}/${auUrl}&${params}`);
  await page.click('#content-begin');
  await page.waitForSelector('#story-lines p');
  await until(() => [...lrs.stored.values()].some((s) => verbOf(s) === VERBS.initialized), 'initialized');
  expect(lrs.fetches).toBe(1);

  // Two decisions online: they arrive as they are made.
  await pressBest(page, SCENARIO);
  await pressBest(page, SCENARIO);
  await until(() => answered().length === 2, 'two answered statements');

  // Offline: the next decisions wait in the outbox.
  await page.context().setOffline(true);
  await pressBest(page, SCENARIO);
  await pressBest(page, SCENARIO);
  await new Promise((r) => setTimeout(r, 1500));
  expect(answered()).toHaveLength(2);
  const queued = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('safe-passage.xapi.queue.'))
      .map((k) => (JSON.parse(localStorage.getItem(k)!) as { pending: unknown[] }).pending.length),
  );
  expect(queued).toEqual([2]);
  // Back online: the `online` event sends them.
  await page.context().setOffline(false);
  await until(() => answered().length === 4, 'the two decisions made offline');

  // Play on to the ending and open the debrief.
  for (let i = 0; i < 40 && !(await page.locator('#to-debrief').count()); i++) {
    await toChoices(page);
    if (await page.locator('#to-debrief').count()) break;
    await pressBest(page, SCENARIO);
  }
  await page.click('#to-debrief');
  await page.waitForSelector('#debrief-scores');
  const verdict = ((await page.getAttribute('#debrief-verdict', 'class')) ?? '').match(/verdict-([a-z-]+)/)?.[1];
  const chosenOnDebrief = await page.evaluate(() =>
    [...document.querySelectorAll('#debrief-decisions li[data-choice]')].map((e) => e.getAttribute('data-choice')),
  );
  await until(() => [...lrs.stored.values()].some((s) => verbOf(s) === VERBS.completed), 'completed');
  await shot(page, '70-cmi5-debrief');
  // The policy allowed the LRS: no violation.
  expect(await cspViolations(page)).toEqual([]);

  // Leaving the debrief ends the activity: terminated, then back to the LMS's returnURL.
  await page.click('#debrief-list');
  await page.waitForURL(`${lrs.origin}/return`);
  await until(() => [...lrs.stored.values()].some((s) => verbOf(s) === VERBS.terminated), 'terminated');

  const stored = [...lrs.stored.values()];
  expect(lrs.problems).toEqual([]);
  // Each statement once: the LRS never saw the same id with other content, and resends (if any) were identical.
  expect(new Set(lrs.received.map((s) => s.id)).size).toBe(stored.length);
  // cmi5 order: initialized first, terminated last, the defined statements of the end in between.
  const verbs = stored.map(verbOf);
  expect(verbs[0]).toBe(VERBS.initialized);
  expect(verbs.at(-1)).toBe(VERBS.terminated);
  const end = verbs.filter((v) => v === VERBS.completed || v === VERBS.passed || v === VERBS.failed);
  expect(end).toEqual([VERBS.completed, verdict === 'passed' ? VERBS.passed : VERBS.failed]);
  expect(verbs.lastIndexOf(VERBS.answered)).toBeLessThan(verbs.indexOf(VERBS.completed));
  // The decisions as the debrief lists them.
  expect(chosenOnDebrief.length).toBeGreaterThan(4);
  expect(answered().map((s) => s.result?.response)).toEqual(chosenOnDebrief);
  // One learner, registration and session; the LMS's template in every statement.
  for (const s of stored) {
    expect(s.actor).toMatchObject({ account: actor.account });
    expect(s.context?.registration).toBe(REGISTRATION);
    expect(s.context?.extensions?.[CMI5.sessionId]).toBe(SESSION);
    expect(s.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([PUBLISHER]);
    const cmi5Category = (s.context?.contextActivities?.category ?? []).some((c) => c.id === CMI5.category);
    if ([VERBS.initialized, VERBS.completed, VERBS.passed, VERBS.failed, VERBS.terminated].includes(verbOf(s) as never)) {
      expect(s.object).toMatchObject({ id: ACTIVITY });
      expect(cmi5Category).toBe(true);
    } else expect(cmi5Category).toBe(false);
  }
  const verdictStatement = stored.find((s) => verbOf(s) === VERBS.passed || verbOf(s) === VERBS.failed);
  expect(verdictStatement?.context?.extensions?.[CMI5.masteryScore]).toBe(0.6);
  // The only errors are the requests that failed while offline.
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Network Error/.test(e))).toEqual([]);
});

it('an LRS the build does not allow: a notice names it, and nothing is requested from it', async () => {
  const other = await startLoopbackLrs(() => ({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Completed' }));
  try {
    const params = new URLSearchParams({
      scenario: SCENARIO,
      endpoint: `${other.origin}/xapi/`,
      fetch: `${other.origin}/fetch`,
      actor: JSON.stringify({ mbox: 'mailto:trainee@example.org' }),
      registration: REGISTRATION,
      activityId: ACTIVITY,
    });
    const { page } = await freshPage(browser);
    await page.goto(`${game.url}/index.html?${params}`);
    const notice = page.locator('[data-notice="error.lrsBlocked"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(other.origin);
    // The game still plays.
    await page.click('#content-begin');
    await pressBest(page, SCENARIO);
    expect(other.fetches).toBe(0);
    expect(other.received).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  } finally {
    other.close();
  }
});

it('a plain xAPI launch set up by a trainer (endpoint, auth, actor in the URL): launched, initialized and each decision reach the LRS, valid', async () => {
  const before = lrs.received.length;
  const registration = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const params = new URLSearchParams({
    scenario: SCENARIO,
    endpoint: `${lrs.origin}/xapi/`,
    auth: `Basic ${Buffer.from('cmi5-test:secret').toString('base64')}`,
    actor: JSON.stringify({ name: 'Trainee 7', mbox: 'mailto:trainee7@example.org' }),
    registration,
  });
  const { page, errors } = await freshPage(browser);
  await page.goto(`${game.url}/index.html?${params}`);
  await page.click('#content-begin');
  await page.waitForSelector('#story-lines p');
  const { chosen: first } = await pressBest(page, SCENARIO);
  const { chosen: second } = await pressBest(page, SCENARIO);
  const mine = () => lrs.received.slice(before).filter((s) => s.context?.registration === registration);
  await until(() => mine().filter((s) => verbOf(s) === VERBS.answered).length === 2, 'two answered statements');
  expect(mine().map(verbOf).slice(0, 2)).toEqual([VERBS.launched, VERBS.initialized]);
  expect(
    mine()
      .filter((s) => verbOf(s) === VERBS.answered)
      .map((s) => s.result?.response),
  ).toEqual([first, second]);
  // No cmi5 category outside cmi5; the activity is under the game's own address.
  for (const s of mine()) expect(s.context?.contextActivities?.category).toBeUndefined();
  expect(mine()[0]!.object).toMatchObject({ id: `${game.url}/xapi/${SCENARIO}` });
  expect(lrs.problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('a reload after the cmi5 session ended: the outbox is sent (terminated last), nothing new is reported, and the trainee is told to relaunch', async () => {
  const registration = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
  const fetches = lrs.fetches;
  const { page, mine } = await launchAndBegin(registration, 'mailto:trainee9@example.org');
  await pressBest(page, SCENARIO);
  await until(() => mine().some((s) => verbOf(s) === VERBS.answered), 'the first decision');
  // The reload unloads the page: the session ends (terminated).
  await page.reload();
  await page.locator('[data-notice="error.lrsEnded"]').waitFor();
  await until(() => mine().some((s) => verbOf(s) === VERBS.terminated), 'terminated');
  await pressBest(page, SCENARIO);
  await new Promise((r) => setTimeout(r, 1000));
  expect(mine().map(verbOf)).toEqual([VERBS.initialized, VERBS.answered, VERBS.terminated]);
  // One token fetch: the reload did not use the launch's fetch URL again.
  expect(lrs.fetches - fetches).toBe(1);
  expect(lrs.problems).toEqual([]);
});

it('the notice of a blocked LRS, in Russian with extra-large text at 1024x768: axe-clean, and short (a quarter of the screen at most)', async () => {
  const other = await startLoopbackLrs(() => ({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Completed' }));
  try {
    const { page } = await freshPage(
      browser,
      `localStorage.setItem('safe-passage.prefs', JSON.stringify({ language: 'ru', textSize: 'xlarge' }));`,
      // axe is injected as a script: the page's policy would refuse it (the policy text is still read from the <meta>).
      { bypassCSP: true },
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    const params = new URLSearchParams({
      scenario: SCENARIO,
      endpoint: `${other.origin}/xapi/`,
      auth: 'Basic eDp5',
      actor: JSON.stringify({ mbox: 'mailto:t@example.org' }),
    });
    await page.goto(`${game.url}/index.html?${params}`);
    const notice = page.locator('[data-notice="error.lrsBlocked"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('LRS_ORIGINS');
    expect(await notice.textContent()).toContain('Играть можно');
    expect(await violations(page, 'the blocked-LRS notice')).toEqual([]);
    await shot(page, '71-lrs-blocked-ru-xl');
    const box = await notice.boundingBox();
    expect(box && box.height).toBeLessThanOrEqual(768 / 4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  } finally {
    other.close();
  }
});

it('closing the window while a statement is still on its way: terminated goes too, in one request that outlives the page', async () => {
  const registration = 'd1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
  const { page, mine } = await launchAndBegin(registration, 'mailto:trainee11@example.org');
  await until(() => mine().some((s) => verbOf(s) === VERBS.initialized), 'initialized');
  // The LRS keeps what arrives but answers late: the outbox sends one statement at a time and waits for
  // each answer, so without the request sent while the page goes away, terminated would wait behind it
  // (in the outbox, until the next launch).
  lrs.statementDelayMs = 4000;
  try {
    await pressBest(page, SCENARIO);
    await until(() => mine().some((s) => verbOf(s) === VERBS.answered), 'the first decision');
    await page.close();
    await until(() => mine().some((s) => verbOf(s) === VERBS.terminated), 'terminated', 3000);
  } finally {
    lrs.statementDelayMs = 0;
  }
  const verbs = mine().map(verbOf);
  expect(verbs[0]).toBe(VERBS.initialized);
  expect(verbs.at(-1)).toBe(VERBS.terminated);
  expect(lrs.problems).toEqual([]);
});

it('closing the window ends the session: terminated reaches the LRS, or waits in the outbox for the next launch', async () => {
  const registration = 'c1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
  const { page, mine } = await launchAndBegin(registration, 'mailto:trainee10@example.org');
  await pressBest(page, SCENARIO);
  await until(() => mine().some((s) => verbOf(s) === VERBS.answered), 'the first decision');
  const context = page.context();
  await page.close();
  // Sent while the page goes away (a request the browser may cancel on a slow network)...
  const delivered = await until(() => mine().some((s) => verbOf(s) === VERBS.terminated), 'terminated', 5000).then(
    () => true,
    () => false,
  );
  if (!delivered) {
    // ...or kept on the device, in the outbox the next launch sends first.
    const later = await context.newPage();
    await later.goto(`${game.url}/index.html`);
    const pending = await later.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('safe-passage.xapi.queue.'))
        .flatMap((k) => (JSON.parse(localStorage.getItem(k)!) as { pending: { verb: { id: string }; context?: { registration?: string } }[] }).pending),
    );
    expect(pending.filter((s) => s.context?.registration === registration).map((s) => s.verb.id)).toContain(VERBS.terminated);
  }
  expect(mine().map(verbOf).slice(0, 2)).toEqual([VERBS.initialized, VERBS.answered]);
  expect(lrs.problems).toEqual([]);
});
