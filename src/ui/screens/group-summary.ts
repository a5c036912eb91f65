/**
 * After (or during) a group session: the session summary - every branch's
 * decisions with the vote split, how each was decided, the time it took and
 * the facilitator's notes, and each branch's ending and result - which prints
 * cleanly (no buttons) and exports as JSON; and the comparison of two
 * branches side by side (decisions, indicators seen, ending, scores).
 */
import type { GroupDecision } from '../../core/group-record.ts';
import type { GroupSession } from '../../core/group-session.ts';
import { dateLocale, storyText } from '../../core/i18n.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { scoresSection } from './debrief.ts';
import { optionLetter } from './group-presenter.ts';

type Text = (id: string, english: string) => string;

const textOf =
  (ctx: AppContext, group: GroupSession): Text =>
  (id, english) =>
    storyText(ctx.i18n, group.state.scenario, id, english);

/** "A 5 · B 3 · C 0" (the letters as shown), or a dash when no hands were counted. */
export function voteSplit(d: GroupDecision): string {
  return d.votes ? d.options.map((_, i) => `${optionLetter(i)} ${d.votes?.[i] ?? 0}`).join(' · ') : '—';
}

/** Minutes and seconds: "3 min 05 s". */
const duration = (ctx: AppContext, ms: number) => {
  const s = Math.round(ms / 1000);
  return ctx.t('group.duration', { minutes: Math.floor(s / 60), seconds: String(s % 60).padStart(2, '0') });
};

function chosenText(group: GroupSession, d: GroupDecision | undefined, text: Text): string {
  const id = d?.decision?.choiceId;
  if (!d || !id) return '—';
  return `${optionLetter(d.options.indexOf(id))}. ${text(id, group.manifest.choices[id]?.text ?? id)}`;
}

/** The decisions of one branch as a table. */
function branchTable(ctx: AppContext, group: GroupSession, branchId: number, text: Text): HTMLElement {
  const { t } = ctx;
  const b = group.state.branches[branchId - 1];
  const rows = (b?.decisions ?? []).map((d, i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(i + 1)),
      h('td', {}, chosenText(group, d, text)),
      h('td', { class: 'vote-split' }, voteSplit(d)),
      h('td', {}, d.decision ? t(d.decision.by === 'majority' ? 'group.byMajority' : 'group.byFacilitator') : '—'),
      h('td', {}, duration(ctx, d.timeMs)),
      h('td', { class: 'group-note' }, d.note || '—'),
    ),
  );
  return h(
    'table',
    { class: 'group-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['group.col.decision', 'group.col.chosen', 'group.col.votes', 'group.col.how', 'group.col.time', 'group.col.notes'].map((k) =>
          h('th', { scope: 'col' }, t(k)),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export interface SummaryOptions {
  group: GroupSession;
  onExport(): void;
  onBack(): void;
}

/** The session summary (printable). */
export function renderGroupSummary(ctx: AppContext, opts: SummaryOptions): HTMLElement {
  const { t, i18n } = ctx;
  const { group } = opts;
  group.settleTime();
  const text = textOf(ctx, group);
  const scenario = group.state.scenario;
  const total = group.state.branches.reduce((ms, b) => ms + b.decisions.reduce((n, d) => n + d.timeMs, 0), 0);
  return h(
    'section',
    { class: 'screen screen-group-summary', 'aria-labelledby': 'group-summary-heading' },
    h('h1', { id: 'group-summary-heading', tabindex: '-1' }, t('group.summaryHeading', { title: t(`scenario.${scenario}.title`) })),
    h(
      'p',
      { class: 'meta' },
      t('group.summaryMeta', {
        date: new Date(group.state.createdAt).toLocaleDateString(dateLocale(i18n.language)),
        branches: group.state.branches.length,
        time: duration(ctx, total),
      }),
    ),
    ...group.state.branches.map((b) => {
      const result = group.resultOf(b.id);
      const ending = result.ending ? text(result.ending.lineId, group.lineText(result.ending.lineId)) : t('group.notEnded');
      return h(
        'section',
        { class: 'group-summary-branch', 'data-branch': b.id },
        h('h2', {}, b.from ? t('group.branchFrom', { id: b.id, parent: b.from.branch, decision: b.from.decision + 1 }) : t('group.branchFirst', { id: b.id })),
        branchTable(ctx, group, b.id, text),
        h('p', {}, h('strong', {}, `${t('group.ending')}: `), ending),
        result.ending ? h('p', {}, h('strong', {}, `${t('debrief.result')}: `), `${t(`debrief.verdict.${result.verdict}`)}, ${result.total.percent}%`) : null,
      );
    }),
    h(
      'div',
      { class: 'debrief-buttons no-print' },
      h('button', { class: 'secondary', id: 'group-print', onclick: () => window.print() }, t('debrief.print')),
      h('button', { class: 'secondary', id: 'group-export', onclick: opts.onExport }, t('group.export')),
      h('button', { class: 'primary', id: 'group-summary-back', onclick: opts.onBack }, t('group.backToSession')),
    ),
  );
}

export interface CompareOptions {
  group: GroupSession;
  a: number;
  b: number;
  onBack(): void;
}

/** Two branches side by side. */
export function renderGroupCompare(ctx: AppContext, opts: CompareOptions): HTMLElement {
  const { t } = ctx;
  const { group, a, b } = opts;
  const text = textOf(ctx, group);
  const cmp = group.compare(a, b);
  const col = (id: number) => t('group.branchShort', { id });
  const indicators = (ids: string[]) => (ids.length ? h('ul', {}, ...ids.map((i) => h('li', {}, t(`indicator.${i}`)))) : h('p', {}, t('debrief.none')));
  const ending = (r: typeof cmp.results.a) => (r.ending ? text(r.ending.lineId, group.lineText(r.ending.lineId)) : t('group.notEnded'));
  return h(
    'section',
    { class: 'screen screen-group-summary', 'aria-labelledby': 'group-compare-heading' },
    h('h1', { id: 'group-compare-heading', tabindex: '-1' }, t('group.compareHeading', { a, b })),
    h(
      'table',
      { class: 'group-table group-compare-table', id: 'group-compare-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('group.col.decision')), h('th', { scope: 'col' }, col(a)), h('th', { scope: 'col' }, col(b)))),
      h(
        'tbody',
        {},
        ...cmp.rows.map((r) =>
          h(
            'tr',
            { class: r.same ? 'same' : 'differs' },
            h('th', { scope: 'row' }, String(r.index + 1)),
            h('td', {}, chosenText(group, r.a, text), r.a ? h('span', { class: 'vote-split' }, ` (${voteSplit(r.a)})`) : null),
            h('td', {}, chosenText(group, r.b, text), r.b ? h('span', { class: 'vote-split' }, ` (${voteSplit(r.b)})`) : null),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'group-compare-columns' },
      ...(
        [
          [a, cmp.results.a, cmp.indicators.a, 'a'],
          [b, cmp.results.b, cmp.indicators.b, 'b'],
        ] as const
      ).map(([id, result, seen, side]) =>
        h(
          'section',
          { class: 'group-compare-column', 'aria-label': col(id) },
          h('h2', {}, col(id)),
          h('h3', {}, t('group.ending')),
          h('p', {}, ending(result)),
          h('h3', {}, t('group.indicatorsSeen')),
          indicators(seen),
          h('h3', {}, t('debrief.scores')),
          scoresSection(ctx, result, `group-scores-${side}`, { notebook: false }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'debrief-buttons no-print' },
      h('button', { class: 'primary', id: 'group-compare-back', onclick: opts.onBack }, t('group.backToSession')),
    ),
  );
}
