/**
 * The play screen: the accessible HTML layer over the canvas. Story text in
 * a live region, choices as real buttons (keys 1-9), the notebook, settings
 * and a "Leave scene" control that is always there.
 */
import * as act from '../../core/actions.ts';
import { storyText } from '../../core/i18n.ts';
import type { Session } from '../../core/session.ts';
import type { Step } from '../../core/story-runner.ts';
import type { AppContext } from '../context.ts';
import { dialogOpen, showDialog } from '../dialogs.ts';
import { h, replaceChildren } from '../dom.ts';
import { createNotebook } from '../notebook.ts';
import { openSettings } from '../settings.ts';
import { keyCommand } from './play-keys.ts';
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
  onDebrief(): void;
  onLeaveToList(): void;
}

/** The first line of the page each session was on, so a redraw (another language) keeps the place. */
const pageAnchors = new WeakMap<Session, string>();

export function renderPlay(ctx: AppContext, opts: PlayOptions): PlayScreen {
  const { t, i18n, bus } = ctx;
  const { session, scenario, dispatcher } = opts;
  const text = (id: string, english: string) => storyText(i18n, scenario, id, english);
  /** The echo line: the last choice made, from the log, so it survives a redraw or a reload. */
  const lastChoiceText = () => {
    const last = [...session.log].reverse().find((a) => a.type === 'choose');
    const info = last?.type === 'choose' ? session.manifest.choices[last.choiceId] : undefined;
    return info ? text(info.id, info.text) : null;
  };

  // Saving is shown quietly; only the notebook's confirmations and save failures are announced.
  const status = h('p', { id: 'play-status', class: 'status' }, '');
  const announcer = h('p', { class: 'visually-hidden', role: 'status' });
  const notebookButton = h('button', { id: 'notebook-button', class: 'tool', 'aria-expanded': 'false', 'aria-controls': 'notebook', 'aria-keyshortcuts': 'N' }, t('play.notebook'));
  const notebook = createNotebook(ctx, {
    note: (i) => { dispatcher.dispatch(act.note(i, session.lineOnScreen)); bus.emit('ui', 'note'); },
    unnote: (i) => dispatcher.dispatch(act.unnote(i)),
    announce: (msg) => (announcer.textContent = msg),
    onToggle: (open, count) => {
      notebookButton.setAttribute('aria-expanded', String(open));
      notebookButton.textContent = `${t('play.notebook')} (${count})`;
      if (!open && document.activeElement && notebook.element.contains(document.activeElement)) notebookButton.focus();
    },
  });
  notebookButton.addEventListener('click', () => notebook.toggle());

  const leave = () =>
    showDialog({
      id: 'leave-dialog',
      heading: t('leave.heading'),
      body: [t('leave.body')],
      buttons: [
        { label: t('leave.stay'), primary: true, id: 'leave-stay', action: () => undefined },
        // Skip this scene's text: the passage is hidden; the trainee can still decide, or leave.
        { label: t('leave.hide'), id: 'leave-hide', action: () => { hiddenStep = session.step; render(session.step, true, 'none'); } },
        { label: t('leave.debrief'), id: 'leave-debrief', action: () => { dispatcher.dispatch(act.leave()); opts.onDebrief(); } },
        { label: t('leave.list'), id: 'leave-list', action: () => opts.onLeaveToList() },
      ],
    });

  /** Everything shown so far, to read back: a page turned is never lost. */
  const openHistory = () =>
    showDialog({
      id: 'history-dialog',
      heading: t('play.history'),
      body: [
        h(
          'div',
          { class: 'history-lines', tabindex: '0', role: 'region', 'aria-label': t('play.history') },
          ...session.transcript.map((line) => {
            const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
            return h('p', { class: speaker ? 'spoken' : undefined }, speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null, text(line.id, line.text));
          }),
        ),
      ],
      buttons: [{ label: t('notebook.close'), primary: true, id: 'history-close', action: () => undefined }],
    });
  const historyButton = h('button', { id: 'history-button', class: 'tool', 'aria-keyshortcuts': 'H', onclick: openHistory }, t('play.historyButton'));

  const toolbar = h(
    'nav',
    { class: 'toolbar', 'aria-label': t('app.title') },
    h('h1', { class: 'scenario-name' }, t(`scenario.${scenario}.title`)),
    status,
    historyButton,
    notebookButton,
    h('button', { id: 'settings-button', class: 'tool', onclick: () => openSettings(ctx) }, t('play.settings')),
    h('button', { id: 'leave-button', class: 'tool leave', onclick: leave }, t('play.leave')),
  );

  const lines = h('div', { id: 'story-lines', class: 'story-lines', role: 'log', 'aria-live': 'polite', tabindex: '-1' });
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, t('play.choices'));
  const choices = h('ol', { id: 'choices', class: 'choices', 'aria-labelledby': 'choices-heading' });
  const keysHint = h('p', { class: 'hint keys-hint' }, t('play.keysHint'));
  // elementtiming 'choice': for the benchmark, the first thing to act on in the story is a choice or, on a long first passage, this.
  const more = h('button', { id: 'more', class: 'primary more', 'aria-keyshortcuts': 'Space Enter', elementtiming: 'choice', onclick: () => turnPage() });
  const panel = h(
    'section',
    { class: 'story-panel', 'aria-label': t('play.storyRegion') },
    h('div', { class: 'story-column' }, lines, choicesHeading, choices, more, keysHint),
  );

  const choose = (id: string) => {
    bus.emit('ui', 'select');
    dispatcher.dispatch(act.choose(id));
  };

  /** The step whose text the trainee chose to skip (only that step: the next one shows again). */
  let hiddenStep: Step | undefined;
  /** The current step cut into pages that fit on screen with their choices, and the page shown. */
  let pages: HTMLElement[][] = [[]];
  let pageIndex = 0;
  let currentStep: Step = session.step;

  /** The paragraphs of a step: the echo of the last choice, then its lines (or the hidden-text note). */
  const paragraphs = (step: Step): HTMLElement[] => {
    const echo = lastChoiceText();
    const hidden = hiddenStep === step;
    return [
      ...(echo ? [h('p', { class: 'echo' }, `${t('speaker.trainee')}: ${echo}`)] : []),
      ...(hidden
        ? [h(
            'p',
            { class: 'hidden-note', id: 'hidden-note' },
            t('play.hidden'),
            ' ',
            h('button', { class: 'secondary', id: 'show-hidden', onclick: () => { hiddenStep = undefined; render(step, true, 'none'); } }, t('play.showHidden')),
          )]
        : step.lines.map((line) => {
            const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
            return h(
              'p',
              { class: `line${speaker ? ' spoken' : ''}${line.tags.ending ? ' ending' : ''}`, 'data-line-id': line.id },
              speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null,
              text(line.id, line.text),
            );
          })),
    ];
  };

  /** The choices (or the way to the debrief at an ending), in the order shown; keys 1-9 follow it. */
  const fillChoices = (step: Step) => {
    if (step.choices.length > 0) {
      replaceChildren(
        choices,
        ...step.choices.map((c, i) =>
          h('li', {}, h('button', { class: 'choice', 'data-choice': c.id, 'aria-keyshortcuts': String(i + 1), elementtiming: 'choice', onclick: () => choose(c.id) }, h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`), text(c.id, c.text))),
        ),
      );
    } else {
      replaceChildren(choices, h('li', {}, h('button', { class: 'primary', id: 'to-debrief', onclick: () => opts.onDebrief() }, t('play.continue'))));
    }
  };

  /** Show page `index`: its paragraphs, then the choices (last page) or the "more" button. */
  const showPage = (index: number) => {
    pageIndex = index;
    const anchor = pages[index]?.find((el) => el.hasAttribute('data-line-id'))?.getAttribute('data-line-id');
    if (anchor) pageAnchors.set(session, anchor);
    else pageAnchors.delete(session);
    const last = index === pages.length - 1;
    replaceChildren(lines, ...pages[index]!);
    choicesHeading.hidden = !last || currentStep.choices.length === 0;
    choices.hidden = !last;
    keysHint.hidden = !last || currentStep.choices.length === 0;
    more.hidden = last;
    more.textContent = t('play.more', { page: index + 1, pages: pages.length });
    // The picture lives between the toolbar and the panel: tell the stage where that is.
    bus.emit('stage-area', { top: toolbar.getBoundingClientRect().bottom, bottom: panel.getBoundingClientRect().top });
  };

  /**
   * Cut the paragraphs into pages that fit the screen: the last page with the
   * choices, the others with the "more" button. Measured in the live layout,
   * so it holds for any screen, text size and language. The picture behind
   * gives up its height first; a paragraph taller than the screen gets a page
   * of its own (and the panel scrolls, the only case it does).
   */
  const paginate = (all: HTMLElement[]) => {
    const room = window.innerHeight - toolbar.getBoundingClientRect().height;
    const fits = (candidate: HTMLElement[], last: boolean) => {
      replaceChildren(lines, ...candidate);
      choicesHeading.hidden = !last || currentStep.choices.length === 0;
      choices.hidden = !last;
      keysHint.hidden = !last || currentStep.choices.length === 0;
      more.hidden = last;
      return panel.scrollHeight <= room;
    };
    // The "more" button is measured with a label as wide as it will get.
    more.textContent = t('play.more', { page: 99, pages: 99 });
    // Most steps fit on one page: one layout decides it.
    panel.classList.remove('compact');
    panel.style.fontSize = '';
    if (fits(all, true)) {
      pages = [all];
      panel.style.maxHeight = `${Math.max(room, 120)}px`;
      return;
    }
    // If the choices alone do not fit (long options, extra-large text, a small screen), tighten the panel
    // and then scale its type down in small steps (never below 70%) until they do.
    if (!fits([], true)) {
      panel.classList.add('compact');
      for (let scale = 0.95; scale >= 0.7 && !fits([], true); scale -= 0.05) panel.style.fontSize = `${scale.toFixed(2)}em`;
    }
    // The last page: as many closing paragraphs as fit with the choices, so a decision keeps its context.
    let k = 0;
    while (k < all.length && fits(all.slice(all.length - k - 1), true)) k++;
    const result: HTMLElement[][] = [];
    let rest = all.slice(0, all.length - k);
    // The echo of the last choice alone would make a page of its own: it is in the history; leave it out.
    if (rest.length === 1 && rest[0]!.classList.contains('echo')) rest = [];
    // The pages before it, filled in reading order, each with the "more" button.
    while (rest.length > 0) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1), false)) n++;
      result.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    result.push(all.slice(all.length - k));
    pages = result.length ? result : [[]];
    panel.style.maxHeight = `${Math.max(room, 120)}px`;
  };

  const turnPage = () => {
    if (pageIndex < pages.length - 1) {
      showPage(pageIndex + 1);
      lines.focus();
    }
  };

  /** Draw a step. `present`: which presentation events to send ('all' for a new step). */
  const render = (step: Step, focus: boolean, present: 'all' | 'state' | 'none', keepPage = false) => {
    const firstShown = keepPage ? pageAnchors.get(session) : undefined;
    currentStep = step;
    fillChoices(step);
    paginate(paragraphs(step));
    const resumeAt = firstShown ? pages.findIndex((p) => p.some((el) => el.getAttribute('data-line-id') === firstShown)) : 0;
    showPage(Math.max(0, resumeAt));
    notebook.lock(step.choices.length === 0);
    panel.scrollTop = 0;
    if (focus) (pages.length > 1 || step.choices.length ? lines : (choices.querySelector('button') as HTMLElement)).focus();
    if (present !== 'none') emitAll(bus, stepEvents(step.lines, presentationState(session.manifest.meta.setting, session.transcript), present));
  };

  // The screen changed size (a projector, a rotated phone, a text size): cut the pages again, keeping the place.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => render(currentStep, false, 'none', true), 100);
  };
  window.addEventListener('resize', onResize);

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const command = keyCommand(e, {
      dialogOpen: dialogOpen(),
      notebookOpen: notebook.open,
      shortcuts: ctx.prefs.shortcuts,
      moreShown: !more.hidden,
      choicesShown: !choices.hidden,
      target: target ? { tagName: target.tagName, type: (target as HTMLInputElement).type } : undefined,
    });
    if (!command) return;
    if (command.kind === 'close-notebook') return notebook.toggle(false);
    if (command.kind === 'choice') {
      const button = choices.querySelectorAll<HTMLButtonElement>('button.choice')[command.n - 1];
      if (!button) return;
      e.preventDefault();
      return button.click();
    }
    e.preventDefault();
    if (command.kind === 'notebook') notebook.toggle();
    else if (command.kind === 'history') openHistory();
    else turnPage();
  };
  document.addEventListener('keydown', onKey);
  const offs = [
    session.events.on('step', (step) => render(step, true, 'all')),
    session.events.on('notebook', (notes) => notebook.update(notes)),
    // The app saves on 'changed' first (it subscribed earlier); say whether that worked.
    session.events.on('changed', () => {
      status.textContent = ctx.store.persistent ? t('play.saved') : t('play.notSaved');
      if (!ctx.store.persistent) announcer.textContent = t('play.notSaved');
    }),
  ];

  if (opts.mode === 'enter') emitAll(bus, enterEvents(presentationState(session.manifest.meta.setting, session.transcript)));
  notebook.update(session.notebook);

  // A skip link: keyboard and screen-reader users jump past the toolbar to the story.
  const skip = h('a', { class: 'skip-link', href: '#story-lines', onclick: (e: Event) => { e.preventDefault(); lines.focus(); } }, t('app.skipToContent'));
  const element = h('section', { class: 'screen screen-play' }, skip, toolbar, announcer, notebook.element, panel);
  // Pages are measured in the live layout: draw once the screen is in the document (see `attached`).
  let drawn = false;
  return {
    element,
    attached() {
      if (drawn) return;
      drawn = true;
      // A redraw (another language) stays on the page the trainee was reading.
      render(session.step, false, opts.mode === 'enter' ? 'state' : 'none', opts.mode === 'redraw');
      // The first step may have been drawn from build-time data: build the ink Story while the trainee reads.
      const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 50));
      idle(() => session.warm());
    },
    focus: () => lines.focus(),
    dispose() {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      clearTimeout(resizeTimer);
      offs.forEach((off) => off());
    },
  };
}
