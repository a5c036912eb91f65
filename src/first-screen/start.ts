/**
 * The page's entry point. On a direct link to a new run (`?scenario=<id>`,
 * optionally `&lang=`), it draws the content note and, after "Begin", the
 * story's first step from a few kilobytes of build-time data
 * (src/first-screen/data.ts), with the play screen's own builders
 * (play-panel.ts, play-pages.ts), while the game's code (src/main.ts: the
 * translations library, the saves, every screen, the ink runtime) loads
 * behind it. The game then draws the same screen over it and carries on:
 * same run (the options' order comes from the seed handed over), same page,
 * same focus, and any choice or shortcut pressed meanwhile is carried out.
 *
 * Why: on an old PC, loading and starting the game's code is most of the time
 * before the first choice (README, Benchmark). The trainee reads the note and
 * the first page meanwhile.
 *
 * Anything else - a run to resume, a group or LMS launch, settings the game
 * would want to say something about, no data for the story - loads the game
 * at once, which then draws its first screen itself as before.
 */
import '../ui/styles.css';
import { firstScreens, firstScreenStrings } from 'virtual:first-screens';
import { createAppBus } from '../app-events.ts';
import { inShownOrder, newSeed } from '../core/option-order.ts';
import { h } from '../ui/dom.ts';
import { showFatal } from '../ui/fatal.ts';
import { renderContentNote } from '../ui/screens/content-note.ts';
import type { Step } from '../core/story-runner.ts';
import { dialogOpen } from '../ui/dialogs.ts';
import { showLeaveDialog } from '../ui/screens/play-dialogs.ts';
import { keyCommand } from '../ui/screens/play-keys.ts';
import { choiceItems, notebookButtonOf, panelParts, skipLinkOf, statusOf, stepParagraphs, toolbarOf } from '../ui/screens/play-panel.ts';
import { createPager, type Pager } from '../ui/screens/play-pages.ts';
import { pendingKey, saveKey, STORAGE_PREFIX } from '../ui/storage-keys.ts';
import type { AppContext } from '../ui/context.ts';
import { translator, type FirstStepData } from './data.ts';
import { handOver, type Handover } from './handover.ts';
import { readFirstScreenPrefs, type FirstScreenPrefs } from './prefs.ts';

/**
 * How long the content note is up before the game's code is started behind it. Started at once, its
 * start-up (tens of ms on an old PC) would hold up a "Begin" pressed at once; a reader finds it ready.
 */
const GAME_AFTER_NOTE_MS = 300;

/** The only link parameters the first screen handles; any other (an LMS, an LRS, a group's audience) is the game's. */
const OWN_PARAMETERS = new Set(['scenario', 'lang']);

let gameLoading: Promise<unknown> | undefined;
/** Load and start the game (once). A failed download gets the screen of last resort, never a blank page. */
function loadGame(): Promise<unknown> {
  gameLoading ??= import('../main.ts').catch((e: unknown) => showFatal(document.getElementById('app') ?? document.body, e));
  return gameLoading;
}

interface Plan {
  scenario: string;
  contentNotes: string[];
  /** The module with the first step. */
  url: string;
  prefs: FirstScreenPrefs;
  /** The UI strings in the language shown. */
  strings: Record<string, string>;
}

