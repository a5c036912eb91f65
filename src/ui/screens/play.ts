/**
 * The play screen: the accessible HTML layer over the canvas. Story text in
 * a live region, choices as real buttons (keys 1-9), the notebook, settings
 * and a "Leave scene" control that is always there.
 */
import { storyText } from '../../core/i18n.ts';
import type { Session } from '../../core/session.ts';
import type { Step } from '../../core/story-runner.ts';
import { SCENE_AMBIENT, type Ambient, type SceneId } from '../../core/vocabulary.ts';
import type { AppContext } from '../context.ts';
import { dialogOpen, showDialog } from '../dialogs.ts';
import { h, replaceChildren } from '../dom.ts';
import { createNotebook } from '../notebook.ts';
import { openSettings } from '../settings.ts';

export interface PlayScreen {
  element: HTMLElement;
  /** Put focus on the story, so a screen reader starts reading there. */
  focus(): void;
  /** Remove listeners (the session outlives the screen across language changes). */
  dispose(): void;
}

export interface PlayOptions {
  scenario: string;
  session: Session;
  /**
   * 'enter': the trainee arrives (start or resume): set the scene, ambient and
   * speaker for the current step (no one-shot sounds). 'redraw': the same
   * screen again in another language: text only, the scene stays as it is.
   */
  mode: 'enter' | 'redraw';
  onDebrief(): void;
  onLeaveToList(): void;
}

/** The background and ambient loop in force after the lines shown so far. */
export function presentationState(session: Session): { scene: SceneId; ambient: Ambient | null } {
  let scene: SceneId = session.manifest.meta.setting;
  let ambient: Ambient | null = SCENE_AMBIENT[scene];
  for (const line of session.transcript) {
    if (line.tags.scene) scene = line.tags.scene;
    if (line.tags.ambient) ambient = line.tags.ambient;
  }
  return { scene, ambient };
}

