/**
 * The group screens' single keys as a pure function (tested in Node): N shows
 * or hides the facilitator's panel, P pauses, also from a show-of-hands box
 * (numbers only; not from a text field). Letters follow the physical key
 * (`event.code`) so they work in a Russian layout too, as on the play screen.
 */
import type { KeyInput } from '../screens/play-keys.ts';

export type GroupKeyCommand = 'panel' | 'pause';

/** The command of a key press, or undefined to leave the key alone (typing in a field, modifiers, a held key). */
export function groupKey(e: KeyInput, c: { shortcuts: boolean; target?: { tagName: string; type?: string } }): GroupKeyCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || !c.shortcuts) return undefined;
  const tag = c.target?.tagName;
  // A show-of-hands box takes only a number, so a letter there is the facilitator's key: the cursor sits in those
  // boxes through the whole vote, and P must hide the screen at once even then (the room is told it does).
  const numberField = tag === 'INPUT' && c.target?.type === 'number';
  if ((tag === 'INPUT' && !numberField) || tag === 'SELECT' || tag === 'TEXTAREA') return undefined;
  const is = (letter: 'N' | 'P') => e.code === `Key${letter}` || e.key.toUpperCase() === letter;
  if (is('P')) return 'pause';
  if (is('N')) return 'panel';
  return undefined;
}
