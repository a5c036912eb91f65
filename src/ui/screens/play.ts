/**
 * The play screen: the accessible HTML layer over the canvas. Story text in
 * a live region, choices as real buttons (keys 1-9), the notebook, settings
 * and a "Leave scene" control that is always there.
 *
 * It reads the session and sends every change through the dispatcher. Its
 * parts live beside it: pages (play-pages.ts), shortcuts (play-keys.ts),
 * dialogs (play-dialogs.ts) and what the renderers are told (presentation.ts).
 *
 * Over 300 lines: the play screen's parts are small functions in this file because they share its types and closure; pages, keys and dialogs already live in play-pages.ts, play-keys.ts and play-dialogs.ts.
 */
import { ActiveClock } from '../active-time.ts';
import * as act from '../../core/actions.ts';
import { choicesOf } from '../../core/decision-log.ts';
import { storyText } from '../../core/i18n.ts';
import { loadInkEngine } from '../../core/ink-engine.ts';
import { evidenceInView } from '../../core/evidence.ts';
import type { Session } from '../../core/session.ts';
import type { Step } from '../../core/story-runner.ts';
import type { AppContext } from '../context.ts';
import { dialogOpen } from '../dialogs.ts';
import { h, replaceChildren } from '../dom.ts';
import { createNotebook, type NotebookView } from '../notebook.ts';
import { openSettings } from '../settings.ts';
import { hiddenStepKey } from '../storage-keys.ts';
import { chooseEvidence, showEvidence, showHistory, showLeaveDialog } from './play-dialogs.ts';
import { keyCommand } from './play-keys.ts';
import { choiceItems, notebookButtonOf, notebookLabel, panelParts, skipLinkOf, statusOf, stepParagraphs, toolbarOf, type Text } from './play-panel.ts';
import { createPager, type PanelParts, type Pager, type ShownPage } from './play-pages.ts';
import { emitAll, enterEvents, presentationState, stepEvents } from './presentation.ts';

export interface PlayScreen {
  element: HTMLElement;
  /** Call once the element is in the document: the first step is laid out (pages are measured) then. */
  attached(): void;
  /** Put focus on the story, so a screen reader starts reading there. */
  focus(): void;
  /** Remove listeners (the session outlives the screen across language changes). */
  dispose(): void;
}

export interface PlayOptions {
  scenario: string;
  /** The session to show (read only: every change goes through `dispatcher`). */
  session: Session;
  /** Where the screen sends what the trainee does (choose, note, unnote, leave). */
  dispatcher: act.Dispatcher;
  /**
   * 'enter': the trainee arrives (start or resume): set the scene, ambient and
   * speaker for the current step (no one-shot sounds). 'redraw': the same
   * screen again in another language: text only, the scene stays as it is.
   */
  mode: 'enter' | 'redraw';
  /** The first line of the page to show first (the first screen's page, handed over), instead of the first page. */
  startAt?: string;
  onDebrief(): void;
  onLeaveToList(): void;
  /** Whether the last change reached the device (false while its storage is full); asked after each change is saved. */
  lastSaveKept?(): boolean;
}

/** The first line of the page each session was on, so a redraw (another language) keeps the place. */
const pageAnchors = new WeakMap<Session, string>();

/** The keyboard handler: shortcuts (play-keys.ts) turned into what they do on this screen. */
function keyHandler(
  ctx: AppContext,
  parts: PanelParts,
  notebook: NotebookView,
  does: { openHistory(): void; turnPage(): void; openEvidence(): void; evidenceShown(): boolean },
) {
  return (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const command = keyCommand(e, {
      dialogOpen: dialogOpen(),
      notebookOpen: notebook.open,
      shortcuts: ctx.prefs.shortcuts,
      moreShown: !parts.more.hidden,
      choicesShown: !parts.choices.hidden,
      evidenceShown: does.evidenceShown(),
      target: target ? { tagName: target.tagName, type: (target as HTMLInputElement).type } : undefined,
    });
    if (!command) return;
    if (command.kind === 'close-notebook') return notebook.toggle(false);
    if (command.kind === 'choice') {
      const button = parts.choices.querySelectorAll<HTMLButtonElement>('button.choice')[command.n - 1];
      if (!button) return;
      e.preventDefault();
      return button.click();
    }
    e.preventDefault();
    if (command.kind === 'notebook') notebook.toggle();
    else if (command.kind === 'history') does.openHistory();
    else if (command.kind === 'evidence') does.openEvidence();
    else does.turnPage();
  };
}

