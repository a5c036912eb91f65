/** Scenario select: cards filtered by role, with duration, setting, content notes and source. */
import { dateLocale } from '../../core/i18n.ts';
import { citeDocument, isSeedDocument, type SeedDocument } from '../../core/sources.ts';
import type { SourceRef } from '../../core/tags.ts';
import { SCENARIOS } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { roleSelect } from '../fields.ts';

/** A scenario's sources as references a reader can follow: each document once, with its pages, chapters or sections. */
export function citeSources(ctx: AppContext, sources: readonly SourceRef[]): string[] {
  const { t } = ctx;
  const lang = ctx.i18n.language;
  const byDoc = new Map<SeedDocument, SourceRef[]>();
  for (const s of sources) if (isSeedDocument(s.file)) byDoc.set(s.file, [...(byDoc.get(s.file) ?? []), s]);
  return [...byDoc].map(([file, refs]) =>
    citeDocument(file, refs, lang, {
      page: (n) => t('source.page', { n }),
      pages: (from, to) => t('source.pages', { from, to }),
      chapter: (v) => t('source.chapter', { v }),
      section: (v) => t('source.section', { v }),
      post: (date) =>
        t('source.post', {
          date: new Date(`${date}T00:00:00Z`).toLocaleDateString(dateLocale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
        }),
    }),
  );
}

/** "Completed: passed, 82%" (no percentage for an incomplete run). */
export function outcomeText(ctx: AppContext, outcome: { verdict: string; percent: number }): string {
  const verdict = ctx.t(`debrief.verdict.${outcome.verdict}`);
  return outcome.verdict === 'incomplete' ? ctx.t('select.completedIncomplete', { verdict }) : ctx.t('select.completed', { verdict, percent: outcome.percent });
}

// About 60 lines: a DOM tree written as nested h() calls, one element a line.
export function renderSelect(ctx: AppContext): HTMLElement {
  const { t, nav, saves } = ctx;
  const list = h('ul', { class: 'cards', id: 'scenario-list' });
  const filter = roleSelect(ctx, 'select-role', () => fill());
  const fill = () => {
    const role = ctx.prefs.role;
    const shown = SCENARIOS.filter((s) => role === 'any' || s.meta.roles.includes(role));
    list.replaceChildren(
      ...shown.map((s) => {
        const id = s.meta.scenario;
        const saved = saves.summary(id);
        const outcome = saved?.outcome;
        const inProgress = !!saved?.inProgress;
        const titleId = `card-${id}-title`;
        return h(
          'li',
          { class: 'card', 'data-scenario': id },
          h('h2', { id: titleId }, t(`scenario.${id}.title`)),
          h('p', { class: 'summary' }, t(`scenario.${id}.summary`)),
          h(
            'dl',
            {},
            h('dt', {}, t('select.setting')),
            h('dd', {}, t(`scenario.${id}.setting`), ' · ', t('select.minutes', { count: s.meta.minutes })),
            h('dt', {}, t('select.roles')),
            h('dd', {}, s.meta.roles.map((r) => t(`role.${r}`)).join(', ')),
            h('dt', {}, t('select.contentNotes')),
            h('dd', { class: 'content-notes' }, s.meta.contentNotes.map((n) => t(`note.${n}`)).join('; ')),
            h('dt', {}, t('select.source')),
            h('dd', { class: 'source' }, ...citeSources(ctx, s.meta.sources).map((c) => h('span', { class: 'citation' }, c))),
          ),
          saved?.inProgress
            ? h('p', { class: 'saved' }, t('select.saved', { when: new Date(saved.savedAt).toLocaleString(dateLocale(ctx.i18n.language)) }))
            : null,
          outcome ? h('p', { class: 'saved completed', 'data-outcome': outcome.verdict }, outcomeText(ctx, outcome)) : null,
          h(
            'div',
            { class: 'card-buttons' },
            ...(outcome
              ? [
                  h('button', { class: 'secondary', 'aria-describedby': titleId, 'data-debrief': id, onclick: () => nav.open(id) }, t('select.seeDebrief')),
                  h('button', { class: 'primary', 'aria-describedby': titleId, 'data-start': id, onclick: () => nav.playAgain(id) }, t('debrief.again')),
                ]
              : [
                  h(
                    'button',
                    { class: 'primary', 'aria-describedby': titleId, 'data-start': id, onclick: () => nav.open(id) },
                    inProgress ? t('select.resume') : t('select.start'),
                  ),
                ]),
          ),
        );
      }),
    );
    if (shown.length === 0) list.append(h('li', { class: 'empty' }, t('select.none')));
  };
  fill();
  return h(
    'section',
    { class: 'screen screen-select', 'aria-labelledby': 'select-heading' },
    h('h1', { id: 'select-heading' }, t('select.heading')),
    h('div', { class: 'field inline' }, h('label', { for: 'select-role' }, t('select.filter')), filter),
    list,
    h(
      'div',
      { class: 'select-buttons' },
      h('button', { class: 'secondary', id: 'select-back', onclick: () => nav.title() }, t('select.back')),
      openRunButton(ctx),
    ),
  );
}

/**
 * "Open a saved run": a run's file downloaded while the device was full, or when freeing space, carries on here
 * (the file is read and checked like any save; see Navigation.openRunFile).
 */
function openRunButton(ctx: AppContext): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'select-run-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-hidden': 'true',
    onchange: () => {
      const file = input.files?.[0];
      if (!file) return;
      void file.text().then(
        (text) => ctx.nav.openRunFile(file.name, text),
        () => ctx.nav.openRunFile(file.name, ''),
      );
      input.value = '';
    },
  }) as HTMLInputElement;
  return h('span', {}, h('button', { class: 'secondary', id: 'select-open-run', onclick: () => input.click() }, ctx.t('select.openRun')), input);
}
