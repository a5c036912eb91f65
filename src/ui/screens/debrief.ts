/**
 * The debrief, structured as facilitators debrief live simulations:
 * reactions, what happened, analysis, summary. Every decision shows what was
 * chosen, the better alternative, why, and the standards behind it.
 * Print-friendly (see print rules in styles.css) and exportable as JSON
 * (the format: src/core/export-format.ts).
 */
import { dateLocale, storyText } from '../../core/i18n.ts';
import type { ChoiceInfo } from '../../core/manifest.ts';
import type { ScenarioResult } from '../../core/scoring.ts';
import type { Session } from '../../core/session.ts';
import { STANDARDS, type StandardId } from '../../core/standards.ts';
import { DIMENSIONS } from '../../core/vocabulary.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

export interface DebriefOptions {
  scenario: string;
  session: Session;
  /** Download the run's export (src/ui/export-file.ts). */
  onExport(): void;
  onAgain(): void;
  onList(): void;
}

/** The paragraphs of "How this is scored" (docs/rubric.md says the same at length). */
const HOW_SCORED = ['debrief.howScored.dimensions', 'debrief.howScored.notebook', 'debrief.howScored.pass', 'debrief.howScored.incomplete'] as const;

/** One sentence on why the result is what it is; critical errors come first. */
function verdictReason(ctx: AppContext, result: ScenarioResult): string {
  const { t } = ctx;
  switch (result.verdict) {
    case 'incomplete':
      return t('debrief.reason.incomplete');
    case 'passed':
      return t('debrief.reason.passed', { percent: result.total.percent, passMark: result.passMark });
    case 'not-passed':
      return result.critical.length
        ? t('debrief.reason.critical')
        : t('debrief.reason.belowMark', { percent: result.total.percent, passMark: result.passMark });
  }
}

type Text = (id: string, english: string) => string;