/** The toolbar and the notebook: saving status, history, notebook, settings, leave. */
function toolsOf(ctx: AppContext, opts: PlayOptions, text: Text, onHide: () => void) {
  const { bus } = ctx;
  const { session, dispatcher } = opts;
  // Saving is shown quietly; only the notebook's confirmations and save failures are announced.
  const status = statusOf();
  const announcer = h('p', { class: 'visually-hidden', role: 'status' });
  const notebookButton = notebookButtonOf(ctx);
  const notebook = createNotebook(ctx, {
    note: (i) => {
      dispatcher.dispatch(act.note(i, session.lineOnScreen));
      bus.emit('ui', 'note');
    },
    unnote: (i) => dispatcher.dispatch(act.unnote(i)),
    announce: (msg) => (announcer.textContent = msg),
    onToggle: (open, count) => {
      notebookButton.setAttribute('aria-expanded', String(open));
      notebookButton.textContent = notebookLabel(ctx, count);
      if (!open && document.activeElement && notebook.element.contains(document.activeElement)) notebookButton.focus();
    },
  });
  notebookButton.addEventListener('click', () => notebook.toggle());
  const choiceText = (id: string) => text(id, session.manifest.choices[id]?.text ?? '');
  const openHistory = () => showHistory(ctx, session.history(), choiceText, text);
  /** The evidence the trainee can open now: shown since the last change of scene. */
  const inView = () => evidenceInView(session.transcript).filter((id) => session.manifest.evidence[id]);
  /** Open a piece of evidence (one in view), or, with no id, the one in view or a choice among them. */
  const openEvidence = (id?: string) => {
    const items = (id ? [id] : inView()).flatMap((e) => session.manifest.evidence[e] ?? []);
    const [only] = items;
    if (items.length > 1) return chooseEvidence(ctx, items, text, (e) => openEvidence(e));
    if (only) showEvidence(ctx, only, text, { onNote: () => notebook.toggle(true) });
  };
  const leave = () =>
    showLeaveDialog(ctx, {
      onHide,
      onDebrief: () => {
        dispatcher.dispatch(act.leave());
        opts.onDebrief();
      },
      onList: () => opts.onLeaveToList(),
    });
  const toolbar = toolbarOf(ctx, opts.scenario, { status, notebookButton, openHistory, openSettings: () => openSettings(ctx), leave });
  return { toolbar, status, announcer, notebook, openHistory, openEvidence, inView };
}

