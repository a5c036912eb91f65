/**
 * The play screen's parts that need nothing of the app but its translations:
 * the toolbar, the story panel, a step's paragraphs and its options. One copy,
 * used by the play screen (play.ts) and by the first screen a direct link
 * draws before the game's own code has loaded (src/first-screen/start.ts), so
 * the two draw the same elements with the same classes and the hand-over
 * from one to the other moves nothing on screen.
 */
import type { ScenarioManifest } from '../../core/manifest.ts';
import type { Step } from '../../core/story-runner.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import type { PanelParts } from './play-pages.ts';

/** A story text in the language shown, by id (English as written in the story). */
export type Text = (id: string, english: string) => string;

/** What these builders need of the app: its translations only. */
export type Translate = Pick<AppContext, 't'>;

/** The paragraphs of a step: the echo of the last choice, then its lines (or, if hidden, the note saying so). */
export function stepParagraphs(
  ctx: Translate,
  step: Step,
  o: { echo: string | null; hidden: boolean; text: Text; onShowHidden(): void; evidence: ScenarioManifest['evidence']; openEvidence(id: string): void },
): HTMLElement[] {
  const { t } = ctx;
  const echo = o.echo ? [h('p', { class: 'echo' }, `${t('speaker.trainee')}: ${o.echo}`)] : [];
  if (o.hidden) {
    return [
      ...echo,
      h(
        'p',
        { class: 'hidden-note', id: 'hidden-note' },
        t('play.hidden'),
        ' ',
        h('button', { class: 'secondary', id: 'show-hidden', onclick: o.onShowHidden }, t('play.showHidden')),
      ),
    ];
  }
  return [
    ...echo,
    ...step.lines.map((line) => {
      const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
      return h(
        'p',
        { class: `line${speaker ? ' spoken' : ''}${line.tags.ending ? ' ending' : ''}`, 'data-line-id': line.id },
        speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null,
        o.text(line.id, line.text),
        ...evidenceButtons(ctx, line.tags.evidence, o),
      );
    }),
  ];
}

/** A button to open each piece of evidence a line shows, after its text (the E key opens it too). */
function evidenceButtons(ctx: Translate, ids: readonly string[], o: { text: Text; evidence: ScenarioManifest['evidence']; openEvidence(id: string): void }) {
  return ids.flatMap((id) => {
    const info = o.evidence[id];
    if (!info) return [];
    return [
      ' ',
      h(
        'button',
        { class: 'secondary evidence-open', 'data-evidence': id, 'aria-keyshortcuts': 'E', onclick: () => o.openEvidence(id) },
        ctx.t('evidence.open', { title: o.text(info.title.id, info.title.text) }),
      ),
    ];
  });
}

/** The choices (or the way to the debrief at an ending), in the order shown; keys 1-9 follow it. */
export function choiceItems(ctx: Translate, step: Step, o: { text: Text; choose(id: string): void; onDebrief(): void }): HTMLElement[] {
  if (step.choices.length === 0)
    return [h('li', {}, h('button', { class: 'primary', id: 'to-debrief', onclick: () => o.onDebrief() }, ctx.t('play.continue')))];
  return step.choices.map((c, i) =>
    h(
      'li',
      {},
      h(
        'button',
        { class: 'choice', 'data-choice': c.id, 'aria-keyshortcuts': String(i + 1), elementtiming: 'choice', onclick: () => o.choose(c.id) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`),
        o.text(c.id, c.text),
      ),
    ),
  );
}

/** The story panel's elements (empty until a step is drawn). */
export function panelParts(ctx: Translate, toolbar: HTMLElement, turnPage: () => void): PanelParts {
  const { t } = ctx;
  const lines = h('div', { id: 'story-lines', class: 'story-lines', role: 'log', 'aria-live': 'polite', tabindex: '-1' });
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, t('play.choices'));
  const choices = h('ol', { id: 'choices', class: 'choices', 'aria-labelledby': 'choices-heading' });
  const keysHint = h('p', { class: 'hint keys-hint' }, t('play.keysHint'));
  // elementtiming 'choice': for the benchmark, the first thing to act on in the story is a choice or, on a long first passage, this.
  const more = h('button', { id: 'more', class: 'primary more', 'aria-keyshortcuts': 'Space Enter', elementtiming: 'choice', onclick: turnPage });
  const panel = h(
    'section',
    { class: 'story-panel', 'aria-label': t('play.storyRegion') },
    h('div', { class: 'story-column' }, lines, choicesHeading, choices, more, keysHint),
  );
  return { toolbar, panel, lines, choicesHeading, choices, keysHint, more };
}

/** The saving status in the toolbar (empty until the first change is saved). */
export const statusOf = () => h('p', { id: 'play-status', class: 'status' }, '');

/** The notebook button's label: its name and how many indicators are noted. */
export const notebookLabel = (ctx: Translate, count: number) => `${ctx.t('play.notebook')} (${count})`;

/** The notebook's toolbar button (its count is written again by the notebook as notes are taken). */
export function notebookButtonOf(ctx: Translate, count = 0): HTMLButtonElement {
  return h(
    'button',
    { id: 'notebook-button', class: 'tool', 'aria-expanded': 'false', 'aria-controls': 'notebook', 'aria-keyshortcuts': 'N' },
    notebookLabel(ctx, count),
  );
}

/** The toolbar: the scenario's name, the saving status, history, notebook, settings and "Leave scene". */
export function toolbarOf(
  ctx: Translate,
  scenario: string,
  o: { status: HTMLElement; notebookButton: HTMLElement; openHistory(): void; openSettings(): void; leave(): void },
): HTMLElement {
  const { t } = ctx;
  return h(
    'nav',
    { class: 'toolbar', 'aria-label': t('app.title') },
    h('h1', { class: 'scenario-name' }, t(`scenario.${scenario}.title`)),
    o.status,
    h('button', { id: 'history-button', class: 'tool', 'aria-keyshortcuts': 'H', onclick: () => o.openHistory() }, t('play.historyButton')),
    o.notebookButton,
    h('button', { id: 'settings-button', class: 'tool', onclick: () => o.openSettings() }, t('play.settings')),
    h('button', { id: 'leave-button', class: 'tool leave', onclick: () => o.leave() }, t('play.leave')),
  );
}

/** A skip link: keyboard and screen-reader users jump past the toolbar to the story. */
export function skipLinkOf(ctx: Translate, focusStory: () => void): HTMLElement {
  return h(
    'a',
    {
      class: 'skip-link',
      href: '#story-lines',
      onclick: (e: Event) => {
        e.preventDefault();
        focusStory();
      },
    },
    ctx.t('app.skipToContent'),
  );
}
