/**
 * The content note read to the room before a group session starts, on the
 * presenter's screen (with "Begin") and on the projector alike: what the
 * scenario contains, that anyone may step out and the screen can be paused
 * at once, and where to find support.
 */
import { findScenario } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

export interface RoomNoteOptions {
  scenario: string;
  /** The presenter's copy has the buttons; the projector's has none. */
  presenter: boolean;
  onBegin?(): void;
  onBack?(): void;
  /** Open the audience window (so the room reads the note on the projector). */
  onAudience?(): void;
}

export function renderRoomNote(ctx: Pick<AppContext, 't'>, opts: RoomNoteOptions): HTMLElement {
  const { t } = ctx;
  const notes = findScenario(opts.scenario)?.meta.contentNotes ?? [];
  return h(
    'div',
    { class: 'room-note', id: 'room-note' },
    h('h1', { id: 'group-heading', tabindex: '-1' }, t(`scenario.${opts.scenario}.title`)),
    h('h2', {}, t('content.heading')),
    h('p', {}, t('content.intro')),
    h('ul', { class: 'content-notes' }, ...notes.map((n) => h('li', {}, t(`note.${n}`)))),
    h('p', {}, t('group.noteLeave')),
    h('p', {}, t('content.support')),
    opts.presenter
      ? h(
          'div',
          { class: 'dialog-buttons no-print' },
          h('button', { class: 'primary', id: 'content-begin', onclick: () => opts.onBegin?.() }, t('group.begin')),
          h('button', { class: 'secondary', id: 'group-audience', onclick: () => opts.onAudience?.() }, t('group.openAudience')),
          h('button', { class: 'secondary', id: 'content-back', onclick: () => opts.onBack?.() }, t('group.backToTitle')),
        )
      : null,
  );
}
