/**
 * Title screen: the title, one clear "Start", a resume (or the last result)
 * when there is one, and the few things to set first (language, role, name or
 * pseudonym, kept on the device).
 */
import { isLanguage, LANGUAGES, LANGUAGE_NAMES } from '../../core/i18n.ts';
import type { AppContext } from '../context.ts';
import { outcomeText } from './select.ts';
import { SCENARIOS } from '../../scenario-catalog.ts';
import { h } from '../dom.ts';
import { roleSelect } from '../fields.ts';
import { loadGroupRecord } from '../group/group-store.ts';

// Over 60 lines: a DOM tree written as nested h() calls, one element a line.
export function renderTitle(ctx: AppContext): HTMLElement {
  const { t, prefs, nav } = ctx;
  const lang = h(
    'select',
    {
      id: 'title-language',
      onchange: (e: Event) => {
        const lang = (e.target as HTMLSelectElement).value;
        if (isLanguage(lang)) void nav.setLanguage(lang);
      },
    },
    ...LANGUAGES.map((l) => h('option', { value: l, selected: l === prefs.language, lang: l }, LANGUAGE_NAMES[l])),
  );
  const role = roleSelect(ctx, 'title-role');
  const name = h('input', {
    id: 'title-name',
    type: 'text',
    maxlength: 80,
    autocomplete: 'off',
    value: prefs.name,
    'aria-describedby': 'title-name-hint',
    onchange: (e: Event) => nav.updatePrefs({ name: (e.target as HTMLInputElement).value.trim() }),
  });
  const form = h(
    'form',
    {
      id: 'title-form',
      class: 'panel title-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        nav.updatePrefs({ name: name.value.trim() });
        nav.select();
      },
    },
    h('h2', {}, t('title.heading')),
    h('div', { class: 'field' }, h('label', { for: 'title-language' }, t('title.language')), lang),
    h('div', { class: 'field' }, h('label', { for: 'title-role' }, t('title.role')), role),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'title-name' }, t('title.name')),
      name,
      h('p', { id: 'title-name-hint', class: 'hint' }, t('title.nameHint')),
    ),
  );
  // The scenario with the most recently saved progress, if any, and its outcome if it is finished.
  const last = ctx.saves.mostRecent(SCENARIOS.map((s) => s.meta.scenario));
  // One clear way in: Start (the form's submit button, so Enter in the name field starts too), or Resume.
  const start = h(
    'button',
    { type: 'submit', form: 'title-form', class: last && !last.outcome ? 'secondary big' : 'primary big', id: 'title-start' },
    t('title.start'),
  );
  const resume =
    last && !last.outcome
      ? h(
          'button',
          { type: 'button', class: 'primary big', id: 'title-resume', onclick: () => nav.open(last.scenario) },
          t('title.resume', { title: t(`scenario.${last.scenario}.title`) }),
        )
      : null;
  const completed = last?.outcome
    ? h(
        'p',
        { class: 'last-completed', id: 'title-last' },
        t('title.lastCompleted', { title: t(`scenario.${last.scenario}.title`), result: outcomeText(ctx, last.outcome) }),
      )
    : null;
  // A group session kept on this device is offered for resume (src/ui/group/group-run.ts), beside Start: a facilitator
  // who reloads in front of a room finds it at once (below the form it was two screens down at extra-large text).
  const group = loadGroupRecord(ctx.store, ctx.setAside);
  const groupResume = group
    ? h(
        'button',
        { type: 'button', class: 'secondary big', id: 'title-group-resume', onclick: () => nav.leadGroup({ resume: true }) },
        t('title.groupResume', { title: t(`scenario.${group.scenario}.title`) }),
      )
    : null;
  return h(
    'section',
    { class: 'screen screen-title', 'aria-labelledby': 'app-title' },
    h('h1', { id: 'app-title', class: 'game-title' }, t('app.title')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    h('div', { class: 'title-actions' }, resume, start, groupResume),
    completed,
    form,
    h('p', { class: 'about' }, t('title.about')),
    h(
      'p',
      { class: 'title-instructors' },
      h('button', { type: 'button', class: 'secondary', id: 'title-class-report', onclick: () => nav.classReport() }, t('title.classReport')),
      ' ',
      h('button', { type: 'button', class: 'secondary', id: 'title-group', onclick: () => nav.leadGroup() }, t('title.group')),
    ),
  );
}