// About 60 lines: it wires the parts built by the functions above; drawing a step is its one inner function.
export function renderPlay(ctx: AppContext, opts: PlayOptions): PlayScreen {
  const { t, i18n, bus } = ctx;
  const { session, scenario, dispatcher } = opts;
  const text: Text = (id, english) => storyText(i18n, scenario, id, english);
  /**
   * The step whose text the trainee chose to skip (only that step: the next one shows again), kept on the device:
   * a language switch, a reload or a tab closed and opened again must not show a distressing passage again unasked.
   * Stored as this run's start and the number of decisions made before the step.
   */
  const hiddenKey = hiddenStepKey(scenario);
  const stepMark = () => `${session.startedAt}#${choicesOf(session.log).length}`;
  const stepHidden = () => ctx.store.get(hiddenKey) === stepMark();
  let currentStep: Step = session.step;
  const tools = toolsOf(ctx, opts, text, () => {
    ctx.store.set(hiddenKey, stepMark());
    render(session.step, true, 'none');
  });
  const parts = panelParts(ctx, tools.toolbar, () => pager.turnPage());
  /**
   * What the renderers have been shown of the current step: its lines before `upTo`. The stage follows the
   * page being read (someone who comes in on page 2 is not in the room on page 1), so a step's lines are
   * presented page by page, each page with the cast as of its last line; 'state' (a resume) draws the pages
   * up to the one shown without their one-shot sounds, later pages play theirs.
   */
  let presented: { step: Step; upTo: number; mode: 'all' | 'state' } | undefined;
  const presentUpTo = (page: ShownPage) => {
    if (!presented) return;
    const { step } = presented;
    const upTo = page.isLast ? step.lines.length : step.lines.findIndex((l) => l.id === page.last) + 1;
    if (upTo <= presented.upTo) return;
    const before = session.transcript.slice(0, session.transcript.length - step.lines.length);
    const state = presentationState(session.manifest.meta.setting, [...before, ...step.lines.slice(0, upTo)]);
    emitAll(bus, stepEvents(step.lines.slice(presented.upTo, upTo), state, presented.mode));
    presented.upTo = upTo;
    presented.mode = 'all';
  };
  const pager: Pager = createPager(parts, {
    bus,
    moreLabel: (page, pages) => t('play.more', { page, pages }),
    onPage: (page) => {
      if (page.first) pageAnchors.set(session, page.first);
      else pageAnchors.delete(session);
      presentUpTo(page);
    },
  });

  /** The echo line: the last choice made, from the log, so it survives a redraw or a reload. */
  const lastChoiceText = () => {
    const last = [...session.log].reverse().find((a) => a.type === 'choose');
    const info = last?.type === 'choose' ? session.manifest.choices[last.choiceId] : undefined;
    return info ? text(info.id, info.text) : null;
  };
  /** Set when the screen is gone: a runtime that arrives later chooses nothing on it. */
  const life = { disposed: false };
  const choose = (id: string) => {
    bus.emit('ui', 'select');
    if (session.ready) return void dispatcher.dispatch(act.choose(id));
    // The first step came from build-time data and the ink runtime is still on its way
    // (a very quick choice, or a slow network): the choice is made as soon as it is here.
    loadInkEngine().then(
      () => {
        if (!life.disposed) dispatcher.dispatch(act.choose(id));
      },
      () => {
        // Nothing was chosen. The browser remembers a failed module download, so only a reload
        // fetches it again; the run so far is saved, and a reload resumes it here.
        // Said where the trainee is looking: under the options, in place of the key hint.
        parts.keysHint.textContent = t('error.inkLoad');
        parts.keysHint.classList.add('load-alert');
        tools.announcer.textContent = t('error.inkLoad');
      },
    );
  };

  /** Draw a step. `present`: which presentation events to send ('all' for a new step). */
  const render = (step: Step, focus: boolean, present: 'all' | 'state' | 'none', keepPage = false) => {
    const firstShown = keepPage ? pageAnchors.get(session) : undefined;
    currentStep = step;
    replaceChildren(parts.choices, ...choiceItems(ctx, step, { text, choose, onDebrief: opts.onDebrief }));
    const onShowHidden = () => {
      ctx.store.remove(hiddenKey);
      render(step, true, 'none');
    };
    const hidden = stepHidden();
    if (!hidden && ctx.store.get(hiddenKey) !== null) ctx.store.remove(hiddenKey); // a later step: that one shows again
    // The key hint first: it is part of what the pages are measured with (E for the documents makes it longer).
    if (!parts.keysHint.classList.contains('load-alert')) parts.keysHint.textContent = t(tools.inView().length > 0 ? 'play.keysHintEvidence' : 'play.keysHint');
    const paragraphs = stepParagraphs(ctx, step, {
      echo: lastChoiceText(),
      hidden,
      text,
      onShowHidden,
      evidence: session.manifest.evidence,
      openEvidence: (id) => tools.openEvidence(id),
    });
    // A new step (or a resume) is presented to the renderers as its pages are shown (see `presentUpTo`).
    if (present !== 'none') presented = { step, upTo: 0, mode: present };
    pager.paginate(paragraphs, step.choices.length > 0);
    pager.showPage(pager.pageOf(firstShown));
    tools.notebook.lock(step.choices.length === 0);
    parts.panel.scrollTop = 0;
    if (focus) (pager.pageCount > 1 || step.choices.length ? parts.lines : (parts.choices.querySelector('button') as HTMLElement)).focus();
    if (present !== 'none') {
      bus.emit(
        'evidence',
        tools.inView().flatMap((id) => {
          const e = session.manifest.evidence[id];
          return e ? [{ id, kind: e.kind }] : [];
        }),
      );
    }
  };
  return mount(ctx, opts, { parts, tools, pager, render, life, current: () => currentStep });
}

