/**
 * Who is in the scene: the stage shows exactly these people, and a line may
 * be spoken only by someone present or on the phone. Presence is explicit in
 * the story (`#enter:`, `#leave:`, `#phone:`; a `#scene:` change empties the
 * stage), so the picture can never contradict the text - the escort cannot
 * stand in the office after "she waits in the hall".
 */
import type { LineTags } from './tags.ts';
import type { Character } from './vocabulary.ts';

export interface Cast {
  /** In the room, in the order they came in. */
  readonly present: readonly Character[];
  /** Heard by phone (an inset, not in the room). */
  readonly phone: readonly Character[];
}

export const EMPTY_CAST: Cast = { present: [], phone: [] };

/** The cast after a line: a change of scene empties the stage, then people enter, call and leave. */
export function nextCast(cast: Cast, tags: Pick<LineTags, 'scene' | 'enter' | 'leave' | 'phone'>): Cast {
  let present = tags.scene ? [] : [...cast.present];
  let phone = tags.scene ? cast.phone.filter((c) => !tags.leave.includes(c)) : [...cast.phone];
  for (const c of tags.enter) {
    if (!present.includes(c)) present.push(c);
    phone = phone.filter((p) => p !== c);
  }
  for (const c of tags.phone) {
    if (!phone.includes(c)) phone.push(c);
    present = present.filter((p) => p !== c);
  }
  present = present.filter((c) => !tags.leave.includes(c));
  phone = phone.filter((c) => !tags.leave.includes(c));
  return { present, phone };
}

/**
 * What is wrong with a change of scene, given the cast before the line, or
 * undefined. A call goes on across a `#scene:` change only when the line says
 * so (`#phone:` again); a caller who is neither re-stated, nor released with
 * `#leave:`, nor walks in with `#enter:` is a call the story forgot to end: "two weeks later" the inset
 * would still be on the screen.
 */
export function sceneChangeProblem(before: Cast, tags: Pick<LineTags, 'scene' | 'enter' | 'leave' | 'phone'>): string | undefined {
  if (!tags.scene) return undefined;
  // Someone who walks in at the new place (`#enter:`) has hung up too.
  const ended = [...tags.leave, ...tags.phone, ...tags.enter];
  const forgotten = before.phone.filter((c) => !ended.includes(c));
  if (forgotten.length === 0) return undefined;
  const who = forgotten.join(', ');
  return (
    `#scene:${tags.scene} with ${who} still on the phone (add #leave:${forgotten[0]} on the line where the call ends, ` +
    `or #phone:${forgotten[0]} on this line if the call goes on)`
  );
}

/** Speech is in quotation marks; narration is not (and has no speaker). */
const SPEECH = /^["“«„]/;

/**
 * What is wrong with a line's speaker, given the cast after the line, or
 * undefined. (A phone call survives a change of scene: the caller is still on the line.)
 */
export function speakerProblem(cast: Cast, tags: Pick<LineTags, 'speaker'>, text: string): string | undefined {
  const speaker = tags.speaker;
  if (!speaker || speaker === 'narrator') return undefined;
  if (!SPEECH.test(text.trim())) return `narration has a #speaker:${speaker} (a line with #speaker is speech in quotation marks; narration has none)`;
  if (speaker === 'trainee') return undefined;
  if (!cast.present.includes(speaker) && !cast.phone.includes(speaker))
    return `${speaker} speaks but is not in the scene here (add #enter:${speaker}, or #phone:${speaker} for a call)`;
  return undefined;
}
