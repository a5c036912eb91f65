/**
 * A facilitated group session in a real Chromium, with two pages of one
 * browser context as the facilitator's laptop and the projector: the
 * presenter opens the audience window from its own button (window.open), then
 * runs hotline to an ending with a show of hands at every decision, rewinds
 * to decision 2 and takes another branch to its ending, compares the two
 * branches, pauses (from either window), and prints the summary. At every
 * decision, before the reveal, the audience page holds no score, feedback or
 * standard text (checked against the manifest's feedback, the Russian
 * translations and the score labels). Both views are axe-clean, with
 * screenshots at 1024x768 (and the audience in Russian at extra-large text,
 * where every option must be in view).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { questionsAt } from '../../src/core/discussion.ts';
import { readGroupRecord } from '../../src/core/group-record.ts';
import { STANDARDS } from '../../src/core/standards.ts';
import { compileReal, ROOT } from '../helpers.ts';
import { violations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { freshPage, shot, tabTo } from './page.ts';

const SCENARIO = 'hotline';
const { manifest } = compileReal(SCENARIO);
const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/en/ui.json'), 'utf8')) as Record<string, string>;
const ruUi = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/ru/ui.json'), 'utf8')) as Record<string, string>;
const ruStory = JSON.parse(fs.readFileSync(path.join(ROOT, `locales/ru/stories/${SCENARIO}.json`), 'utf8')) as Record<string, string>;

/** Every text that would give the rubric away: feedback (English and Russian), the score labels, the standards' names. */
const RUBRIC_TEXTS = [
  ...Object.values(manifest.choices).flatMap((c) => (c.feedback ? [c.feedback, ruStory[`${c.id}@feedback`]] : [])),
  ...['identification', 'protection', 'procedure'].flatMap((d) => [en[`debrief.dimension.${d}`], ruUi[`debrief.dimension.${d}`]]),
  en['debrief.why'],
  en['debrief.standards'],
  ruUi['debrief.standards'],
  ...Object.values(STANDARDS).map((s) => s.short),
].filter((s): s is string => !!s);

/** Every page of the context records the storage keys it writes (the audience window must write none of the game's). */
const RECORD_WRITES = `window.__writes = []; { const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { window.__writes.push(k); return set.call(this, k, v); }; }`;

/** The audience page is a heading, the passage and a list: axe has fewer rules to pass there than on a game screen. */
const AUDIENCE_MIN_PASSES = 7;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The rubric texts visible on a page now. */
async function rubricOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return RUBRIC_TEXTS.filter((s) => text.includes(s));
}

/** The audience's option ids in the shown order. */
/** What the room must see on one screen (each option), or with `controls` also the step's controls, but is not wholly in the window. */
const outOfView = (page: Page, controls = true) =>
  page.$$eval(controls ? '#group-options > li, #group-controls' : '#group-options > li', (els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth;
      })
      .map((el) => el.getAttribute('data-option') ?? el.id),
  );