/** What the first screen will draw, or undefined if the game must start itself. */
function plan(): Plan | undefined {
  const params = new URLSearchParams(location.search);
  if ([...params.keys()].some((k) => !OWN_PARAMETERS.has(k))) return undefined;
  const scenario = params.get('scenario');
  const entry = scenario !== null && Object.prototype.hasOwnProperty.call(firstScreens, scenario) ? firstScreens[scenario] : undefined;
  if (!scenario || !entry) return undefined;
  // A run to resume (on the device, or kept by this tab while the device was full): the game restores it.
  if (localStorage.getItem(STORAGE_PREFIX + saveKey(scenario)) !== null) return undefined;
  if (sessionStorage.getItem(STORAGE_PREFIX + pendingKey(scenario)) !== null) return undefined;
  const prefs = readFirstScreenPrefs(localStorage.getItem(`${STORAGE_PREFIX}prefs`), {
    languages: navigator.languages ?? [],
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  if (!prefs) return undefined;
  const lang = params.get('lang');
  if (lang !== null && ['en', 'ru'].includes(lang)) prefs.language = lang;
  const strings = Object.prototype.hasOwnProperty.call(firstScreenStrings, prefs.language) ? firstScreenStrings[prefs.language] : undefined;
  if (!strings) return undefined;
  return { scenario, contentNotes: entry.contentNotes, url: new URL(entry.file, document.baseURI).href, prefs, strings };
}

/** The frame the game draws around every screen (notices, the settings bar, the screen), as App does. */
function frame(root: HTMLElement, t: AppContext['t']) {
  const header = h('div', { class: 'app-header' }, h('button', { class: 'tool', id: 'app-settings' }, t('play.settings')));
  const screen = h('div', { id: 'screen' });
  root.replaceChildren(h('div', { id: 'notices', class: 'notices', 'aria-live': 'polite' }), header, screen);
  return { header, screen };
}

// About 100 lines: the note, the first step and the hand-over share the state of one short-lived screen; kept in one place on purpose.
function draw(first: Plan, stepData: Promise<FirstStepData>): void {
  const { scenario, prefs } = first;
  const t = translator(first.strings) as unknown as AppContext['t'];
  const ctx = { t };
  const root = document.getElementById('app');
  if (!root) return void loadGame();
  // The settings' effect on the page, as App.applyPrefs sets them.
  const html = document.documentElement;
  html.lang = prefs.language;
  html.dataset.textSize = prefs.textSize;
  html.dataset.reducedMotion = String(prefs.reducedMotion);
  document.title = `${t(`scenario.${scenario}.title`)} · ${t('app.title')}`;

  const state: Handover = { scenario, screen: 'content-note', queued: [], release };
  /** Set once the game has taken over: nothing more is drawn here. */
  let released = false;
  let pager: Pager | undefined;
  /** The first step on show (after "Begin"). */
  let shown: { parts: ReturnType<typeof panelParts>; step: Step; text: (id: string, english: string) => string } | undefined;
  const none = () => undefined;
  const { header, screen } = frame(root, t);
  root.dataset.screen = 'content-note';
  root.dataset.firstScreen = '';

  /** Hand over to the game: note where things are, and load it (it takes over when its screen is ready). */
  const start = () => {
    if (released) return;
    // Something pressed waits for the game: said to a screen reader, and shown by the pointer (the screen itself is
    // left as it is, so nothing moves).
    if (state.queued.length > 0 || state.leave) {
      root.setAttribute('aria-busy', 'true');
      const announcer = root.querySelector('[role=status]');
      if (announcer) announcer.textContent = t('play.waitingForGame');
    }
    handOver(state);
    void loadGame();
  };
  // The game is loaded once the note has been up a while, or once the first step is painted (the next frame, then a task).
  const afterPaint = (fn: () => void, delay = 0) => requestAnimationFrame(() => setTimeout(fn, delay));

  const begin = (data: FirstStepData) => {
    if (released) return;
    const texts = data.texts[prefs.language] ?? {};
    const text = (id: string, english: string) => texts[id] ?? english;
    state.screen = 'play';
    state.run = { seed: newSeed(), startedAt: new Date().toISOString() };
    // The options in the order this run's seed gives them, as the game's Session will.
    const step = { ...data.step, choices: inShownOrder(state.run.seed, 0, data.step.choices) };
    const notebookButton = notebookButtonOf(ctx);
    const toolbar = toolbarOf(ctx, scenario, { status: statusOf(), notebookButton, openHistory: none, openSettings: none, leave: none });
    const parts = panelParts(ctx, toolbar, () => pager?.turnPage());
    pager = createPager(parts, {
      bus: createAppBus(),
      moreLabel: (page, pages) => t('play.more', { page, pages }),
      onPage: (page) => (state.firstLine = page.first),
    });
    parts.choices.replaceChildren(...choiceItems(ctx, step, { text, choose: none, onDebrief: none }));
    parts.keysHint.textContent = t('play.keysHint');
    const notebook = h('aside', { id: 'notebook', class: 'notebook', hidden: true });
    header.hidden = true;
    root.dataset.screen = 'play';
    screen.replaceChildren(
      h(
        'section',
        { class: 'screen screen-play' },
        skipLinkOf(ctx, () => parts.lines.focus()),
        toolbar,
        h('p', { class: 'visually-hidden', role: 'status' }),
        notebook,
        parts.panel,
      ),
    );
    shown = { parts, step, text };
    pager.paginate(stepParagraphs(ctx, step, { echo: null, hidden: false, text, onShowHidden: none, evidence: {}, openEvidence: none }), true);
    pager.showPage(0);
    parts.lines.focus();
    afterPaint(start);
  };

  /**
   * "Leave scene" works at once, here as in the game (leaving must never wait for a download): the same dialog, and
   * whatever is chosen takes the scene's text off the screen now; the game does the rest when it is here.
   */
  const leave = () => {
    const away = (how: 'hide' | 'debrief' | 'list') => () => {
      state.leave = how;
      state.queued = []; // nothing pressed before leaving is carried out after it
      if (shown && pager) {
        const { parts, step, text } = shown;
        const paragraphs =
          how === 'hide' ? stepParagraphs(ctx, step, { echo: null, hidden: true, text, onShowHidden: none, evidence: {}, openEvidence: none }) : [];
        pager.paginate(paragraphs, how === 'hide');
        pager.showPage(0);
        if (how !== 'hide') parts.panel.hidden = true;
        parts.lines.focus();
      }
      start();
    };
    showLeaveDialog(ctx, { onHide: away('hide'), onDebrief: away('debrief'), onList: away('list') });
  };

  /** Clicks: "Begin" and "More" are the first screen's; any other is the game's, carried out once it has taken over. */
  const onClick = (e: MouseEvent) => {
    const target = (e.target as Element | null)?.closest('button, a');
    // The skip link does its own work (focus on the story), here as in the game.
    if (!(target instanceof HTMLElement) || target.classList.contains('skip-link')) return;
    if (target.id === 'content-begin' && state.screen === 'content-note') {
      // The first step's module was asked for with the page (it is usually here already).
      state.screen = 'beginning';
      stepData.then(begin).catch((error: unknown) => {
        // Not drawn (the module did not load, a string is missing): the game draws the note and presses "Begin" itself.
        console.warn('first screen unavailable', error);
        start();
      });
      return;
    }
    // "Begin" pressed again while its step is on the way: once is enough.
    if (target.id === 'content-begin') return e.preventDefault();
    if (target.id === 'more') return pager?.turnPage();
    // A click inside the first screen's own dialog is the dialog's.
    if (target.closest('dialog')) return;
    e.preventDefault();
    if (target.id === 'leave-button') return leave();
    if (target.id === 'content-back') {
      state.leave = 'list';
      return start();
    }
    state.queued.push(target.dataset.choice ? { kind: 'click', choice: target.dataset.choice } : { kind: 'click', id: target.id });
    start();
  };
  /**
   * Keys: the play screen's own rules (play-keys.ts) decide what is a shortcut. Turning the page is done here; any
   * other shortcut is the game's, carried out once it is here; every other key keeps its usual meaning.
   */
  const onKey = (e: KeyboardEvent) => {
    if (state.screen !== 'play' || !shown) return;
    const target = e.target as HTMLElement | null;
    const command = keyCommand(e, {
      dialogOpen: dialogOpen(),
      notebookOpen: false,
      shortcuts: prefs.shortcuts,
      moreShown: !shown.parts.more.hidden,
      choicesShown: !shown.parts.choices.hidden,
      evidenceShown: false,
      target: target ? { tagName: target.tagName, type: (target as HTMLInputElement).type } : undefined,
    });
    if (!command) {
      // Escape after a shortcut still waiting (History, say) is meant for the dialog that shortcut will open.
      if (e.key === 'Escape' && state.queued.length > 0) state.queued.push({ kind: 'key', key: e.key, code: e.code, shiftKey: e.shiftKey });
      return;
    }
    e.preventDefault();
    if (command.kind === 'page') return pager?.turnPage();
    state.queued.push({ kind: 'key', key: e.key, code: e.code, shiftKey: e.shiftKey });
    start();
  };
  function release(): void {
    released = true;
    root?.removeAttribute('aria-busy');
    root?.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKey, true);
    delete root?.dataset.firstScreen;
    // The leave dialog still open: the game opens its own in its place (this one's buttons are the first screen's).
    const dialog = document.getElementById('leave-dialog');
    if (dialog) {
      dialog.remove();
      state.queued.push({ kind: 'click', id: 'leave-button' });
    }
  }
  screen.replaceChildren(
    renderContentNote(ctx, { scenario, meta: { contentNotes: first.contentNotes as never }, onBegin: () => undefined, onBack: () => undefined }),
  );
  // Listening only once the note is drawn: a first screen that could not be drawn leaves nothing behind.
  root.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  const heading = document.getElementById('note-heading');
  heading?.focus();
  afterPaint(() => {
    if (state.screen === 'content-note') start();
  }, GAME_AFTER_NOTE_MS);
}

function main(): void {
  let first: Plan | undefined;
  try {
    first = plan();
  } catch {
    first = undefined; // storage that cannot be read: the game says what it can
  }
  if (!first) return void loadGame();
  // Asked for at once (the page's start script has usually fetched it already): needed at "Begin".
  const stepData = import(/* @vite-ignore */ first.url).then((m: { data: FirstStepData }) => m.data);
  stepData.catch(() => undefined);
  try {
    // Drawn now, while the page's first frame waits for this script (index.html): the note is the first thing painted.
    draw(first, stepData);
  } catch (e) {
    // Not drawn (a string missing from the data): the game draws its own first screen in the same place.
    console.warn('first screen unavailable', e);
    document.getElementById('app')?.removeAttribute('data-first-screen');
    void loadGame();
  }
}

main();
