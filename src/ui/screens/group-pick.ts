/**
 * "Lead a group": the facilitator picks the scenario to run with the room
 * (the shortest first, since a group discusses every decision), or resumes
 * the session kept on this device.
 */
import { SCENARIOS } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

export interface PickOptions {
  /** The session kept on this device, to resume. */
  saved?: { scenario: string; updatedAt: string };
  onPick(scenario: string): void;
  onResume(): void;
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
    opts.saved
      ? h(
          'p',
          {},
          h(
            'button',
            { class: 'primary', id: 'group-resume', onclick: opts.onResume },
            t('group.resume', { title: t(`scenario.${opts.saved.scenario}.title`), date: new Date(opts.saved.updatedAt).toLocaleString(i18n.language) }),
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
