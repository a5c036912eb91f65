/**
 * The notices above every screen: standing ones (no storage, a failed save,
 * values set aside, no WebGL) and ones about a single event (a bad link, a
 * failed download), which the next screen clears. A polite live region, so
 * a screen reader hears each one once.
 */
import { h } from './dom.ts';

/** A button a notice offers as a way forward. */
export interface NoticeAction {
  id: string;
  label: string;
  action: () => void;
}

/** Notices about one event (a bad link, a failed load): cleared on the next screen. */
const TRANSIENT = ['unknown', 'load', 'updated', 'unsaved-on-reload'];

export class Notices {
  /** The live region that holds the notices. */
  readonly element = h('div', { id: 'notices', class: 'notices', 'aria-live': 'polite' });
  /** Notices whose text is a translation key, kept across language changes (redrawn by `render`). */
  private readonly keys = new Set<string>();
  /** Values put into a keyed notice's text (e.g. the LRS origin a policy blocks). */
  private readonly params = new Map<string, Record<string, string>>();

  /**
   * @param standing adds the standing notices (called by `render`, e.g. after a change of language)
   */
  constructor(
    private readonly t: (key: string, params?: Record<string, string>) => string,
    private readonly standing: () => void,
  ) {}

  /** Show a notice (replacing one with the same id), with buttons if it offers a way forward. */
  show(id: string, text: string, actions: NoticeAction[] = []): void {
    this.remove(id);
    this.element.append(
      h(
        'div',
        { class: 'notice', 'data-notice': id },
        h('p', {}, text),
        actions.length
          ? h('p', { class: 'notice-actions' }, ...actions.map((a) => h('button', { class: 'secondary', id: a.id, onclick: a.action }, a.label)))
          : null,
      ),
    );
  }

  /** A notice whose text is a translation key, kept across language changes. */
  showKey(key: string, params?: Record<string, string>): void {
    this.keys.add(key);
    if (params) this.params.set(key, params);
    this.show(key, this.t(key, this.params.get(key)));
  }

  remove(id: string): void {
    this.element.querySelector(`[data-notice="${id}"]`)?.remove();
  }

  /** Clear the notices about a single event (on arriving at another screen). */
  clearTransient(): void {
    for (const id of TRANSIENT) this.remove(id);
  }

  /** Draw the standing notices again, from scratch (in the current language). */
  render(): void {
    this.element.replaceChildren();
    this.standing();
    for (const key of this.keys) this.show(key, this.t(key, this.params.get(key)));
  }
}
