/**
 * Typed events from the HTML app to the renderers (Phaser scenes, audio).
 * The renderers only listen: they never drive the story or the score.
 */
import { Emitter } from './core/events.ts';
import type { Ambient, Character, EvidenceKind, Mood, SceneId, Sfx } from './core/vocabulary.ts';

/** The screens of the app; each has a Phaser scene of the same name. */
export type ScreenName = 'title' | 'select' | 'play' | 'debrief';

export interface AppEvents extends Record<string, unknown> {
  /** The app moved to another screen. `setting` is the play background. */
  screen: { name: ScreenName; setting?: SceneId };
  /** The background changes (a `#scene:` tag). */
  scene: SceneId;
  /**
   * Who is in the scene now (`#enter` / `#leave` / `#phone`, see src/core/cast.ts): the stage draws
   * exactly these people, the latest speaker still in the room in front, callers as an inset, each with their latest mood.
   */
  cast: { present: Character[]; phone: Character[]; speaker?: Character; moods: Partial<Record<Character, Mood>> };
  /** The documents and objects in view (`#evidence:` since the last scene change), drawn on the stage to be opened. */
  evidence: { id: string; kind: EvidenceKind }[];
  /**
   * The trainee clicked a piece of evidence on the stage: the play screen opens it. The one event a
   * renderer sends; it asks the HTML layer to show something, and never changes the story or the score.
   */
  'evidence-open': string;
  /** The part of the screen the picture shows between the toolbar and the story panel (CSS pixels). */
  'stage-area': { top: number; bottom: number };
  /** The ambient loop changes; null for silence. */
  ambient: Ambient | null;
  /** Play a sound effect once. */
  sfx: Sfx;
  /** A UI sound (choice made, note taken). */
  ui: 'select' | 'note';
  /**
   * A screen the trainee can act on is fully drawn (title, list, a story
   * step, debrief; not the content note). The renderers load after the first one.
   */
  settled: ScreenName;
  /** Sound and motion preferences changed. */
  prefs: { volume: number; muted: boolean; reducedMotion: boolean };
}

export type AppBus = Emitter<AppEvents>;
export const createAppBus = (): AppBus => new Emitter<AppEvents>();

/** The latest value of each state-like event, for renderers that start late. */
export interface LatestState {
  screen?: AppEvents['screen'];
  scene?: AppEvents['scene'];
  cast?: AppEvents['cast'];
  evidence?: AppEvents['evidence'];
  stageArea?: AppEvents['stage-area'];
  ambient?: AppEvents['ambient'];
  prefs?: AppEvents['prefs'];
}

/**
 * Remember the latest screen, scene, cast, stage area, ambient and prefs. Phaser and
 * Howler load after the first choice is on screen, so they start from this.
 */
export function trackLatest(bus: AppBus): LatestState {
  const latest: LatestState = {};
  bus.on('screen', (s) => {
    latest.screen = s;
    latest.cast = undefined;
    latest.evidence = undefined;
    if (s.setting) latest.scene = s.setting;
  });
  bus.on('scene', (s) => (latest.scene = s));
  bus.on('cast', (c) => (latest.cast = c));
  bus.on('evidence', (e) => (latest.evidence = e));
  bus.on('stage-area', (a) => (latest.stageArea = a));
  bus.on('ambient', (a) => (latest.ambient = a));
  bus.on('prefs', (p) => (latest.prefs = p));
  return latest;
}