export function renderPlay(ctx: AppContext, opts: PlayOptions): PlayScreen {
  const { t, i18n, bus } = ctx;
  const { session, scenario } = opts;
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
    note: (i) => { session.note(i); bus.emit('ui', 'note'); },
    unnote: (i) => session.unnote(i),
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
        { label: t('leave.debrief'), id: 'leave-debrief', action: () => { session.leave(); opts.onDebrief(); } },
        { label: t('leave.list'), id: 'leave-list', action: () => opts.onLeaveToList() },
      ],
    });

  const toolbar = h(
    'nav',
    { class: 'toolbar', 'aria-label': t('app.title') },
    h('h1', { class: 'scenario-name' }, t(`scenario.${scenario}.title`)),
    status,
    notebookButton,
    h('button', { id: 'settings-button', class: 'tool', onclick: () => openSettings(ctx) }, t('play.settings')),
    h('button', { id: 'leave-button', class: 'tool leave', onclick: leave }, t('play.leave')),
  );

  const lines = h('div', { id: 'story-lines', class: 'story-lines', role: 'log', 'aria-live': 'polite', tabindex: '-1' });
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, t('play.choices'));
  const choices = h('ol', { id: 'choices', class: 'choices', 'aria-labelledby': 'choices-heading' });
  const panel = h(
    'section',
    { class: 'story-panel', 'aria-label': t('play.storyRegion') },
    h('div', { class: 'story-column' }, lines, choicesHeading, choices, h('p', { class: 'hint keys-hint' }, t('play.keysHint'))),
  );

  const choose = (id: string) => {
    bus.emit('ui', 'select');
    session.choose(id);
  };

  /** Draw a step. `present`: which presentation events to send ('all' for a new step). */
  /** The step whose text the trainee chose to skip (only that step: the next one shows again). */
  let hiddenStep: Step | undefined;

  const render = (step: Step, focus: boolean, present: 'all' | 'state' | 'none') => {
    const echo = lastChoiceText();
    const hidden = hiddenStep === step;
    replaceChildren(
      lines,
      echo ? h('p', { class: 'echo' }, `${t('speaker.trainee')}: ${echo}`) : null,
      hidden
        ? h(
            'p',
            { class: 'hidden-note', id: 'hidden-note' },
            t('play.hidden'),
            ' ',
            h('button', { class: 'secondary', id: 'show-hidden', onclick: () => { hiddenStep = undefined; render(step, true, 'none'); } }, t('play.showHidden')),
          )
        : null,
      ...(hidden ? [] : step.lines).map((line) => {
        const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
        return h(
          'p',
          { class: `line${speaker ? ' spoken' : ''}${line.tags.ending ? ' ending' : ''}`, 'data-line-id': line.id },
          speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null,
          text(line.id, line.text),
        );
      }),
    );
    if (step.choices.length > 0) {
      choicesHeading.hidden = false;
      replaceChildren(
        choices,
        ...step.choices.map((c, i) => {
          const label = text(c.id, c.text);
          return h(
            'li',
            {},
            h('button', { class: 'choice', 'data-choice': c.id, 'aria-keyshortcuts': String(i + 1), elementtiming: 'choice', onclick: () => choose(c.id) }, h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`), label),
          );
        }),
      );
    } else {
      choicesHeading.hidden = true;
      replaceChildren(choices, h('li', {}, h('button', { class: 'primary', id: 'to-debrief', onclick: () => opts.onDebrief() }, t('play.continue'))));
    }
    notebook.lock(step.choices.length === 0);
    panel.scrollTop = 0;
    lines.scrollTop = 0;
    if (focus) (step.choices.length ? lines : (choices.querySelector('button') as HTMLElement)).focus();
    if (present === 'none') return;
    for (const line of step.lines) {
      if (line.tags.scene) bus.emit('scene', line.tags.scene);
      if (line.tags.ambient) bus.emit('ambient', line.tags.ambient);
      if (line.tags.sfx && present === 'all') bus.emit('sfx', line.tags.sfx);
      if (line.tags.speaker && line.tags.speaker !== 'narrator' && line.tags.speaker !== 'trainee') {
        bus.emit('speaker', { speaker: line.tags.speaker, mood: line.tags.mood ?? 'neutral' });
      }
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (dialogOpen() || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape' && notebook.open) {
      notebook.toggle(false);
      return;
    }
    // A key held down on a slow machine must not make several decisions; shortcuts can be turned off (WCAG 2.1.4).
    if (e.repeat || !ctx.prefs.shortcuts) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') && (target as HTMLInputElement).type !== 'checkbox') return;
    if (e.key === 'n' || e.key === 'N' || e.key === 'т' || e.key === 'Т') {
      e.preventDefault();
      notebook.toggle();
      return;
    }
    if (/^[1-9]$/.test(e.key) && !notebook.open) {
      const button = choices.querySelectorAll<HTMLButtonElement>('button.choice')[Number(e.key) - 1];
      if (button) {
        e.preventDefault();
        button.click();
      }
    }
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

  if (opts.mode === 'enter') {
    const state = presentationState(session);
    bus.emit('screen', { name: 'play', setting: state.scene });
    bus.emit('ambient', state.ambient);
  }
  render(session.step, false, opts.mode === 'enter' ? 'state' : 'none');
  notebook.update(session.notebook);

  // A skip link: keyboard and screen-reader users jump past the toolbar to the story.
  const skip = h('a', { class: 'skip-link', href: '#story-lines', onclick: (e: Event) => { e.preventDefault(); lines.focus(); } }, t('app.skipToContent'));
  const element = h('section', { class: 'screen screen-play' }, skip, toolbar, announcer, notebook.element, panel);
  return {
    element,
    focus: () => lines.focus(),
    dispose() {
      document.removeEventListener('keydown', onKey);
      offs.forEach((off) => off());
    },
  };
}
