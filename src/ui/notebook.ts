/**
 * The notebook: the trainee marks indicators they observe, at any moment.
 * A panel of real checkboxes (keyboard and screen-reader friendly), opened
 * with its button or the N key; Escape closes it and returns focus.
 */
import { INDICATOR_IDS, type IndicatorId } from '../core/indicators.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';

export interface NotebookView {
  element: HTMLElement;
  /** Reflect the session's notebook. */
  update(notes: ReadonlyMap<IndicatorId, string>): void;
  toggle(open?: boolean): void;
  /** Close the notebook to changes (at the ending: what is noted then is not an observation). */
  lock(locked: boolean): void;
  readonly open: boolean;
}

// Over 60 lines: a factory whose closure holds the panel and returns a few short methods.
export function createNotebook(
  ctx: AppContext,
  handlers: { note(i: IndicatorId): void; unnote(i: IndicatorId): void; announce(text: string): void; onToggle(open: boolean, count: number): void },
): NotebookView {
  const { t } = ctx;
  let isOpen = false;
  let count = 0;
  const boxes = new Map<IndicatorId, HTMLInputElement>();
  // What the boxes show; kept while the list is not built yet.
  let noted: ReadonlySet<IndicatorId> = new Set();
  let isLocked = false;
  let built = false;
  /**
   * The list of checkboxes, built when the notebook first opens: one box and
   * one translated label per indicator is the largest part of drawing the
   * play screen, and most of the time the notebook stays closed.
   */
  const buildList = () =>
    h(
      'ul',
      { class: 'indicator-list' },
      ...INDICATOR_IDS.map((id) => {
        const box = h('input', {
          type: 'checkbox',
          id: `note-${id}`,
          'data-indicator': id,
          onchange: (e: Event) => {
            const checked = (e.target as HTMLInputElement).checked;
            const label = t(`indicator.${id}`);
            if (checked) handlers.note(id);
            else handlers.unnote(id);
            handlers.announce(t(checked ? 'notebook.noted' : 'notebook.removed', { label }));
          },
        });
        box.checked = noted.has(id);
        box.disabled = isLocked;
        boxes.set(id, box);
        return h('li', {}, h('label', { for: `note-${id}` }, box, ' ', t(`indicator.${id}`)));
      }),
    );
  const closeButton = h('button', { class: 'secondary', onclick: () => view.toggle(false) }, t('notebook.close'));
  const lockedNote = h('p', { class: 'hint notebook-locked', id: 'notebook-locked', hidden: true }, t('notebook.locked'));
  const element = h(
    'aside',
    { id: 'notebook', class: 'notebook', 'aria-labelledby': 'notebook-heading', hidden: true },
    h('h2', { id: 'notebook-heading' }, t('notebook.heading')),
    h('p', { class: 'hint' }, t('notebook.intro')),
    lockedNote,
    closeButton,
  );
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      view.toggle(false);
    }
  });
  const view: NotebookView = {
    element,
    get open() {
      return isOpen;
    },
    update(notes) {
      count = notes.size;
      noted = new Set(notes.keys());
      for (const [id, box] of boxes) box.checked = notes.has(id);
      handlers.onToggle(isOpen, count);
    },
    lock(locked) {
      isLocked = locked;
      for (const box of boxes.values()) box.disabled = locked;
      lockedNote.hidden = !locked;
      // Focus lands on the close button when locked: let it carry the reason.
      if (locked) closeButton.setAttribute('aria-describedby', 'notebook-locked');
      else closeButton.removeAttribute('aria-describedby');
    },
    toggle(open = !isOpen) {
      isOpen = open;
      if (open && !built) {
        built = true;
        closeButton.before(buildList());
      }
      element.hidden = !open;
      handlers.onToggle(open, count);
      if (open) (lockedNote.hidden ? boxes.values().next().value : closeButton)?.focus();
    },
  };
  return view;
}
