/**
 * What the renderers (Phaser, audio) are told while a story plays: a pure
 * mapping from the lines shown to AppBus events. No DOM and no session, so
 * it is tested in Node on a few inline lines.
 */
import type { AppBus, AppEvents } from '../../app-events.ts';
import { EMPTY_CAST, nextCast, type Cast } from '../../core/cast.ts';
import type { ShownLine } from '../../core/story-runner.ts';
import { SCENE_AMBIENT, type Ambient, type Character, type Mood, type SceneId } from '../../core/vocabulary.ts';

/** The background, ambient loop and cast in force after some lines. */
export interface PresentationState {
  scene: SceneId;
  ambient: Ambient | null;
  cast: AppEvents['cast'];
}

/** One AppBus event, as data: its name and payload. */
export type BusEvent = { [K in keyof AppEvents & string]: { type: K; payload: AppEvents[K] } }[keyof AppEvents & string];

/**
 * The ambient loop a line asks for: its `#ambient`, else, on a change of
 * scene, the new background's own loop (the shelter in winter-site is not
 * the windy building site the story came from), else none (keep playing).
 */
function lineAmbient(tags: ShownLine['tags']): Ambient | undefined {
  return tags.ambient ?? (tags.scene ? SCENE_AMBIENT[tags.scene] : undefined);
}

/**
 * The state after `transcript` (every line shown so far), starting from the
 * scenario's `setting` and its default ambient: the last `#scene` and
 * ambient (`#ambient`, or the loop of the background changed to), who is
 * present or on the phone, each speaker's latest mood, and who stands in
 * front: the latest speaker who is still in the room.
 */
export function presentationState(setting: SceneId, transcript: readonly ShownLine[]): PresentationState {
  let scene = setting;
  let ambient: Ambient | null = SCENE_AMBIENT[scene];
  let cast: Cast = EMPTY_CAST;
  /** Everyone who has spoken, the latest last. */
  const spoken: Character[] = [];
  const moods: Partial<Record<Character, Mood>> = {};
  for (const line of transcript) {
    if (line.tags.scene) scene = line.tags.scene;
    ambient = lineAmbient(line.tags) ?? ambient;
    cast = nextCast(cast, line.tags);
    const who = line.tags.speaker;
    if (who && who !== 'narrator' && who !== 'trainee') {
      if (spoken.includes(who)) spoken.splice(spoken.indexOf(who), 1);
      spoken.push(who);
      moods[who] = line.tags.mood ?? 'neutral';
    }
  }
  // Not simply the last speaker: when he has just left (winter-site ws-015, the major drives off) or
  // speaks on the phone, the front would fall to whoever came in first, a silent officer, while the
  // brigadier who spoke a line before stood at the side.
  const speaker = [...spoken].reverse().find((c) => cast.present.includes(c));
  return { scene, ambient, cast: { present: [...cast.present], phone: [...cast.phone], speaker, moods } };
}

/** Arriving on the play screen (a start or a resume): the background and ambient of where the story is. */
export function enterEvents(state: PresentationState): BusEvent[] {
  return [
    { type: 'screen', payload: { name: 'play', setting: state.scene } },
    { type: 'ambient', payload: state.ambient },
  ];
}

/**
 * The events of a step's `lines` being shown, then the cast after them
 * (`state`). 'all': a new step, its sound effects included; 'state': the
 * same step drawn again (a resume), without one-shot sounds.
 */
export function stepEvents(lines: readonly ShownLine[], state: PresentationState, present: 'all' | 'state'): BusEvent[] {
  const events: BusEvent[] = [];
  for (const line of lines) {
    if (line.tags.scene) events.push({ type: 'scene', payload: line.tags.scene });
    const loop = lineAmbient(line.tags);
    if (loop) events.push({ type: 'ambient', payload: loop });
    if (line.tags.sfx && present === 'all') events.push({ type: 'sfx', payload: line.tags.sfx });
  }
  events.push({ type: 'cast', payload: state.cast });
  return events;
}

/** Send events on the bus, in order. */
export function emitAll(bus: AppBus, events: readonly BusEvent[]): void {
  // The union of { type, payload } pairs is sound; TypeScript cannot correlate them in one call.
  for (const e of events) bus.emit(e.type, e.payload as never);
}
