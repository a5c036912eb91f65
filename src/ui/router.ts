/**
 * Which screen is showing: drawing the next one, telling the renderers,
 * remembering it for a reload, the tab's title, and where focus lands.
 */
import * as v from 'valibot';
import type { ScreenName } from '../app-events.ts';
import { ID_PATTERN } from '../core/tags.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';
import { SCREEN_KEY } from './storage-keys.ts';

/** A screen the router can show. */
export interface Screen {
  name: ScreenName | 'content-note' | 'class-report' | 'group';
  scenario?: string;
  render: () => HTMLElement;
  /** Called once the rendered screen is in the document (for layout that measures itself). */
  attached?: () => void;
  dispose?: () => void;
  /** Where focus goes on arrival (default: the screen's h1). */
  focus?: () => void;
}

/** The screen before a reload, as stored. */
const LastScreenSchema = v.object({
  name: v.picklist(['title', 'select', 'play', 'debrief']),
  scenario: v.optional(v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN))),
});
export type LastScreen = v.InferOutput<typeof LastScreenSchema>;

export class Router {
  /** Where screens are drawn. */
  readonly element = h('div', { id: 'screen' });
  private shown?: Screen;

  /**
   * @param header the bar above every screen but play's (its settings button)
   */
  constructor(
    private readonly ctx: Pick<AppContext, 't' | 'bus' | 'store' | 'setAside'>,
    private readonly header: HTMLElement,
    private readonly notices: Notices,
  ) {}

  /** The screen showing now. */
  get current(): Screen | undefined {
    return this.shown;
  }

  /** The screen before a reload; an unreadable value is set aside (and reported), never trusted. */
  lastScreen(): LastScreen | undefined {
    const text = this.ctx.store.get(SCREEN_KEY);
    if (text === null) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const parsed = v.safeParse(LastScreenSchema, raw);
    if (parsed.success) return parsed.output;
    this.ctx.setAside.put(SCREEN_KEY, text, 'last screen: not readable');
    this.notices.render();
    return undefined;
  }

  /** Draw the current screen again (another language), focus back on `focusId` if it is still there. */
  redraw(focusId?: string): void {
    if (this.shown) this.show(this.shown, { focusId });
  }

  /** Show `next` (or draw the same screen again), leaving the previous one. */
  show(next: Screen, opts: { focusId?: string } = {}): void {
    const { t, bus, store } = this.ctx;
    const arriving = this.shown !== next;
    this.shown?.dispose?.();
    this.shown = next;
    if (arriving) this.notices.clearTransient();
    this.header.hidden = next.name === 'play';
    // For the stylesheet (the play screen lets clicks through to the stage; see styles.css).
    this.element.parentElement?.setAttribute('data-screen', next.name);
    const settingsButton = this.header.firstElementChild;
    if (settingsButton) settingsButton.textContent = t('play.settings');
    // The class report and the group screens show over the title's picture; a reload goes back to the title
    // (the report's files are not kept; a group session is offered for resume there).
    const name = next.name;
    const overTitle = name === 'class-report' || name === 'group';
    if (name === 'title' || name === 'select' || overTitle) {
      bus.emit('screen', { name: overTitle ? 'title' : name });
      bus.emit('ambient', null);
    }
    if (name !== 'content-note' && !overTitle) store.set(SCREEN_KEY, JSON.stringify({ name, scenario: next.scenario }));
    // The browser tab says where the trainee is, in their language.
    document.title = next.scenario
      ? `${t(`scenario.${next.scenario}.title`)} · ${t('app.title')}`
      : next.name === 'class-report'
        ? `${t('report.heading')} · ${t('app.title')}`
        : t('app.title');
    this.element.replaceChildren(next.render());
    next.attached?.();
    this.element.scrollTop = 0;
    if (name !== 'content-note' && !overTitle) bus.emit('settled', name);
    this.focus(next, opts.focusId);
  }

  /**
   * Focus: back where it was after a redraw (language change), else the screen's own start,
   * so keyboard and screen-reader users are never left on <body>.
   */
  private focus(next: Screen, focusId?: string): void {
    const again = focusId ? document.getElementById(focusId) : null;
    if (again) return again.focus();
    if (next.focus) return next.focus();
    const heading = this.element.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }
}
