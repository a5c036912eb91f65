/**
 * The screen of last resort: shown if start-up fails at any point (a bug, a
 * value in storage nobody foresaw, a failed download). It needs nothing but
 * the DOM - no translations, no app - so it says everything in English and
 * Russian, and always offers a way forward: try again, download a copy of
 * what this device keeps for the game, or reset it (after downloading).
 */
import { download } from './set-aside.ts';
import { STORAGE_PREFIX as PREFIX } from './storage-keys.ts';

/** Everything the game keeps on this device, as JSON text (for a copy before a reset). */
export function storedDataCopy(storage?: Storage): string {
  const items: Record<string, string> = {};
  try {
    storage ??= globalThis.localStorage;
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) items[k] = storage.getItem(k) ?? '';
    }
  } catch {
    /* unreadable storage: an empty copy */
  }
  return JSON.stringify({ format: 'safe-passage-device-data', version: 1, savedAt: new Date().toISOString(), items }, null, 2);
}

/** Remove everything the game keeps on this device. */
export function resetStoredData(storage?: Storage): void {
  try {
    storage ??= globalThis.localStorage;
    const keys: string[] = [];
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    keys.forEach((k) => storage?.removeItem(k));
  } catch {
    /* nothing more we can do */
  }
}

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Replace the page with the fatal screen. Safe to call more than once. */
export function showFatal(root: HTMLElement, error: unknown): void {
  if (root.querySelector('#fatal')) return;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const button = (id: string, label: string, action: () => void) => {
    const b = el('button', { id, class: 'secondary', type: 'button' }, label);
    b.addEventListener('click', action);
    return b;
  };
  const copy = () => download('safe-passage-device-data.json', storedDataCopy());
  const section = el(
    'section',
    { id: 'fatal', class: 'screen screen-fatal', role: 'alert', 'aria-labelledby': 'fatal-heading' },
    el('h1', { id: 'fatal-heading', tabindex: '-1' }, 'The training could not start · Тренинг не удалось запустить'),
    el(
      'p',
      {},
      'Try again first. If it happens again, the data this browser keeps for the training may be damaged: download a copy of it, then reset it. Your other browser data is not touched.',
    ),
    el(
      'p',
      { lang: 'ru' },
      'Сначала попробуйте ещё раз. Если ошибка повторится, данные тренинга в этом браузере, возможно, повреждены: скачайте их копию, затем сбросьте их. Другие данные браузера не затрагиваются.',
    ),
    el(
      'div',
      { class: 'dialog-buttons' },
      button('fatal-retry', 'Try again · Попробовать снова', () => location.reload()),
      button('fatal-copy', 'Download a copy of saved data · Скачать копию данных', copy),
      button('fatal-reset', 'Download a copy and reset saved data on this device · Скачать копию и сбросить данные', () => {
        copy();
        resetStoredData();
        setTimeout(() => location.reload(), 300);
      }),
    ),
    el('p', { class: 'hint' }, 'Technical detail · Техническая информация: ', el('span', { lang: 'en' }, detail.slice(0, 500))),
  );
  root.replaceChildren(section);
  (section.querySelector('h1') as HTMLElement).focus();
}
