/** Accessible modal dialogs on the native <dialog> element (focus handling and Escape come with it). */
import { h } from './dom.ts';

export interface DialogButton {
  label: string;
  primary?: boolean;
  id?: string;
  action: () => void;
}

/**
 * Open a modal <dialog> labelled by its heading; `build` fills it and may use
 * `close`. Escape closes it. Focus returns to the element that had it.
 */
export function openModal(
  id: string,
  heading: string,
  build: (close: () => void) => Node[],
  onCancel?: () => void,
): { dialog: HTMLDialogElement; close: () => void } {
  const previous = document.activeElement as HTMLElement | null;
  document.getElementById(id)?.remove();
  const dialog = h('dialog', { id, class: 'dialog', 'aria-labelledby': `${id}-heading` });
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    if (previous && document.contains(previous)) previous.focus();
  };
  dialog.append(h('h2', { id: `${id}-heading` }, heading), ...build(close));
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
    onCancel?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close };
}

/**
 * Show a modal dialog with a heading, paragraphs and buttons. Returns a
 * function that closes it.
 */
export function showDialog(opts: { id: string; heading: string; body: (string | Node)[]; buttons: DialogButton[]; onCancel?: () => void }): () => void {
  const { dialog, close } = openModal(
    opts.id,
    opts.heading,
    (close) => [
      ...opts.body.map((b) => (typeof b === 'string' ? h('p', {}, b) : b)),
      h(
        'div',
        { class: 'dialog-buttons' },
        ...opts.buttons.map((b) =>
          h(
            'button',
            {
              class: b.primary ? 'primary' : 'secondary',
              id: b.id,
              onclick: () => {
                close();
                b.action();
              },
            },
            b.label,
          ),
        ),
      ),
    ],
    opts.onCancel,
  );
  (dialog.querySelector('button.primary') as HTMLButtonElement | null)?.focus();
  return close;
}

/** True while any modal dialog is open (keyboard shortcuts pause). */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
