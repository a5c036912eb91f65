/**
 * The content note shown before a scenario starts: what it contains, that
 * "Leave scene" is always there, and where to find support. "Begin" starts,
 * "Back" returns to the list.
 */
import type { ScenarioMeta } from '../../core/tags.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

export interface ContentNoteOptions {
  scenario: string;
  meta: Pick<ScenarioMeta, 'contentNotes'>;
  onBegin(): void;
  onBack(): void;
}

export function renderContentNote(ctx: Pick<AppContext, 't'>, opts: ContentNoteOptions): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { class: 'screen screen-note', 'aria-labelledby': 'note-heading' },
    h('h1', { id: 'note-heading', tabindex: '-1' }, t(`scenario.${opts.scenario}.title`)),
    h(
      'div',
      { class: 'panel' },
      h('h2', {}, t('content.heading')),
      h('p', {}, t('content.intro')),
      h('ul', { class: 'content-notes' }, ...opts.meta.contentNotes.map((n) => h('li', {}, t(`note.${n}`)))),
      h('p', {}, t('content.leave')),
      h('p', {}, t('content.support')),
      h(
        'div',
        { class: 'dialog-buttons' },
        // elementtiming 'begin': the benchmark times the first thing a trainee can act on.
        h('button', { class: 'primary', id: 'content-begin', elementtiming: 'begin', onclick: opts.onBegin }, t('content.begin')),
        h('button', { class: 'secondary', id: 'content-back', onclick: opts.onBack }, t('content.back')),
      ),
    ),
  );
}