/** The page wider than the window (it would scroll sideways): the widest elements that stick out, if it is. */
const wider = (page: Page) =>
  page.evaluate(() =>
    document.documentElement.scrollWidth <= innerWidth
      ? []
      : [...document.querySelectorAll('#screen *')]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
          .slice(-3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  );
const audienceOptions = (page: Page) => page.$$eval('#audience-options li', (lis) => lis.map((li) => li.getAttribute('data-option')!));

/**
 * Run one decision: votes with a majority for option `pick` (index in the shown order), checked on the
 * audience page with no rubric in view; decide; the consequence with no rubric; reveal; the rubric; continue.
 * Returns the option chosen.
 */
async function runDecision(presenter: Page, audience: Page, pick: (options: string[]) => number, splits: string[]): Promise<string> {
  await audience.waitForSelector('#audience-options li');
  expect(await rubricOn(audience), 'audience before the vote').toEqual([]);
  const options = await presenter.$$eval('#group-options [data-option]', (lis) => lis.map((li) => li.getAttribute('data-option')!));
  expect(await audienceOptions(audience)).toEqual(options);
  const k = pick(options);
  const votes = options.map((_, i) => (i === k ? 7 : i % 3));
  // Typed, then straight to the buttons (no Tab first): each hand count is taken as it is typed.
  for (const [i, n] of votes.entries()) await presenter.fill(`#group-votes-${i}`, String(n));
  await presenter.fill('#group-notes', `Notes on ${options[k]}`);
  // The tally reaches the projector; still no rubric there.
  await expect.poll(() => audience.$$eval('#audience-options .tally', (ts) => ts.map((t) => Number(t.getAttribute('data-votes'))))).toEqual(votes);
  expect(await rubricOn(audience), 'audience with the tally').toEqual([]);
  splits.push(votes.map((n, i) => `${String.fromCharCode(65 + i)} ${n}`).join(' · '));
  await presenter.click('#group-decide-majority');
  await audience.waitForSelector('.audience-consequence');
  // The discussion timer, if it ran, stops with the decision.
  expect(await audience.locator('#audience-timer').count()).toBe(0);
  expect(await presenter.locator('#group-timer-left').count()).toBe(0);
  await expect.poll(() => audience.getAttribute('#audience-options li.chosen', 'data-option')).toBe(options[k]);
  expect(await rubricOn(audience), 'audience with the consequence').toEqual([]);
  await presenter.click('#group-reveal');
  // Revealed: the chosen option's feedback is on the projector now (so the check above can fail).
  const feedback = manifest.choices[options[k]!]?.feedback;
  if (feedback) await audience.waitForFunction((f) => document.body.innerText.includes(f), feedback);
  await audience.waitForSelector('.audience-options .rubric');
  // On one screen (the notes hidden), revealed: one option explained at a time, as on the projector; with the
  // notes shown, every option's rubric is there for the facilitator.
  await presenter.keyboard.press('n');
  expect(await presenter.$$eval('#group-options .rubric', (rs) => rs.length)).toBe(1);
  if (splits.length === 1) await shot(presenter, 'group-presenter-one-screen-revealed-1024x768');
  await presenter.keyboard.press('n');
  expect(await presenter.$$eval('#group-options .rubric', (rs) => rs.length)).toBe(options.length);
  await presenter.click('#group-continue');
  return options[k]!;
}

/** Decisions until the branch ends; `pick` chooses the option index by shown order. */
async function runToEnd(presenter: Page, audience: Page, pick: (options: string[], n: number) => number, splits: string[]): Promise<string[]> {
  const chosen: string[] = [];
  for (let n = 0; n < 40 && (await presenter.locator('#group-options').count()) > 0; n++)
    chosen.push(await runDecision(presenter, audience, (o) => pick(o, n), splits));
  await audience.waitForSelector('.audience-ended');
  return chosen;
}

describe('group session (two windows)', () => {
  it('runs a scenario for a room: votes, tally, reveal, rewind to decision 2, compare, pause, printed summary', async () => {
    const { page: presenter, errors } = await freshPage(browser, RECORD_WRITES, { bypassCSP: true });
    await presenter.setViewportSize({ width: 1024, height: 768 });
    await presenter.goto(`${inject('baseUrl')}?lang=en`);
    await presenter.waitForSelector('#title-start');
    await tabTo(presenter, '#title-group');
    await presenter.keyboard.press('Enter');
    await presenter.waitForSelector(`#group-pick-${SCENARIO}`);
    expect(await violations(presenter, 'group: pick')).toEqual([]);
    await tabTo(presenter, `#group-pick-${SCENARIO}`);
    await presenter.keyboard.press('Enter');
    await presenter.waitForSelector('#room-note');

    // The audience window, opened from the presenter's button: the content note for the room.
    const [audience] = await Promise.all([presenter.context().waitForEvent('page'), presenter.click('#group-audience')]);
    const audienceErrors: string[] = [];
    audience.on('console', (m) => m.type() === 'error' && audienceErrors.push(m.text()));
    audience.on('pageerror', (e) => audienceErrors.push(e.message));
    await audience.setViewportSize({ width: 1024, height: 768 });
    expect(new URL(audience.url()).searchParams.get('audience')).toMatch(/^[0-9a-f]{16}$/);
    await audience.waitForSelector('#room-note');
    expect(await audience.textContent('#room-note')).toContain(en['group.noteLeave']!);
    expect(await audience.locator('#room-note button').count()).toBe(0);
    await presenter.click('#content-begin');

    // Branch 1: the first option shown, every time.
    const splits: string[] = [];
    await audience.waitForSelector('#audience-options li');
    await shot(audience, 'group-audience-1024x768');
    await shot(presenter, 'group-presenter-1024x768');
    expect(await violations(presenter, 'group: presenter')).toEqual([]);
    expect(await violations(audience, 'group: audience', AUDIENCE_MIN_PASSES)).toEqual([]);
    // The facilitator's notes (with the rubric) start hidden, since this window may be
    // the one projected: the room sees what it may see, every option in view. N (or the toolbar's button) shows and
    // hides them in one key; with them, the keys are listed on screen.
    expect(await presenter.isVisible('#group-panel')).toBe(false);
    expect(await presenter.getAttribute('#group-panel-toggle', 'aria-expanded')).toBe('false');
    expect(await rubricOn(presenter)).toEqual([]);
    await shot(presenter, 'group-presenter-one-screen-1024x768');
    expect(await outOfView(presenter)).toEqual([]);
    await presenter.keyboard.press('n');
    expect(await presenter.isVisible('#group-panel .rubric')).toBe(true);
    expect(await presenter.isVisible('#group-keys')).toBe(true);
    // The decision's discussion questions from the story (or a note that none are authored).
    const onScreen = await presenter.$$eval('#group-options [data-option]', (lis) => lis.map((li) => li.getAttribute('data-option')!));
    const questions = questionsAt(manifest, onScreen).map((q) => q.text);
    if (questions.length) expect(await presenter.$$eval('#group-questions li', (lis) => lis.map((li) => li.textContent))).toEqual(questions);
    else expect(await presenter.textContent('#group-questions')).toBe(en['group.noQuestions']);
    expect(await rubricOn(audience)).toEqual([]);
    for (const q of questions) expect(await audience.evaluate(() => document.body.innerText)).not.toContain(q);
    await presenter.keyboard.press('n');
    expect(await presenter.isVisible('#group-panel')).toBe(false);
    expect(await rubricOn(presenter)).toEqual([]);
    await presenter.keyboard.press('n');
    expect(await presenter.isVisible('#group-panel')).toBe(true);
    // The discussion timer runs on the projector too, counting down by itself, and goes when it is stopped.
    expect(await audience.locator('#audience-timer').count()).toBe(0);
    await presenter.click('#group-timer');
    await audience.waitForSelector('#audience-timer');
    expect(await audience.textContent('#audience-timer')).toMatch(/^(2:00|1:5\d)$/);
    await audience.waitForFunction(() => /^1:5[0-8]$/.test(document.getElementById('audience-timer')?.textContent ?? ''), undefined, { timeout: 5000 });
    await shot(audience, 'group-audience-timer-1024x768');
    await presenter.click('#group-timer-stop');
    await audience.waitForSelector('#audience-timer', { state: 'detached' });
    // P pauses even with the cursor in a show-of-hands box, where it sits through the whole vote.
    await presenter.focus('#group-votes-0');
    await presenter.keyboard.press('p');
    await audience.waitForSelector('#audience-paused', { timeout: 1000 });
    await presenter.waitForSelector('#group-paused');
    await presenter.keyboard.press('p');
    await audience.waitForSelector('#audience-options li');
    await presenter.click('#group-timer'); // left running: the decision stops it
    await audience.waitForSelector('#audience-timer');
    const first = await runToEnd(presenter, audience, () => 0, splits);
    expect(first.length).toBeGreaterThanOrEqual(3);
    await presenter.waitForSelector('#group-scores');

    // Rewind to decision 2: a new branch, another option there (the last shown), on to its ending.
    await presenter.click('#group-rewind-1');
    await expect.poll(() => presenter.textContent('#group-heading')).toContain('decision 2 (branch 2)');
    const second = await runToEnd(presenter, audience, (o, n) => (n === 0 ? o.findIndex((id) => id !== first[1]) : 0), splits);
    expect(second[0]).not.toBe(first[1]);
    await shot(audience, 'group-audience-ended-1024x768');

    // The branches list keeps both; compare them side by side.
    expect(await presenter.$$eval('.branch-list > li', (lis) => lis.map((li) => li.getAttribute('data-branch')))).toEqual(['1', '2']);
    await presenter.selectOption('#group-compare-a', '1');
    await presenter.selectOption('#group-compare-b', '2');
    await presenter.click('#group-compare');
    await presenter.waitForSelector('#group-compare-table');
    const rows = await presenter.$$eval('#group-compare-table tbody tr', (trs) => trs.map((tr) => tr.className));
    expect(rows[0]).toBe('same');
    expect(rows[1]).toBe('differs');
    expect(await presenter.locator('#group-scores-a .score').count()).toBe(4);
    expect(await presenter.locator('#group-scores-b .score').count()).toBe(4);
    // A room keeps no notebook: no notebook share in its scores.
    const notebookWords = en['debrief.notebookShare']!.split('{{')[0]!;
    for (const side of ['a', 'b']) expect(await presenter.textContent(`#group-scores-${side}`)).not.toContain(notebookWords);
    expect(await violations(presenter, 'group: compare')).toEqual([]);
    await shot(presenter, 'group-compare-1024x768');
    // Both branches in view side by side on a 1024-wide projector, at every text size (branch 2 was cut off).
    for (const size of ['normal', 'xlarge']) {
      await presenter.evaluate((s) => (document.documentElement.dataset.textSize = s), size);
      expect(await wider(presenter), `compare at ${size} text`).toEqual([]);
    }
    await shot(presenter, 'group-compare-xlarge-1024x768');
    await presenter.evaluate(() => (document.documentElement.dataset.textSize = 'normal'));
    await presenter.click('#group-compare-back');

    // Pause from the presenter (P): the audience's content goes at once.
    await presenter.keyboard.press('p');
    await audience.waitForSelector('#audience-paused', { timeout: 1000 });
    expect(await audience.locator('#audience-options, .audience-ended, .audience-consequence').count()).toBe(0);
    expect(await presenter.locator('#group-paused').count()).toBe(1);
    await presenter.keyboard.press('p');
    await audience.waitForSelector('.audience-ended');
    // Pause from the projector's own keyboard: hidden there at once, and the presenter follows.
    await audience.keyboard.press('p');
    expect(await audience.locator('#audience-paused').count()).toBe(1);
    await presenter.waitForSelector('#group-paused');
    await presenter.click('#group-resume-play');
    await audience.waitForSelector('.audience-ended');
    // A reloaded audience window asks again and is sent the current view.
    await audience.reload();
    await audience.waitForSelector('.audience-ended');

    // The summary: vote splits of every decision, printed without buttons.
    await presenter.click('#group-summary');
    await presenter.waitForSelector('.group-summary-branch');
    for (const size of ['normal', 'xlarge']) {
      await presenter.evaluate((s) => (document.documentElement.dataset.textSize = s), size);
      expect(await wider(presenter), `summary at ${size} text`).toEqual([]);
    }
    await shot(presenter, 'group-summary-xlarge-1024x768');
    await presenter.evaluate(() => (document.documentElement.dataset.textSize = 'normal'));
    const shownSplits = await presenter.$$eval('.vote-split', (tds) => tds.map((td) => td.textContent));
    for (const s of splits) expect(shownSplits).toContain(s);
    const notes = await presenter.$$eval('.group-note', (tds) => tds.map((td) => td.textContent));
    for (const id of [...first, ...second]) expect(notes).toContain(`Notes on ${id}`);
    expect(await violations(presenter, 'group: summary')).toEqual([]);
    // The JSON export is the session record: read back with its schema, both branches in it.
    const [download] = await Promise.all([presenter.waitForEvent('download'), presenter.click('#group-export')]);
    const exported = readGroupRecord(fs.readFileSync(await download.path(), 'utf8'));
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.record.scenario).toBe(SCENARIO);
    expect(exported.record.branches.map((b) => b.decisions.map((d) => d.decision?.choiceId))).toEqual([first, [first[0], ...second]]);
    await presenter.emulateMedia({ media: 'print' });
    const visibleButtons = await presenter.$$eval(
      'button',
      (bs) => bs.filter((b) => getComputedStyle(b).display !== 'none' && b.getClientRects().length > 0).length,
    );
    expect(visibleButtons).toBe(0);
    await shot(presenter, 'group-summary-print-1024x768');
    const pdf = await presenter.pdf({ format: 'A4', printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Branch 2 (from branch 1, decision 2)');
    for (const s of splits.slice(0, 3)) expect(text.replace(/\s+/g, ' ')).toContain(s);
    expect(text).not.toContain(en['debrief.print']!);
    // At extra-large text a branch is longer than a page: it starts on page 1 all the same, under the heading
    // (kept whole, it once left page 1 with the heading and the date alone).
    await presenter.evaluate(() => (document.documentElement.dataset.textSize = 'xlarge'));
    const large = await presenter.pdf({ format: 'A4', printBackground: true });
    const pages = (await extractText(await getDocumentProxy(new Uint8Array(large)))).text;
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('Branch 1');
    await presenter.evaluate(() => (document.documentElement.dataset.textSize = 'normal'));
    await presenter.emulateMedia({ media: 'screen' });

    // The audience window wrote nothing to the device but the storage probe (no save, no last screen, no group record).
    const written = (await audience.evaluate('window.__writes')) as string[];
    expect(written.filter((k) => k !== 'safe-passage.probe')).toEqual([]);
    expect(((await presenter.evaluate('window.__writes')) as string[]).filter((k) => k.startsWith('safe-passage.group.session.')).length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    expect(audienceErrors).toEqual([]);
    await presenter.context().close();
  });

  it('resumes the session kept on the device from the title screen, and shows the audience in Russian at extra-large text with every option in view', async () => {
    const { page: presenter, errors } = await freshPage(browser, undefined, { bypassCSP: true });
    await presenter.setViewportSize({ width: 1024, height: 768 });
    await presenter.goto(`${inject('baseUrl')}?lang=ru`);
    await presenter.evaluate(() => localStorage.setItem('safe-passage.prefs', JSON.stringify({ language: 'ru', textSize: 'xlarge' })));
    await presenter.reload();
    await presenter.click('#title-group');
    await presenter.click(`#group-pick-${SCENARIO}`);
    // The room's content note, projected from this window: all of it in view, no scrolling (it scrolled before).
    await presenter.waitForSelector('#content-begin');
    await shot(presenter, 'group-room-note-ru-xlarge-1024x768');
    expect(await presenter.evaluate(() => ({ scrolled: scrollY, tall: document.documentElement.scrollHeight > innerHeight }))).toEqual({
      scrolled: 0,
      tall: false,
    });
    await presenter.click('#content-begin');
    await presenter.fill('#group-votes-0', '3');
    await presenter.press('#group-votes-0', 'Tab');
    await presenter.waitForSelector('#group-majority');

    // A reload: the title offers the session at once (in view without scrolling, in Russian at extra-large text),
    // and it comes back as it was (votes included).
    await presenter.reload();
    await shot(presenter, 'title-group-resume-ru-xlarge-1024x768');
    const resumeBox = await presenter.locator('#title-group-resume').boundingBox();
    expect(resumeBox!.y + resumeBox!.height).toBeLessThanOrEqual(768);
    await presenter.click('#title-group-resume');
    await presenter.waitForSelector('#group-options');
    expect(await presenter.inputValue('#group-votes-0')).toBe('3');
    // Resumed, the notes are hidden again: nothing of the rubric reaches a projected window after a reload.
    expect(await presenter.isVisible('#group-panel')).toBe(false);
    expect(await rubricOn(presenter)).toEqual([]);

    // The audience window at 1024x768, Russian, extra-large: every option wholly in view, no rubric.
    const [audience] = await Promise.all([presenter.context().waitForEvent('page'), presenter.click('#group-audience')]);
    await audience.setViewportSize({ width: 1024, height: 768 });
    await audience.waitForSelector('#audience-options li .tally');
    expect(await audience.evaluate(() => document.documentElement.dataset.textSize)).toBe('xlarge');
    const outside = await audience.$$eval(
      '#audience-options li',
      (lis) =>
        lis.filter((li) => {
          const r = li.getBoundingClientRect();
          return r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth;
        }).length,
    );
    expect(outside).toBe(0);
    expect(await rubricOn(audience)).toEqual([]);
    expect(await violations(audience, 'group: audience (ru)', AUDIENCE_MIN_PASSES)).toEqual([]);
    await shot(audience, 'group-audience-ru-xlarge-1024x768');
    await shot(presenter, 'group-presenter-ru-xlarge-1024x768');
    // One screen: the facilitator's window projected with the notes hidden shows the room every option without
    // scrolling (at 100% type the options start below the fold here), with at least four lines of the passage.
    await shot(presenter, 'group-presenter-one-screen-ru-xlarge-1024x768');
    expect(await outOfView(presenter, false)).toEqual([]);
    const passageBox = await presenter.$eval('.group-passage', (p) => ({ height: p.clientHeight, line: parseFloat(getComputedStyle(p).lineHeight) }));
    expect(passageBox.height).toBeGreaterThanOrEqual(4 * passageBox.line - 1);
    expect(await violations(presenter, 'group: one screen (ru)')).toEqual([]);
    await presenter.keyboard.press('n');
    expect(await presenter.evaluate(() => document.querySelector<HTMLElement>('.screen-group')!.style.getPropertyValue('--fit'))).toBe('');
    expect(await violations(presenter, 'group: presenter (ru)')).toEqual([]);

    // Revealed: the rubric of every option on the projector, all of it in view. Revealed on one screen (the notes
    // hidden), the explanation is in view there too (focus on the next button once scrolled it out of sight).
    await presenter.keyboard.press('n');
    await presenter.click('#group-decide-majority');
    await presenter.click('#group-reveal');
    const rubricBox = await presenter.locator('#group-options .rubric').boundingBox();
    expect(rubricBox!.y).toBeGreaterThanOrEqual(0);
    expect(rubricBox!.y).toBeLessThan(768 / 2);
    await presenter.keyboard.press('n');
    await audience.waitForSelector('.audience-options .rubric');
    const overflow = await audience.evaluate(() => {
      const main = document.getElementById('audience')!;
      return { scroll: main.scrollHeight, client: main.clientHeight, fit: main.style.getPropertyValue('--fit'), tight: main.classList.contains('tight') };
    });
    expect(overflow.tight).toBe(false);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client + 1);
    const inView = () => audience.$$eval('#audience-options li', (lis) => lis.filter((li) => li.getBoundingClientRect().bottom > innerHeight).length);
    expect(await inView()).toBe(0);
    // One option is explained in full at a time (the one decided first); the facilitator moves the explanation.
    const shown = await audienceOptions(audience);
    const why = (i: number) => ruStory[`${shown[i]}@feedback`]!;
    const bodyText = () => audience.evaluate(() => document.body.innerText);
    expect(await bodyText()).toContain(why(0));
    expect(await bodyText()).not.toContain(why(1));
    await presenter.click('#group-explain-1');
    await audience.waitForFunction((f) => document.body.innerText.includes(f), why(1));
    expect(await bodyText()).not.toContain(why(0));
    expect(await inView()).toBe(0);
    await shot(audience, 'group-audience-revealed-ru-xlarge-1024x768');
    await presenter.keyboard.press('n');
    await shot(presenter, 'group-presenter-one-screen-revealed-ru-xlarge-1024x768');
    await presenter.keyboard.press('n');
    expect(await violations(audience, 'group: audience revealed (ru)', AUDIENCE_MIN_PASSES)).toEqual([]);
    for (const [page, name] of [
      [audience, 'group-audience-revealed-ru-xlarge-1920x1080'],
      [presenter, 'group-presenter-revealed-ru-xlarge-1920x1080'],
    ] as const) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await shot(page, name);
    }

    // A second group (another scenario) does not overwrite the first: both are kept and listed, the most
    // recent first; deleting one asks first ("Keep it" keeps it), then removes that one only.
    await presenter.setViewportSize({ width: 1024, height: 768 });
    await audience.close();
    await presenter.click('#group-exit');
    await presenter.click('#title-group');
    const other = fs
      .readdirSync(path.join(ROOT, 'stories'))
      .map((f) => path.basename(f, '.ink'))
      .find((id) => id !== SCENARIO && ruUi[`scenario.${id}.title`])!;
    await presenter.click(`#group-pick-${other}`);
    await presenter.click('#content-begin');
    await presenter.waitForSelector('#group-options');
    await presenter.click('#group-exit');
    await presenter.click('#title-group');
    // The pick screen is drawn after an async import: wait for it before reading the list.
    await presenter.waitForSelector('.group-saved-list li:nth-child(2)');
    const listed = () => presenter.$$eval('.group-saved-list li button[id^="group-resume"]', (bs) => bs.map((b) => b.textContent ?? ''));
    const titleOf = (id: string) => ruUi[`scenario.${id}.title`]!;
    expect((await listed()).map((l) => l.includes(titleOf(other)) || l.includes(titleOf(SCENARIO)))).toEqual([true, true]);
    expect((await listed())[0]).toContain(titleOf(other));
    expect(await violations(presenter, 'group: pick with saved sessions (ru)')).toEqual([]);
    await shot(presenter, 'group-pick-saved-ru-xlarge-1024x768');
    const firstId = await presenter.getAttribute('.group-saved-list li:nth-child(2) button[id^="group-resume"]', 'data-session');
    await presenter.click(`#group-delete-${firstId}`);
    await presenter.click('#group-delete-cancel');
    expect(await listed()).toHaveLength(2);
    await presenter.click(`#group-delete-${firstId}`);
    await presenter.click('#group-delete-confirm');
    await presenter.waitForFunction(() => document.querySelectorAll('.group-saved-list li').length === 1);
    expect((await listed())[0]).toContain(titleOf(other));
    expect(await presenter.evaluate((id) => localStorage.getItem(`safe-passage.group.session.${id}`), firstId)).toBeNull();
    expect(errors).toEqual([]);
    await presenter.context().close();
  });
});
