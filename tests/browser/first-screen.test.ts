/**
 * A direct link's first screen (src/first-screen/start.ts): the content note
 * and the story's first step drawn before the game's code has loaded, then
 * taken over by the game. The game's module is held back here (a route that
 * answers only when told), so each side is seen on its own: the first screen
 * works without the game, and the game's screen replaces it without moving
 * anything, in the same run, on the same page, doing what was pressed meanwhile.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { violations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { freshPage, shot, shownChoices, toChoices } from './page.ts';
import { storyIds } from '../helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Hold back the game's module (assets/main-*.js) until `release` is called. */
async function holdGame(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[^/]*\.js(\?.*)?$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const firstScreenShown = (page: Page) => page.evaluate(() => document.getElementById('app')?.hasAttribute('data-first-screen') ?? false);
const gameStarted = (page: Page) => page.evaluate(() => performance.getEntriesByName('sp:main').length > 0);
/** Wait until the game has drawn its own screen in place of the first screen. */
const takenOver = (page: Page) =>
  page.waitForFunction(() => !document.getElementById('app')?.hasAttribute('data-first-screen') && performance.getEntriesByName('sp:booted').length > 0);

/**
 * What is on screen: every visible element of the page's main part, with its place (to the pixel), its own text and
 * the attributes that say what it is or does. Two screens with the same picture give the same list.
 */
const onScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#app *')]
      .filter((e) => e.checkVisibility())
      .map((e) => {
        const r = e.getBoundingClientRect();
        const own = [...e.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('');
        const attrs = ['id', 'class', 'data-choice', 'data-line-id', 'aria-keyshortcuts', 'aria-label', 'hidden', 'tabindex']
          .map((a) => `${a}=${e.getAttribute(a) ?? ''}`)
          .join(' ');
        return `${e.tagName} ${attrs} @${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${own}`;
      }),
  );

/** Settings stored before the page loads (the first time only). */
const prefs = (p: Record<string, unknown>) =>
  `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('safe-passage.prefs', ${JSON.stringify(JSON.stringify(p))}); }`;

const SETUPS = [
  { name: 'projector', width: 1024, height: 768, language: 'ru', textSize: 'xlarge' },
  { name: 'laptop', width: 1366, height: 768, language: 'en', textSize: 'normal' },
] as const;

describe.each(SETUPS)('a direct link on a $name ($width x $height, $language, $textSize text)', (setup) => {
  it.each(storyIds())(
    '%s: note and first step drawn before the game loads; the game takes over without moving anything',
    async (scenario) => {
      const { page, errors } = await freshPage(browser, prefs({ language: setup.language, textSize: setup.textSize }));
      await page.setViewportSize({ width: setup.width, height: setup.height });
      const release = await holdGame(page);
      await page.goto(`${inject('baseUrl')}?scenario=${scenario}`);
      await page.waitForSelector('#app[data-first-screen] #content-begin');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(setup.language);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-heading');
      await page.click('#content-begin');
      await page.waitForSelector('#app[data-first-screen] #story-lines p');
      expect(await gameStarted(page)).toBe(false);
      await shot(page, `first-screen-${setup.name}-${scenario}`);
      const drawn = await onScreen(page);
      expect(drawn.some((l) => l.startsWith('BUTTON') && (l.includes('id=more') || l.includes('data-choice=')))).toBe(true);

      release();
      await takenOver(page);
      // A frame for anything the game draws late (the pages are cut once it is in the document).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      expect(await onScreen(page)).toEqual(drawn);
      // The run is the game's now: saved on the device, and it plays on.
      expect(await page.evaluate((id) => localStorage.getItem(`safe-passage.save.${id}`) !== null, scenario)).toBe(true);
      await toChoices(page);
      const before = await page.evaluate(() => document.querySelector('#story-lines')?.textContent);
      await page.keyboard.press('1');
      await page.waitForFunction((prev) => document.querySelector('#story-lines')?.textContent !== prev, before);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});

describe('the first screen, accessible on its own', () => {
  it.each(['en', 'ru'])('note and first step are axe-clean before the game loads (%s)', async (lang) => {
    // axe is put in the page as a script of its own: the build's policy would refuse it.
    const { page, errors } = await freshPage(browser, undefined, { bypassCSP: true });
    const release = await holdGame(page);
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate&lang=${lang}`);
    await page.waitForSelector('#app[data-first-screen] #content-begin');
    expect(await violations(page, `first screen note (${lang})`)).toEqual([]);
    await page.click('#content-begin');
    await page.waitForSelector('#app[data-first-screen] #story-lines p');
    expect(await violations(page, `first screen step (${lang})`)).toEqual([]);
    expect(await gameStarted(page)).toBe(false);
    release();
    await takenOver(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('while the game is still loading', () => {
  it('a choice pressed on the first screen is made once the game is here, in the order that was shown', async () => {
    const { page, errors } = await freshPage(browser);
    const release = await holdGame(page);
    await page.goto(`${inject('baseUrl')}?scenario=farm-call`);
    await page.click('#content-begin');
    await page.waitForSelector('#app[data-first-screen] #story-lines p');
    // Pages are turned by the first screen itself; the choice waits for the game.
    await toChoices(page);
    expect(await firstScreenShown(page)).toBe(true);
    // The second option as shown (its text without the key number).
    const second = await page.evaluate(() => document.querySelectorAll('#choices [data-choice]')[1]?.lastChild?.textContent ?? '');
    expect(second.length).toBeGreaterThan(10);
    await page.keyboard.press('2');
    expect(await gameStarted(page)).toBe(false);
    // Said to wait (to a screen reader, and by the pointer), with nothing moved on screen.
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('true');
    expect(await page.textContent('#app [role=status]')).toMatch(/still loading/);
    release();
    await takenOver(page);
    // The next step opens with the choice made (the echo line), and the save holds it.
    await page.waitForSelector('#story-lines .echo');
    expect(await page.locator('#story-lines .echo').textContent()).toContain(second);
    expect(await page.getAttribute('#app', 'aria-busy')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('safe-passage.save.farm-call'))).not.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Choose another scenario" on the note opens the list once the game is here', async () => {
    const { page, errors } = await freshPage(browser);
    const release = await holdGame(page);
    await page.goto(`${inject('baseUrl')}?scenario=hotline`);
    await page.waitForSelector('#app[data-first-screen] #content-back');
    await page.click('#content-back');
    release();
    await takenOver(page);
    await page.waitForSelector('.scenario-card, [data-screen=select]');
    expect(await page.evaluate(() => document.getElementById('app')?.dataset.screen)).toBe('select');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('leaving, keys, focus and scroll before the game is here', () => {
  /** Open a direct link with the game held back and press Begin: the first step, drawn by the first screen. */
  async function firstStep(scenario: string, opts: { init?: string; width?: number; height?: number } = {}) {
    const watched = await freshPage(browser, opts.init);
    if (opts.width) await watched.page.setViewportSize({ width: opts.width, height: opts.height ?? 768 });
    const release = await holdGame(watched.page);
    await watched.page.goto(`${inject('baseUrl')}?scenario=${scenario}`);
    await watched.page.click('#content-begin');
    await watched.page.waitForSelector('#app[data-first-screen] #story-lines p');
    return { ...watched, release };
  }

  it.each(['hide', 'list', 'debrief'] as const)(
    '"Leave scene" opens its dialog at once; "%s" takes the text off the screen now, and the game does the rest',
    async (how) => {
      const { page, errors, release } = await firstStep('hotline');
      await page.click('#leave-button');
      await page.waitForSelector('#leave-dialog[open]');
      await page.click(`#leave-${how}`);
      // At once, with the game still held back: the passage is gone.
      expect(await gameStarted(page)).toBe(false);
      expect(await page.locator('#story-lines p.line').count()).toBe(0);
      if (how === 'hide') expect(await page.locator('#hidden-note').isVisible()).toBe(true);
      else expect(await page.locator('.story-panel').isVisible()).toBe(false);
      release();
      await takenOver(page);
      if (how === 'hide') {
        await page.waitForSelector('#hidden-note');
        expect(await page.locator('#story-lines p.line').count()).toBe(0);
      } else if (how === 'list') {
        await page.waitForFunction(() => document.getElementById('app')?.dataset.screen === 'select');
        // The run begun is kept, as leaving always keeps it.
        expect(await page.evaluate(() => localStorage.getItem('safe-passage.save.hotline'))).not.toBeNull();
      } else {
        await page.waitForSelector('#debrief-verdict');
      }
      expect(await page.locator('dialog[open]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('the leave dialog still open when the game arrives: the game shows its own in its place', async () => {
    const { page, errors, release } = await firstStep('farm-call');
    await page.click('#leave-button');
    await page.waitForSelector('#leave-dialog[open]');
    release();
    await takenOver(page);
    await page.waitForSelector('#leave-dialog[open]');
    await page.click('#leave-stay');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('#story-lines p.line').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keys: only the play screen shortcuts are taken; PageDown turns the page; Escape after H closes the history it opens', async () => {
    const { page, errors, release } = await firstStep('farm-call', { width: 390, height: 844 });
    await page.focus('#story-lines');
    // A key that is no shortcut keeps its meaning (its default is not prevented).
    const prevented = await page.evaluate(() =>
      ['ArrowDown', 'Home', 'F5', 'Backspace'].filter(
        (key) => !document.getElementById('story-lines')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
      ),
    );
    expect(prevented).toEqual([]);
    const before = await page.textContent('#more');
    await page.keyboard.press('PageDown');
    expect(await page.textContent('#more')).not.toBe(before);
    await page.keyboard.press('h');
    await page.keyboard.press('Escape');
    release();
    await takenOver(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click behind a dialog another input opened is not carried out', async () => {
    const { page, errors, release } = await firstStep('hotline');
    await page.click('#settings-button');
    await toChoices(page);
    await page.click('#choices [data-choice] >> nth=1');
    release();
    await takenOver(page);
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('#story-lines .echo').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focus on an option and the place in a long note scrolled on a phone stay where they were', async () => {
    const { page, errors, release } = await firstStep('departure-gate');
    await toChoices(page);
    await page.focus('#choices [data-choice] >> nth=2');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.choice);
    release();
    await takenOver(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.choice)).toBe(focused);
    await page.context().close();

    const phone = await freshPage(browser, prefs({ language: 'ru', textSize: 'xlarge' }));
    await phone.page.setViewportSize({ width: 390, height: 844 });
    const releasePhone = await holdGame(phone.page);
    await phone.page.goto(`${inject('baseUrl')}?scenario=aktobe-case`);
    await phone.page.waitForSelector('#app[data-first-screen] #content-begin');
    await phone.page.mouse.wheel(0, 3000);
    await phone.page.waitForFunction(() => scrollY > 100);
    const y = await phone.page.evaluate(() => scrollY);
    releasePhone();
    await takenOver(phone.page);
    expect(await phone.page.evaluate(() => scrollY)).toBe(y);
    expect(errors.concat(phone.errors)).toEqual([]);
    await phone.page.context().close();
  });
});

describe('links the first screen leaves to the game', () => {
  it('a run to resume: the game restores it, and no first screen is drawn', async () => {
    const { page, errors } = await freshPage(
      browser,
      `window.__firstScreen = false; new MutationObserver(() => { if (document.getElementById('app')?.hasAttribute('data-first-screen')) window.__firstScreen = true; }).observe(document, { attributes: true, subtree: true });`,
    );
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.click('#content-begin');
    await takenOver(page);
    await toChoices(page);
    const shown = await shownChoices(page);
    await page.reload();
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.waitForFunction(() => performance.getEntriesByName('sp:booted').length > 0);
    await page.waitForSelector('#story-lines p');
    expect(await page.evaluate(() => (window as unknown as { __firstScreen: boolean }).__firstScreen)).toBe(false);
    await toChoices(page);
    expect(await shownChoices(page)).toEqual(shown);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stored settings the game would set aside: the game starts itself and says so', async () => {
    const { page, errors } = await freshPage(browser, prefs({ textSize: 'gigantic' }));
    await page.goto(`${inject('baseUrl')}?scenario=departure-gate`);
    await page.waitForSelector('#content-begin');
    expect(await firstScreenShown(page)).toBe(false);
    expect(await gameStarted(page)).toBe(true);
    await page.waitForSelector('#set-aside-download');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
