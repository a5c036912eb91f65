/**
 * The action layer: everything that changes a play session is a typed,
 * serialisable action sent through one `Dispatcher`. The UI never calls the
 * session's mutators itself, so a vote, a replay or a remote view can stand
 * between the button and the core (as boardgame.io sends actions to a pure
 * game): a later group-session layer wraps the dispatcher, it does not
 * change the screens.
 *
 * The action types themselves are the decision log's (src/core/decision-log.ts):
 * what is dispatched is exactly what is recorded.
 */
import * as v from 'valibot';
import type { ChooseAction, LeaveAction, NoteAction, UnnoteAction } from './decision-log.ts';
import { isIndicatorId, type IndicatorId } from './indicators.ts';
import { ID_PATTERN } from './tags.ts';

/**
 * What a trainee (or a facilitator's screen, or a replay) can send. The seed
 * is not among them: a session records its own seed when it starts.
 * Later kinds (`vote`, `rewind`) join this union in the layer that handles them.
 */
export type PlayAction = ChooseAction | NoteAction | UnnoteAction | LeaveAction;

/**
 * Sends actions to a session. True if the action was applied; false if the
 * rules of play refused it (nothing changed). `Session` is one; a wrapper
 * (a vote that collects choices before passing one on, a log of what was sent)
 * is another.
 */
export interface Dispatcher {
  dispatch(action: PlayAction): boolean;
}

/** Build a `choose` action. */
export const choose = (choiceId: string): ChooseAction => ({ type: 'choose', choiceId });
/** Build a `note` action: `lineId` is the line on screen when the trainee noted it (see `Session.lineOnScreen`). */
export const note = (indicator: IndicatorId, lineId: string): NoteAction => ({ type: 'note', indicator, lineId });
/** Build an `unnote` action. */
export const unnote = (indicator: IndicatorId): UnnoteAction => ({ type: 'unnote', indicator });
/** Build a `leave` action. */
export const leave = (): LeaveAction => ({ type: 'leave' });

const Id = v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN));
const Indicator = v.custom<IndicatorId>((x) => typeof x === 'string' && isIndicatorId(x), 'not a known indicator');

/** The shape of a `PlayAction` arriving from outside (another tab, a network, a file). */
export const PlayActionSchema = v.variant('type', [
  v.strictObject({ type: v.literal('choose'), choiceId: Id }),
  v.strictObject({ type: v.literal('note'), indicator: Indicator, lineId: Id }),
  v.strictObject({ type: v.literal('unnote'), indicator: Indicator }),
  v.strictObject({ type: v.literal('leave') }),
]);

/**
 * Read an action sent as JSON text. Never throws: what is not a valid action
 * comes back with the reason. Whether play allows it is the dispatcher's
 * question, not this one's.
 */
export function readAction(text: string): { ok: true; action: PlayAction } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const parsed = v.safeParse(PlayActionSchema, raw);
  if (parsed.success) return { ok: true, action: parsed.output as PlayAction };
  const issue = parsed.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${where ? `${where}: ` : ''}${issue.message}` };
}
