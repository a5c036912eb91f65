/** Form fields shared by several screens. */
import { ROLES, type Role } from '../core/vocabulary.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';

/** A role menu ("Show all roles" plus each role) bound to the saved preference. */
export function roleSelect(ctx: AppContext, id: string, onChange?: (role: Role | 'any') => void): HTMLSelectElement {
  const { t, prefs, nav } = ctx;
  return h(
    'select',
    {
      id,
      onchange: (e: Event) => {
        const role = (e.target as HTMLSelectElement).value as Role | 'any';
        nav.updatePrefs({ role });
        onChange?.(role);
      },
    },
    h('option', { value: 'any', selected: prefs.role === 'any' }, t('title.role.any')),
    ...ROLES.map((r) => h('option', { value: r, selected: prefs.role === r }, t(`role.${r}`))),
  );
}
