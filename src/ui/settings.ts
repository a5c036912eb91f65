/** The settings dialog: language at any time, text size, reduced motion, volume and mute. */
import { isLanguage, LANGUAGES, LANGUAGE_NAMES } from '../core/i18n.ts';
import type { AppContext } from './context.ts';
import { openModal } from './dialogs.ts';
import { h } from './dom.ts';
import { TEXT_SIZES } from './preferences.ts';

export function openSettings(ctx: AppContext): void {
  const { t, prefs, nav } = ctx;
  openModal('settings', t('settings.heading'), (close) => {
    const language = h(
      'select',
      {
        id: 'settings-language',
        onchange: (e: Event) => {
          close();
          const lang = (e.target as HTMLSelectElement).value;
          if (isLanguage(lang)) void nav.setLanguage(lang);
        },
      },
      ...LANGUAGES.map((l) => h('option', { value: l, selected: prefs.language === l, lang: l }, LANGUAGE_NAMES[l])),
    );
    const check = (id: string, checked: boolean, label: string, onChange: (checked: boolean) => void) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', id, checked, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }),
        ' ',
        label,
      );
    queueMicrotask(() => language.focus());
    return [
      h('div', { class: 'field' }, h('label', { for: 'settings-language' }, t('settings.language')), language),
      h(
        'fieldset',
        {},
        h('legend', {}, t('settings.textSize')),
        ...TEXT_SIZES.map((s) =>
          h(
            'label',
            { class: 'radio' },
            h('input', { type: 'radio', name: 'text-size', value: s, checked: prefs.textSize === s, onchange: () => nav.updatePrefs({ textSize: s }) }),
            ' ',
            t(`settings.textSize.${s}`),
          ),
        ),
      ),
      check('settings-motion', prefs.reducedMotion, t('settings.reducedMotion'), (reducedMotion) => nav.updatePrefs({ reducedMotion })),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'settings-volume' }, t('settings.volume')),
        h('input', {
          type: 'range',
          id: 'settings-volume',
          min: 0,
          max: 100,
          step: 5,
          value: Math.round(prefs.volume * 100),
          oninput: (e: Event) => nav.updatePrefs({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
        }),
      ),
      check('settings-mute', prefs.muted, t('settings.mute'), (muted) => nav.updatePrefs({ muted })),
      check('settings-shortcuts', prefs.shortcuts, t('settings.shortcuts'), (shortcuts) => nav.updatePrefs({ shortcuts })),
      h('div', { class: 'dialog-buttons' }, h('button', { class: 'primary', onclick: close }, t('settings.close'))),
    ];
  });
}