/**
 * Lay the play screen out once for `session`'s current step, out of sight, and throw it away.
 *
 * Why: the first layout of the play screen is its slowest part on an old PC (each new type size
 * and weight is set up, every word shaped, the screen's code compiled on first use: 25-35 ms of the
 * benchmark's 4x-throttled CPU). Done in idle time while the content note is read, "Begin" then
 * finds all of that ready. Nothing of it is ever seen or heard: it is attached, measured (cut into
 * pages, as at Begin) and removed in one task, so it is never painted, never in the accessibility
 * tree, and has no listeners. Two steps, so that a click can come between them: `build` (the
 * elements, detached) returns `layout`.
 */
export function warmUpPlay(ctx: AppContext, opts: Pick<PlayOptions, 'scenario' | 'session'>): () => void {
  const { session, scenario } = opts;
  const text: Text = (id, english) => storyText(ctx.i18n, scenario, id, english);
  const none = () => undefined;
  const tools = toolsOf(ctx, { ...opts, dispatcher: { dispatch: () => false }, mode: 'enter', onDebrief: none, onLeaveToList: none }, text, none);
  const parts = panelParts(ctx, tools.toolbar, none);
  const pager = createPager(parts, { bus: ctx.bus, moreLabel: (page, pages) => ctx.t('play.more', { page, pages }), onPage: none });
  const step = session.step;
  replaceChildren(parts.choices, ...choiceItems(ctx, step, { text, choose: none, onDebrief: none }));
  parts.keysHint.textContent = ctx.t(tools.inView().length > 0 ? 'play.keysHintEvidence' : 'play.keysHint');
  const paragraphs = stepParagraphs(ctx, step, {
    echo: null,
    hidden: false,
    text,
    onShowHidden: none,
    evidence: session.manifest.evidence,
    openEvidence: none,
  });
  const screen = h('section', { class: 'screen screen-play' }, tools.toolbar, tools.announcer, tools.notebook.element, parts.panel);
  const holder = h('div', { class: 'warm-up', 'aria-hidden': 'true', inert: true }, screen);
  return () => {
    document.body.append(holder);
    pager.paginate(paragraphs, step.choices.length > 0);
    holder.remove();
  };
}

