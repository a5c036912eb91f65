/**
 * The story panel's pages: a step's paragraphs cut into pages that fit the
 * screen with the choices on the last one and "More" on the others. Measured
 * in the live layout, so it holds for any screen, text size and language.
 */
import type { AppBus } from '../../app-events.ts';
import { replaceChildren } from '../dom.ts';

/** The panel's parts the pager lays out. */
export interface PanelParts {
  toolbar: HTMLElement;
  panel: HTMLElement;
  lines: HTMLElement;
  choicesHeading: HTMLElement;
  choices: HTMLElement;
  keysHint: HTMLElement;
  more: HTMLElement;
}

export interface Pager {
  /** Cut `all` into pages (`hasChoices`: the step offers options, not just the way to the debrief). */
  paginate(all: HTMLElement[], hasChoices: boolean): void;
  /** Show page `index`. */
  showPage(index: number): void;
  /** The next page, if any (focus moves to the story). */
  turnPage(): void;
  /** The page holding the line `lineId`, or 0. */
  pageOf(lineId: string | undefined): number;
  readonly pageCount: number;
}

/**
 * @param deps.onPage told the id of the first line of each page shown (to come back to it after a redraw)
 * Over 60 lines: a factory whose closure holds the pages and returns short methods (paginate, showPage, turnPage, pageOf).
 */
export function createPager(
  parts: PanelParts,
  deps: { bus: AppBus; moreLabel(page: number, pages: number): string; onPage(firstLineId: string | undefined): void },
): Pager {
  const { toolbar, panel, lines, choicesHeading, choices, keysHint, more } = parts;
  let pages: HTMLElement[][] = [[]];
  let pageIndex = 0;
  let hasChoices = false;

  /** Lay out `paragraphs` as a last page (with the options) or another (with "More"). */
  const layout = (paragraphs: HTMLElement[], last: boolean) => {
    replaceChildren(lines, ...paragraphs);
    choicesHeading.hidden = !last || !hasChoices;
    choices.hidden = !last;
    keysHint.hidden = !last || !hasChoices;
    more.hidden = last;
  };

  /**
   * The picture behind gives up its height first; if even the choices alone do
   * not fit, the panel tightens and scales its type down (never below 70%); a
   * paragraph taller than the screen gets a page of its own (and the panel
   * scrolls, the only case it does).
   */
  const paginate = (all: HTMLElement[], withChoices: boolean) => {
    hasChoices = withChoices;
    const room = window.innerHeight - toolbar.getBoundingClientRect().height;
    const fits = (candidate: HTMLElement[], last: boolean) => (layout(candidate, last), panel.scrollHeight <= room);
    // The "more" button is measured with a label as wide as it will get.
    more.textContent = deps.moreLabel(99, 99);
    // Most steps fit on one page: one layout decides it.
    panel.classList.remove('compact');
    panel.style.fontSize = '';
    if (fits(all, true)) {
      pages = [all];
      panel.style.maxHeight = `${Math.max(room, 120)}px`;
      return;
    }
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
    if (rest.length === 1 && rest[0]?.classList.contains('echo')) rest = [];
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

  const showPage = (index: number) => {
    pageIndex = index;
    deps.onPage(pages[index]?.find((el) => el.hasAttribute('data-line-id'))?.getAttribute('data-line-id') ?? undefined);
    const last = index === pages.length - 1;
    layout(pages[index] ?? [], last);
    more.textContent = deps.moreLabel(index + 1, pages.length);
    // The picture lives between the toolbar and the panel: tell the stage where that is.
    deps.bus.emit('stage-area', { top: toolbar.getBoundingClientRect().bottom, bottom: panel.getBoundingClientRect().top });
  };

  return {
    paginate,
    showPage,
    turnPage() {
      if (pageIndex < pages.length - 1) {
        showPage(pageIndex + 1);
        lines.focus();
      }
    },
    pageOf: (lineId) =>
      lineId
        ? Math.max(
            0,
            pages.findIndex((p) => p.some((el) => el.getAttribute('data-line-id') === lineId)),
          )
        : 0,
    get pageCount() {
      return pages.length;
    },
  };
}
