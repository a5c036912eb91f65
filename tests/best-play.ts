/**
 * The "best option" strategy of the browser playthrough (tests/browser/page.ts
 * `pressBest`, tests/browser/play-through.test.ts) and its Node twin, played
 * through actions alone (tests/stories/actions-playthrough.test.ts): one
 * definition, so both make the same choices and must reach the same result.
 */
import { choose, note, readAction, type Dispatcher, type PlayAction } from '../src/core/actions.ts';
import { INDICATOR_IDS } from '../src/core/indicators.ts';
import type { ScenarioManifest } from '../src/core/manifest.ts';
import { readSave, serialiseSave } from '../src/core/save.ts';
import { Session } from '../src/core/session.ts';
import { totalOf } from '../src/core/points.ts';

/** The position of the best-scored option among `shown` (the shown order); ties: the first shown. */
export function bestShownIndex(shown: readonly string[], manifest: ScenarioManifest): number {
  let best = 0;
  shown.forEach((id, i) => {
    if (totalOf(manifest.choices[id]!.score) > totalOf(manifest.choices[shown[best]!]!.score)) best = i;
  });
  return best;
}

/** Send an action as a remote view would: as JSON text, read back, then dispatched. */
function send(dispatcher: Dispatcher, action: PlayAction): boolean {
  const read = readAction(JSON.stringify(action));
  if (!read.ok) throw new Error(`action not readable: ${read.error}`);
  return dispatcher.dispatch(read.action);
}

/**
 * The browser playthrough, without a DOM: with option-order `seed`, note the
 * notebook's first indicator on the first screen (N, then Space), take the
 * best option three times, "reload" (save, read the save, restore), then take
 * the best option to an ending. Every change goes through a `Dispatcher`.
 */
export function playBestByActions(json: string, manifest: ScenarioManifest, seed: number): { session: Session; chosen: string[] } {
  let session = new Session(json, manifest, seed);
  const chosen: string[] = [];
  const best = () => {
    const shown = session.step.choices.map((c) => c.id);
    const id = shown[bestShownIndex(shown, manifest)]!;
    if (!send(session, choose(id))) throw new Error(`choice ${id} refused`);
    chosen.push(id);
  };
  if (!send(session, note(INDICATOR_IDS[0]!, session.lineOnScreen))) throw new Error('note refused');
  for (let i = 0; i < 3; i++) best();
  const saved = readSave(serialiseSave(session.toSave()), manifest.meta.scenario);
  if (!saved.ok) throw new Error(`save not readable: ${saved.problem.kind}`);
  session = Session.restore(json, manifest, saved.save, saved.log).session;
  for (let i = 0; i < 30 && !session.finished; i++) best();
  return { session, chosen };
}
