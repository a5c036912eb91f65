/**
 * The benchmark's baseline: the least a page can do to show departure-gate's
 * first choice - the inkjs runtime, the compiled story, a few DOM nodes.
 * Built by Vite with the same settings as the game.
 */
import { Story } from 'inkjs';
import { json } from '../../stories/departure-gate.ink';

const story = new Story(json);
const root = document.getElementById('story')!;
while (story.canContinue) {
  const p = document.createElement('p');
  p.textContent = story.Continue() ?? '';
  root.append(p);
}
for (const c of story.currentChoices) {
  const b = document.createElement('button');
  b.dataset.choice = String(c.index);
  b.setAttribute('elementtiming', 'choice');
  b.textContent = c.text;
  root.append(b);
}
