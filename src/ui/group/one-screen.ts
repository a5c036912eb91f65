/**
 * One screen: the facilitator's window itself is projected, with the
 * facilitator's notes hidden (N). The room must then see the passage and
 * every option without scrolling, as in the audience window: the screen's
 * type is scaled down (never below 70%), and if that is not enough the
 * passage scrolls in a box of its own (never under four lines), so the
 * options stay in view. The step's controls come next when there is room
 * (in English at 1024x768 there is; in Russian at extra-large text they are
 * a scroll or a Tab away, as is the branches list: they are the
 * facilitator's, not the room's). The keys hint is left out (the keys are on
 * the buttons).
 */

/** Scale `screen` (the presenter's screen, in the document) until its options and controls are in view. */
export function fitOneScreen(screen: HTMLElement, passageLabel: string): void {
  const passage = screen.querySelector<HTMLElement>('.group-passage');
  const options = screen.querySelector<HTMLElement>('#group-options');
  const controls = screen.querySelector<HTMLElement>('#group-controls');
  unfit(screen);
  screen.classList.add('one-screen');
  if (!options || !screen.isConnected) return;
  // How far an element ends below the window (the page is read from its top).
  const below = (el: HTMLElement) => el.getBoundingClientRect().bottom + window.scrollY - window.innerHeight;
  const overflow = () => Math.max(below(options), controls ? below(controls) : 0);
  scaleDown(screen, () => overflow() > 0);
  if (overflow() <= 0 || !passage) return;
  // The passage gives up the height that is missing for the controls too if it can keep four lines; else for the options only.
  const lines4 = 4 * parseFloat(getComputedStyle(passage).lineHeight || '24');
  const forAll = passage.clientHeight - Math.ceil(overflow()) - 4;
  const forOptions = passage.clientHeight - Math.ceil(below(options)) - 4;
  const height = forAll >= lines4 ? forAll : Math.max(forOptions, lines4);
  if (height >= passage.clientHeight) return;
  // It scrolls, and can be scrolled with the keyboard.
  passage.style.maxHeight = `${Math.floor(height)}px`;
  passage.classList.add('scrolls');
  passage.setAttribute('tabindex', '0');
  passage.setAttribute('role', 'region');
  passage.setAttribute('aria-label', passageLabel);
}

/** Back to the screen's own size (the notes are shown again: the facilitator's laptop scrolls). */
export function unfit(screen: HTMLElement): void {
  screen.style.removeProperty('--fit');
  screen.classList.remove('one-screen');
  const passage = screen.querySelector<HTMLElement>('.group-passage.scrolls');
  if (!passage) return;
  passage.classList.remove('scrolls');
  passage.style.removeProperty('max-height');
  for (const a of ['tabindex', 'role', 'aria-label']) passage.removeAttribute(a);
}

/**
 * The room's content note in the facilitator's window (projected on one screen): all of it in view, type
 * scaled down to 70% if need be; past that it scrolls with its buttons held at the bottom (styles.css).
 */
export function fitRoomNote(screen: HTMLElement): void {
  unfit(screen);
  const note = screen.querySelector<HTMLElement>('.room-note');
  if (!note || !screen.isConnected) return;
  scaleDown(screen, () => note.getBoundingClientRect().bottom + window.scrollY > window.innerHeight);
}

/**
 * Scale `screen`'s type (its `--fit`, which the stylesheet multiplies its font size by) down in steps of 5%,
 * never below 70%, while `overflows()`. Shared by the audience window and the facilitator's one screen.
 */
export function scaleDown(screen: HTMLElement, overflows: () => boolean): void {
  screen.style.setProperty('--fit', '1');
  for (let scale = 0.95; scale > 0.69 && overflows(); scale -= 0.05) screen.style.setProperty('--fit', scale.toFixed(2));
}
