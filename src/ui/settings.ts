/** The settings dialog: language at any time, text size, reduced motion, volume and mute. */
import { LANGUAGES } from '../core/i18n';
import type { AppContext } from './context';
import { h } from './dom';
import { TEXT_SIZES } from './preferences';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Русский' };

export function openSettings(ctx: AppContext): void {
  const { t, prefs, nav } = ctx;
  const previous = document.activeElement as HTMLElement | null;
  document.getElementById('settings')?.remove();
  const dialog = h('dialog', { id: 'settings', class: 'dialog', 'aria-labelledby': 'settings-heading' });
  const close = () => {
    dialog.close();
    dialog.remove();
    if (previous && document.contains(previous)) previous.focus();
  };
  const language = h(
    'select',
    { id: 'settings-language', onchange: (e: Event) => { close(); void nav.setLanguage((e.target as HTMLSelectElement).value as never); } },
    ...LANGUAGES.map((l) => h('option', { value: l, selected: prefs.language === l, lang: l }, LANGUAGE_NAMES[l] ?? l)),
  );
  const sizes = h(
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
  );
  const motion = h(
    'label',
    { class: 'check' },
    h('input', { type: 'checkbox', id: 'settings-motion', checked: prefs.reducedMotion, onchange: (e: Event) => nav.updatePrefs({ reducedMotion: (e.target as HTMLInputElement).checked }) }),
    ' ',
    t('settings.reducedMotion'),
  );
  const volume = h('input', {
    type: 'range',
    id: 'settings-volume',
    min: 0,
    max: 100,
    step: 5,
    value: Math.round(prefs.volume * 100),
    oninput: (e: Event) => nav.updatePrefs({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
  });
  const mute = h(
    'label',
    { class: 'check' },
    h('input', { type: 'checkbox', id: 'settings-mute', checked: prefs.muted, onchange: (e: Event) => nav.updatePrefs({ muted: (e.target as HTMLInputElement).checked }) }),
    ' ',
    t('settings.mute'),
  );
  dialog.append(
    h('h2', { id: 'settings-heading' }, t('settings.heading')),
    h('div', { class: 'field' }, h('label', { for: 'settings-language' }, t('settings.language')), language),
    sizes,
    motion,
    h('div', { class: 'field' }, h('label', { for: 'settings-volume' }, t('settings.volume')), volume),
    mute,
    h('div', { class: 'dialog-buttons' }, h('button', { class: 'primary', onclick: close }, t('settings.close'))),
  );
  dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(); });
  document.body.append(dialog);
  dialog.showModal();
  language.focus();
}
