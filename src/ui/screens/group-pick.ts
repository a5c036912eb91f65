/**
 * "Lead a group": the facilitator picks the scenario to run with the room
 * (the shortest first, since a group discusses every decision), or resumes
 * (or deletes) one of the sessions kept on this device.
 */
import { dateLocale } from '../../core/i18n.ts';
import { SCENARIOS } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

export interface PickOptions {
  /** The sessions kept on this device, the most recent first. */
  saved: readonly { id: string; scenario: string; updatedAt: string }[];
  onPick(scenario: string): void;
  onResume(id: string): void;
  onDelete(id: string): void;
  onBack(): void;
}

export function renderGroupPick(ctx: AppContext, opts: PickOptions): HTMLElement {
  const { t, i18n } = ctx;
  const byLength = [...SCENARIOS].sort((a, b) => a.stats.minDecisions - b.stats.minDecisions);
  return h(
    'section',
    { class: 'screen screen-select screen-group-pick', 'aria-labelledby': 'group-pick-heading' },
    h('h1', { id: 'group-pick-heading', tabindex: '-1' }, t('group.pickHeading')),
    h('p', {}, t('group.pickIntro')),
    opts.saved.length
      ? h(
          'section',
          { class: 'group-saved', 'aria-labelledby': 'group-saved-heading' },
          h('h2', { id: 'group-saved-heading' }, t('group.savedHeading')),
          h(
            'ul',
            { class: 'group-saved-list' },
            ...opts.saved.map((r, i) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: i === 0 ? 'primary' : 'secondary',
                    id: i === 0 ? 'group-resume' : `group-resume-${r.id}`,
                    'data-session': r.id,
                    onclick: () => opts.onResume(r.id),
                  },
                  t('group.resume', { title: t(`scenario.${r.scenario}.title`), date: new Date(r.updatedAt).toLocaleString(dateLocale(i18n.language)) }),
                ),
                ' ',
                h(
                  'button',
                  {
                    class: 'secondary',
                    id: `group-delete-${r.id}`,
                    'data-session': r.id,
                    'aria-label': t('group.deleteLabel', {
                      title: t(`scenario.${r.scenario}.title`),
                      date: new Date(r.updatedAt).toLocaleString(dateLocale(i18n.language)),
                    }),
                    onclick: () => opts.onDelete(r.id),
                  },
                  t('group.delete'),
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      'ul',
      { class: 'group-pick-list' },
      ...byLength.map((s) =>
        h(
          'li',
          { class: 'card' },
          h('h2', {}, t(`scenario.${s.meta.scenario}.title`)),
          h('p', {}, t(`scenario.${s.meta.scenario}.summary`)),
          h('p', { class: 'hint' }, t('group.pickDecisions', { min: s.stats.minDecisions, max: s.stats.maxDecisions })),
          h(
            'button',
            { class: 'secondary', id: `group-pick-${s.meta.scenario}`, onclick: () => opts.onPick(s.meta.scenario) },
            t('group.pick', { title: t(`scenario.${s.meta.scenario}.title`) }),
          ),
        ),
      ),
    ),
    h('p', {}, h('button', { class: 'secondary', id: 'group-pick-back', onclick: opts.onBack }, t('group.backToTitle'))),
  );
}
