/**
 * What the first screen (start.ts) hands to the game when the game's code has
 * loaded: which screen it drew, the run it began, the page shown, where focus
 * is, and any input it left for the game to carry out. One module shared by
 * both sides, so the game reads the very object the first screen wrote.
 */

/** An input the first screen did not handle itself: the game carries it out once its own screen is drawn. */
export type QueuedInput =
  /** A click on the element with this id, or on the option with this `data-choice`. */
  | { kind: 'click'; id?: string; choice?: string }
  /** A key pressed with the page as its target (a shortcut). */
  | { kind: 'key'; key: string; code: string; shiftKey: boolean };

export interface Handover {
  scenario: string;
  /** The screen on show: the content note (or "Begin" pressed, its first step on the way), or the first step of a run begun on it. */
  screen: 'content-note' | 'beginning' | 'play';
  /** The run begun with "Begin": its option-order seed and start time (the options were shown in this seed's order). */
  run?: { seed: number; startedAt: string };
  /** The first story line of the page shown (a long first step is cut into pages). */
  firstLine?: string;
  /**
   * The trainee left the scene from the first screen's own "Leave scene" dialog (or chose another scenario on the
   * note): its text is already off the screen, and the game does the rest - 'hide' the step's text, go to the
   * 'debrief' of what was done, or to the scenario 'list'.
   */
  leave?: 'hide' | 'debrief' | 'list';
  queued: QueuedInput[];
  /** Stop the first screen's own listeners: the game draws its screen now. */
  release(): void;
}

let pending: Handover | undefined;

/** Called by the first screen just before it loads the game. */
export function handOver(h: Handover): void {
  pending = h;
}

/** The hand-over, once (the game's start takes it); undefined when the game drew the first screen itself. */
export function takeHandover(): Handover | undefined {
  const h = pending;
  pending = undefined;
  return h;
}