/** Listen (keys, resizes, the session), and draw once in the document. */
// Over 60 lines: the listeners (keys, resize, session events) and the screen object that removes them again, kept together so none is left behind.
function mount(
  ctx: AppContext,
  opts: PlayOptions,
  o: {
    parts: PanelParts;
    tools: ReturnType<typeof toolsOf>;
    pager: Pager;
    life: { disposed: boolean };
    current(): Step;
    render(step: Step, focus: boolean, present: 'all' | 'state' | 'none', keepPage?: boolean): void;
  },
): PlayScreen {
  const { t, bus } = ctx;
  const { session } = opts;
  const { parts, tools } = o;
  // The screen changed size (a projector, a rotated phone, a notice above it) or the type did (a text size): cut the
  // pages again, keeping the place.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => o.render(o.current(), false, 'none', true), 100);
  };
  // A text size set in the settings changes the type, not the window: no resize event comes, so watch the setting.
  const textSize = new MutationObserver(onResize);
  textSize.observe(document.documentElement, { attributes: true, attributeFilter: ['data-text-size'] });
  // Time spent playing (the debrief's "Time"): counted at every input, before the input's own handlers run, so the
  // save a choice causes carries the time up to it; nothing while the page is out of view.
  const clock = new ActiveClock(performance.now());
  const onInput = () => session.addActiveTime(clock.take(performance.now()));
  const onVisibility = () => (document.visibilityState === 'hidden' ? session.addActiveTime(clock.pause(performance.now())) : clock.resume(performance.now()));
  window.addEventListener('keydown', onInput, true);
  window.addEventListener('pointerdown', onInput, true);
  document.addEventListener('visibilitychange', onVisibility);
  const onKey = keyHandler(ctx, parts, tools.notebook, {
    openHistory: tools.openHistory,
    turnPage: () => o.pager.turnPage(),
    openEvidence: () => tools.openEvidence(),
    evidenceShown: () => tools.inView().length > 0,
  });
  document.addEventListener('keydown', onKey);
  const offs = [
    session.events.on('step', (step) => o.render(step, true, 'all')),
    session.events.on('notebook', (notes) => tools.notebook.update(notes)),
    // An object clicked on the stage: open it, if the story has it in view now.
    bus.on('evidence-open', (id) => {
      if (!dialogOpen() && tools.inView().includes(id)) tools.openEvidence(id);
    }),
    // The app saves on 'changed' first (it subscribed earlier); say whether that worked.
    session.events.on('changed', () => {
      // Said only if it is true: with the storage full, the standing notice gives what is not kept.
      const kept = ctx.store.persistent && (opts.lastSaveKept?.() ?? true);
      tools.status.textContent = kept ? t('play.saved') : ctx.store.persistent ? t('play.notFullySaved') : t('play.notSaved');
      if (!ctx.store.persistent) tools.announcer.textContent = t('play.notSaved');
    }),
  ];
  // Where the step began: its own lines are presented page by page (`presentUpTo`).
  const beforeStep = session.transcript.slice(0, session.transcript.length - session.step.lines.length);
  if (opts.mode === 'enter') emitAll(bus, enterEvents(presentationState(session.manifest.meta.setting, beforeStep)));
  tools.notebook.update(session.notebook);
  // A skip link: keyboard and screen-reader users jump past the toolbar to the story.
  const skip = skipLinkOf(ctx, () => parts.lines.focus());
  const element = h('section', { class: 'screen screen-play' }, skip, tools.toolbar, tools.announcer, tools.notebook.element, parts.panel);
  // The screen's own size: it follows the window, and also loses height when a notice comes above it (a full storage),
  // which no window event reports. The first report (the size it started with) is not a change.
  let size: string | undefined;
  const sized = new ResizeObserver(([entry]) => {
    const now = entry ? `${entry.contentRect.width}x${entry.contentRect.height}` : undefined;
    if (size !== undefined && now !== size) onResize();
    size = now;
  });
  sized.observe(element);
  // Pages are measured in the live layout: draw once the screen is in the document (see `attached`).
  let drawn = false;
  return {
    element,
    attached() {
      if (drawn) return;
      drawn = true;
      // A redraw (another language) stays on the page the trainee was reading.
      if (opts.startAt) pageAnchors.set(session, opts.startAt);
      o.render(session.step, false, opts.mode === 'enter' ? 'state' : 'none', opts.mode === 'redraw' || !!opts.startAt);
      // The first step may have been drawn from build-time data: build the ink Story while the trainee reads.
      const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 50));
      idle(
        () =>
          void loadInkEngine().then(
            () => {
              if (!o.life.disposed) session.warm();
            },
            () => undefined,
          ),
      ); // a failed download is reported on the choice
    },
    focus: () => parts.lines.focus(),
    dispose() {
      o.life.disposed = true;
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
      document.removeEventListener('visibilitychange', onVisibility);
      session.addActiveTime(clock.pause(performance.now()));
      textSize.disconnect();
      sized.disconnect();
      clearTimeout(resizeTimer);
      offs.forEach((off) => off());
    },
  };
}