/** A score bar. Its width is set through the CSSOM, which a strict CSP (style-src 'self') allows; a style attribute it would block. */
function bar(percent: number): HTMLElement {
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${percent}%`;
  return h('span', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

/** The name of a standard in the current language (its short title). */
export function standardName(i18n: AppContext['i18n'], id: StandardId): string {
  return i18n.language === 'en' ? STANDARDS[id].short : i18n.t(id, { ns: 'standards', defaultValue: STANDARDS[id].short });
}

/**
 * The scores per dimension and in total (none for an incomplete run). Also the group session's ending and comparison
 * of branches, with `notebook: false`: a room keeps no notebook, so no line about one.
 */
export function scoresSection(ctx: AppContext, result: ScenarioResult, id = 'debrief-scores', opts: { notebook?: boolean } = {}): HTMLElement {
  const { t } = ctx;
  /** Points in words: a total below zero is said plainly (and what 0% means), never "-18 of 14". */
  const scoreRow = (label: string, s: { points: number; max: number; percent: number }, key: string, detail?: string) =>
    h(
      'li',
      { class: 'score', 'data-dimension': key },
      h('span', { class: 'score-label' }, label),
      bar(s.percent),
      h('span', { class: 'score-value' }, s.points < 0 ? t('debrief.pointsBelowZero', { points: Math.abs(s.points) }) : t('debrief.points', s)),
      s.points < 0 ? h('span', { class: 'score-detail' }, t('debrief.belowZeroMeans', { max: s.max })) : null,
      detail ? h('span', { class: 'score-detail' }, detail) : null,
    );
  if (result.verdict === 'incomplete') return h('p', { id, class: 'no-scores' }, t('debrief.noScores'));
  return h(
    'ul',
    { class: 'scores', id },
    ...DIMENSIONS.map((d) =>
      scoreRow(
        t(`debrief.dimension.${d}`),
        result.dimensions[d],
        d,
        d === 'identification' && opts.notebook !== false
          ? t('debrief.notebookShare', { noticed: result.indicators.noticed.length, wrong: result.indicators.notShown.length, max: result.notebook.max })
          : undefined,
      ),
    ),
    scoreRow(t('debrief.total'), result.total, 'total'),
  );
}

/** The indicators: noticed, missed (not for an incomplete run), noted early, not shown, shown later. */
function indicatorsSection(ctx: AppContext, result: ScenarioResult): HTMLElement {
  const { t } = ctx;
  const indicatorList = (ids: string[]) => (ids.length ? h('ul', {}, ...ids.map((i) => h('li', {}, t(`indicator.${i}`)))) : h('p', {}, t('debrief.none')));
  const indicatorGroup = (key: string, ids: string[], always = false) =>
    always || ids.length ? h('div', { 'data-group': key }, h('h4', {}, t(`debrief.${key}`)), indicatorList(ids)) : null;
  return h(
    'div',
    { class: 'indicators', id: 'debrief-indicators' },
    indicatorGroup('noticed', result.indicators.noticed, true),
    result.verdict === 'incomplete' ? null : indicatorGroup('missed', result.indicators.missed, true),
    indicatorGroup('early', result.indicators.early),
    indicatorGroup('notShown', result.indicators.notShown),
    indicatorGroup('later', result.indicators.later),
  );
}

/** Each decision: the situation, the options as shown, why, the better option, the standards. */
function decisionItems(ctx: AppContext, session: Session, result: ScenarioResult, text: Text): HTMLElement[] {
  const { t, i18n } = ctx;
  const standard = (id: StandardId) => standardName(i18n, id);
  const feedback = (c: ChoiceInfo) => (c.feedback ? text(`${c.id}@feedback`, c.feedback) : '');
  /** The line the decision answered, as the trainee read it (translated by id). */
  const situationText = (lineId: string) => {
    const line = session.transcript.find((l) => l.id === lineId);
    return line ? text(line.id, line.text) : '';
  };
  return result.decisions.map((d) =>
    h(
      'li',
      { class: 'decision', 'data-choice': d.chosen.id },
      h('h4', {}, t('debrief.decision', { index: d.index })),
      d.situation ? h('p', { class: 'situation' }, h('strong', {}, `${t('debrief.situation')}: `), situationText(d.situation)) : null,
      // The options as the trainee saw them, in the same order.
      h(
        'ol',
        { class: 'options-shown', 'aria-label': t('debrief.optionsShown') },
        ...d.shown.map((id) => {
          const c = session.manifest.choices[id];
          const mark = id === d.chosen.id ? t('debrief.yourChoice') : id === d.better?.id ? t('debrief.betterMark') : '';
          return h(
            'li',
            { class: id === d.chosen.id ? 'chosen' : undefined, 'data-option': id },
            c ? text(id, c.text) : id,
            mark ? h('span', { class: 'option-mark' }, ` (${mark})`) : null,
          );
        }),
      ),
      d.chosen.critical.length ? h('p', { class: 'critical-flag' }, d.chosen.critical.map((c) => t(`critical.${c}`)).join(' ')) : null,
      feedback(d.chosen) ? h('p', {}, h('strong', {}, `${t('debrief.why')}: `), feedback(d.chosen)) : null,
      d.better
        ? h(
            'div',
            { class: 'better' },
            h('p', {}, h('strong', {}, `${t('debrief.better')}: `), text(d.better.id, d.better.text)),
            feedback(d.better) ? h('p', {}, h('strong', {}, `${t('debrief.why')}: `), feedback(d.better)) : null,
          )
        : h('p', { class: 'best' }, t('debrief.best')),
      h('p', { class: 'standards' }, h('strong', {}, `${t('debrief.standards')}: `), d.standards.map(standard).join('; ')),
    ),
  );
}

/** Who, what, when, how long and the result: the part a supervisor reads first. */
function debriefHeader(ctx: AppContext, scenario: string, session: Session, result: ScenarioResult): HTMLElement {
  const { t, i18n, prefs } = ctx;
  const when = (iso?: string) => (iso ? new Date(iso) : undefined);
  const started = when(session.startedAt);
  const finished = when(session.finishedAt) ?? new Date();
  // Time spent playing, summed over every sitting (a resumed run's start and finish can be days apart); saves made
  // before it was kept show the start and finish only.
  const minutes = session.activeMs > 0 ? Math.max(1, Math.round(session.activeMs / 60_000)) : undefined;
  const locale = dateLocale(i18n.language);
  const sameDay = !!started && started.toDateString() === finished.toDateString();
  const time = (d: Date) =>
    d.toLocaleString(locale, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  // The field is for the screen, the span for the printout: the span follows every keystroke, so a value typed and
  // printed at once (without leaving the field) is on the paper too.
  const printed = h('span', { class: 'print-only', id: 'debrief-organisation-print' }, prefs.organisation || '—');
  const organisation = h('input', {
    id: 'debrief-organisation',
    type: 'text',
    maxlength: 80,
    value: prefs.organisation,
    'aria-label': t('debrief.organisation'),
    placeholder: t('debrief.organisationHint'),
    oninput: (e: Event) => (printed.textContent = (e.target as HTMLInputElement).value.trim() || '—'),
    onchange: (e: Event) => ctx.nav.updatePrefs({ organisation: (e.target as HTMLInputElement).value.trim().slice(0, 80) }),
  });
  const row = (label: string, ...value: (Node | string)[]) => [h('dt', {}, label), h('dd', {}, ...value)];
  return h(
    'dl',
    { class: 'debrief-header meta', id: 'debrief-header' },
    ...row(t('debrief.traineeLabel'), ctx.learnerName || prefs.name || '—'),
    ...row(t('debrief.organisation'), organisation, printed),
    ...row(t('debrief.scenarioLabel'), t(`scenario.${scenario}.title`)),
    ...row(t('debrief.dateLabel'), finished.toLocaleDateString(locale)),
    ...row(
      t('debrief.timeLabel'),
      !started
        ? '—'
        : minutes === undefined
          ? t('debrief.timeRange', { from: time(started), to: time(finished) })
          : t('debrief.timeSpent', { from: time(started), to: time(finished), minutes }),
    ),
    ...row(
      t('debrief.result'),
      result.verdict === 'incomplete' ? t('debrief.verdict.incomplete') : `${t(`debrief.verdict.${result.verdict}`)}, ${result.total.percent}%`,
    ),
  );
}

// About 60 lines: it assembles the four debrief sections, each built by its own function.
export function renderDebrief(ctx: AppContext, opts: DebriefOptions): HTMLElement {
  const { t, i18n } = ctx;
  const { session, scenario } = opts;
  const result = session.result();
  const text: Text = (id, english) => storyText(i18n, scenario, id, english);
  const outcome = result.ending
    ? h('p', { class: 'outcome', id: 'debrief-outcome' }, text(result.ending.lineId, session.manifest.lines[result.ending.lineId]?.text ?? ''))
    : h('p', { class: 'outcome', id: 'debrief-outcome' }, t('debrief.left'));
  const verdict = h(
    'div',
    { class: `verdict verdict-${result.verdict}`, id: 'debrief-verdict' },
    h('p', { class: 'verdict-head' }, h('strong', {}, t(`debrief.verdict.${result.verdict}`))),
    h('p', {}, verdictReason(ctx, result)),
  );
  return h(
    'section',
    { class: 'screen screen-debrief', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading', tabindex: '-1' }, `${t('debrief.heading')}: ${t(`scenario.${scenario}.title`)}`),
    debriefHeader(ctx, scenario, session, result),
    h('h2', {}, t('debrief.reactions')),
    h('p', {}, t('debrief.reactionsPrompt')),
    h('h2', {}, t('debrief.description')),
    h('h3', {}, t('debrief.outcome')),
    outcome,
    h('h2', {}, t('debrief.analysis')),
    h('h3', {}, t('debrief.result')),
    verdict,
    h('h3', {}, t('debrief.critical')),
    result.critical.length
      ? h(
          'ul',
          { class: 'critical', id: 'debrief-critical' },
          ...result.critical.map((c) => h('li', {}, t(`critical.${c.error}`), ' (', text(c.choiceId, session.manifest.choices[c.choiceId]?.text ?? ''), ')')),
        )
      : h('p', { id: 'debrief-critical' }, t('debrief.noCritical')),
    h('h3', {}, t('debrief.scores')),
    scoresSection(ctx, result),
    h('h3', {}, t('debrief.indicators')),
    indicatorsSection(ctx, result),
    h(
      'section',
      { class: 'how-scored', 'aria-labelledby': 'how-scored-heading' },
      h('h3', { id: 'how-scored-heading' }, t('debrief.howScored')),
      ...HOW_SCORED.map((k) => h('p', {}, t(k, { passMark: result.passMark }))),
    ),
    h('h3', {}, t('debrief.decisions')),
    h('ol', { class: 'decisions', id: 'debrief-decisions' }, ...decisionItems(ctx, session, result, text)),
    h('h2', {}, t('debrief.summary')),
    h('p', {}, t('debrief.summaryPrompt')),
    // For a supervisor to sign on paper.
    h(
      'div',
      { class: 'signature', id: 'debrief-signature' },
      h('p', {}, `${t('debrief.supervisor')}: `, h('span', { class: 'line' })),
      h('p', {}, `${t('debrief.signature')}: `, h('span', { class: 'line' }), ` ${t('debrief.dateLabel')}: `, h('span', { class: 'line short' })),
    ),
    h(
      'div',
      { class: 'debrief-buttons no-print' },
      h('button', { class: 'secondary', id: 'debrief-print', onclick: () => window.print() }, t('debrief.print')),
      h('button', { class: 'secondary', id: 'debrief-export', onclick: opts.onExport }, t('debrief.export')),
      h('button', { class: 'secondary', id: 'debrief-again', onclick: opts.onAgain }, t('debrief.again')),
      h('button', { class: 'primary', id: 'debrief-list', onclick: opts.onList }, t('debrief.list')),
    ),
  );
}
