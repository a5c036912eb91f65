/**
 * The benchmark's second baseline: the least a page can do to show
 * departure-gate's first choice the way the game must on a direct link -
 * a content note first (the same English text as the game's), its "Begin"
 * pressed, then the first choice. The inkjs runtime and the compiled story
 * as in bare.ts; the Story is built after the note is drawn (in the next
 * task, or at the press if that comes first), so the note is not held up by it.
 * No stylesheet, no translations, no save: a floor, not a game.
 */
import { Story } from 'inkjs';
import { json } from '../../stories/departure-gate.ink';

const root = document.getElementById('story')!;
let story: Story | undefined;
const ready = () => (story ??= new Story(json));

const el = (tag: string, text: string, attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

const list = el('ul', '');
list.append(el('li', 'sexual exploitation (described without detail)'), el('li', 'threats and coercion'));
const begin = el('button', 'Begin', { id: 'content-begin', elementtiming: 'begin' });
root.append(
  el('h1', 'Departure gate'),
  el('h2', 'Before you begin: content notes'),
  el('p', 'This scenario is based on a real case. It touches on:'),
  list,
  el('p', 'You can leave at any moment with the "Leave scene" button at the top. Your progress is kept, and leaving is never scored against you.'),
  el('p', 'If this brings something up for you, step away and talk to your facilitator or someone you trust.'),
  begin,
  el('button', 'Choose another scenario'),
);
setTimeout(ready, 0);

begin.addEventListener('click', () => {
  const s = ready();
  const parts: HTMLElement[] = [];
  while (s.canContinue) parts.push(el('p', s.Continue() ?? ''));
  for (const c of s.currentChoices) parts.push(el('button', c.text, { 'data-choice': String(c.index), elementtiming: 'choice' }));
  root.replaceChildren(...parts);
});
