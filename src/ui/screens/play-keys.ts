/**
 * The play screen's keyboard shortcuts as a pure function: a key press (and
 * what is on screen) in, a command out. No DOM, so it is tested in Node.
 *
 * Letter shortcuts follow the physical key (`event.code`), so N, H and E work
 * in any layout (Russian, Kazakh, Greek, ...) without listing each alphabet's
 * letter; the Latin letter itself also counts, for layouts that move it
 * (AZERTY, Dvorak) - the button says "N", so N must work.
 */

/** What a key press asks for. */
export type KeyCommand =
  | { kind: 'close-notebook' }
  | { kind: 'notebook' }
  | { kind: 'history' }
  /** Open the evidence in view (E). */
  | { kind: 'evidence' }
  | { kind: 'page' }
  /** Press the `n`th option on screen (1-based). */
  | { kind: 'choice'; n: number };

/** The parts of a KeyboardEvent that matter here. */
export interface KeyInput {
  key: string;
  code: string;
  repeat: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What is on screen when the key is pressed. */
export interface KeyContext {
  dialogOpen: boolean;
  notebookOpen: boolean;
  /** The trainee's preference: shortcuts can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
  /** The "More" button is shown (a long passage has pages left). */
  moreShown: boolean;
  /** Documents or objects can be opened (`#evidence` in this scene). */
  evidenceShown?: boolean;
  /** The options are on screen (the last page). */
  choicesShown: boolean;
  /** The element with focus: its tag name, and `type` for inputs. */
  target?: { tagName: string; type?: string };
}

const isLetter = (e: KeyInput, letter: 'N' | 'H' | 'E') => e.code === `Key${letter}` || e.key.toUpperCase() === letter;

/** The command of a key press, or undefined if the screen should leave the key alone. */
export function keyCommand(e: KeyInput, c: KeyContext): KeyCommand | undefined {
  if (c.dialogOpen || e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (e.key === 'Escape' && c.notebookOpen) return { kind: 'close-notebook' };
  // A key held down on a slow machine must not make several decisions.
  if (e.repeat || !c.shortcuts) return undefined;
  const tag = c.target?.tagName;
  // Typing in a field is typing, not a shortcut (a checkbox is not typed into).
  if ((tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') && c.target?.type !== 'checkbox') return undefined;
  if (isLetter(e, 'N')) return { kind: 'notebook' };
  if (isLetter(e, 'H')) return c.notebookOpen ? undefined : { kind: 'history' };
  if (isLetter(e, 'E')) return c.notebookOpen || !c.evidenceShown ? undefined : { kind: 'evidence' };
  // Space or Enter turn the page (unless a button or field has focus: it does its own thing).
  if ((e.key === ' ' || e.key === 'Enter' || e.key === 'PageDown') && c.moreShown && !c.notebookOpen && tag !== 'BUTTON' && tag !== 'INPUT')
    return { kind: 'page' };
  // Keys 1-9 act only on options on screen (the last page shows them).
  if (/^[1-9]$/.test(e.key) && !c.notebookOpen && c.choicesShown) return { kind: 'choice', n: Number(e.key) };
  return undefined;
}
