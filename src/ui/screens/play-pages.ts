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

/** A page being shown: the ids of its first and last story lines (none for a page of the echo alone), and whether it is the step's last. */
export interface ShownPage {
  first?: string;
  last?: string;
  isLast: boolean;
}

/**
 * @param deps.onPage told of each page shown: its first line (to come back to it after a redraw) and its last
 *   (the stage shows who is there as of the page being read, not as of the end of the step)
 * Over 60 lines: a factory whose closure holds the pages and returns short methods (paginate, showPage, turnPage, pageOf).
 */
export function createPager(parts: PanelParts, deps: { bus: AppBus; moreLabel(page: number, pages: number): string; onPage(page: ShownPage): void }): Pager {
  const { toolbar, panel, lines, choicesHeading, choices, keysHint, more } = parts;
  let pages: HTMLElement[][] = [[]];
  let pageIndex = 0;
  let hasChoices = false;

  /** Lay out `paragraphs` as a last page (with the options) or another (with "More"). */
  const layout = (paragraphs: HTMLElement[], last: boolean) => {
    // The same paragraphs again (a page measured just before it is shown): leave the layout as it is.
    const same = lines.childElementCount === paragraphs.length && paragraphs.every((p, i) => lines.children[i] === p);
    if (!same) replaceChildren(lines, ...paragraphs);
    show(choicesHeading, last && hasChoices);
    show(choices, last);
    show(keysHint, last && hasChoices);
    show(more, !last);
  };
  /** Show or hide, touching the element only if that changes (so a layout already made stays valid). */
  const show = (el: HTMLElement, shown: boolean) => {
    if (el.hidden === shown) el.hidden = !shown;
  };

  /**
   * The picture behind gives up its height first; if even the choices alone do
   * not fit, the panel tightens and scales its type down (never below 70%); a
   * paragraph taller than the screen gets a page of its own (and the panel
   * scrolls, the only case it does).
   *
   * Each layout of the live page costs time (about 4 ms at the benchmark's 4x
   * CPU throttling), so a step that needs several pages is measured once with all its paragraphs
   * (their tops and bottoms) and once more without the options, and the pages
   * are computed from those figures; only a cut within 2 px of the limit is
   * checked in a real layout.
   */
  const paginate = (all: HTMLElement[], withChoices: boolean) => {
    hasChoices = withChoices;
    panel.classList.remove('compact');
    panel.style.fontSize = '';
    // Unbounded while measuring: a panel that scrolls would narrow its lines by a scroll bar.
    panel.style.maxHeight = '';
    // Most steps fit on one page: one layout decides it (the toolbar is measured in the same one).
    layout(all, true);
    // The screen's height, not the window's: a standing notice above the screen (a full storage) takes its share.
    const screenHeight = panel.parentElement?.getBoundingClientRect().height || window.innerHeight;
    const room = Math.min(window.innerHeight, screenHeight) - toolbar.getBoundingClientRect().height;
    const fits = (candidate: HTMLElement[], last: boolean) => (layout(candidate, last), panel.scrollHeight <= room);
    if (panel.scrollHeight <= room) {
      pages = [all];
      panel.style.maxHeight = `${Math.max(room, 120)}px`;
      return;
    }
    // Pages are needed: the "more" button is measured with a label as wide as it will get. (Not before:
    // on a single page it is hidden, and its label - an interpolated string, slow on a cold start - is not needed.)
    more.textContent = deps.moreLabel(99, 99);
    let measured = measure(all);
    if (!fits([], true)) {
      panel.classList.add('compact');
      for (let scale = 0.95; scale >= 0.7 && !fits([], true); scale -= 0.05) panel.style.fontSize = `${scale.toFixed(2)}em`;
      layout(all, true);
      measured = measure(all);
    }
    layout(all, false);
    const withMore = panel.scrollHeight;
    /** Whether paragraphs [from, to) fit on a page: from the measures, or a real layout when within 2 px. */
    const fitsSlice = (from: number, to: number, last: boolean) => {
      const extent = (measured.bottoms[to - 1] ?? 0) - (measured.tops[from] ?? 0);
      const predicted = (last ? measured.scrollHeight : withMore) - measured.extent + extent;
      if (Math.abs(predicted - room) > 2) return predicted <= room;
      return fits(all.slice(from, to), last);
    };
    // The last page: as many closing paragraphs as fit with the choices, so a decision keeps its context.
    let k = 0;
    while (k < all.length && fitsSlice(all.length - k - 1, all.length, true)) k++;
    const result: HTMLElement[][] = [];
    let start = 0;
    const end = all.length - k;
    // The echo of the last choice alone would make a page of its own: it is in the history; leave it out.
    if (end === 1 && all[0]?.classList.contains('echo')) start = end;
    // The pages before it, filled in reading order, each with the "more" button.
    while (start < end) {
      let n = 1;
      while (start + n < end && fitsSlice(start, start + n + 1, false)) n++;
      result.push(all.slice(start, start + n));
      start += n;
    }
    result.push(all.slice(all.length - k));
    pages = result.length ? result : [[]];
    panel.style.maxHeight = `${Math.max(room, 120)}px`;
  };

  /** Where each paragraph is in the current layout (all of them shown), and the panel's height with them (no new layout). */
  const measure = (all: HTMLElement[]) => {
    const tops: number[] = [];
    const bottoms: number[] = [];
    for (const el of all) {
      const r = el.getBoundingClientRect();
      tops.push(r.top);
      bottoms.push(r.bottom);
    }
    return { tops, bottoms, extent: (bottoms[bottoms.length - 1] ?? 0) - (tops[0] ?? 0), scrollHeight: panel.scrollHeight };
  };

  const showPage = (index: number) => {
    pageIndex = index;
    const ids = (pages[index] ?? []).flatMap((el) => el.getAttribute('data-line-id') ?? []);
    deps.onPage({ first: ids[0], last: ids.at(-1), isLast: index === pages.length - 1 });
    const last = index === pages.length - 1;
    layout(pages[index] ?? [], last);
    // Hidden on the last page: no label needed there.
    if (!last) more.textContent = deps.moreLabel(index + 1, pages.length);
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
