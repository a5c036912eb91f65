/** Accessible modal dialogs on the native <dialog> element (focus handling and Escape come with it). */
import { h } from './dom';

export interface DialogButton {
  label: string;
  primary?: boolean;
  id?: string;
  action: () => void;
}

/**
 * Show a modal dialog with a heading, paragraphs and buttons. Returns a
 * function that closes it. Focus returns to the element that had it.
 */
export function showDialog(opts: { id: string; heading: string; body: (string | Node)[]; buttons: DialogButton[]; onCancel?: () => void }): () => void {
  const previous = document.activeElement as HTMLElement | null;
  document.getElementById(opts.id)?.remove();
  const headingId = `${opts.id}-heading`;
  const dialog = h('dialog', { id: opts.id, class: 'dialog', 'aria-labelledby': headingId });
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    if (previous && document.contains(previous)) previous.focus();
  };
  dialog.append(
    h('h2', { id: headingId }, opts.heading),
    ...opts.body.map((b) => (typeof b === 'string' ? h('p', {}, b) : b)),
    h(
      'div',
      { class: 'dialog-buttons' },
      ...opts.buttons.map((b) =>
        h('button', { class: b.primary ? 'primary' : 'secondary', id: b.id, onclick: () => { close(); b.action(); } }, b.label),
      ),
    ),
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
    opts.onCancel?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  (dialog.querySelector('button.primary') as HTMLButtonElement | null)?.focus();
  return close;
}

/** True while any modal dialog is open (keyboard shortcuts pause). */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
