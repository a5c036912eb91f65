/**
 * Typed events from the HTML app to the renderers (Phaser scenes, audio).
 * The renderers only listen: they never drive the story or the score.
 */
import { Emitter } from './core/events.ts';
import type { Ambient, Character, Mood, SceneId, Sfx } from './core/vocabulary.ts';

/** The screens of the app; each has a Phaser scene of the same name. */
export type ScreenName = 'title' | 'select' | 'play' | 'debrief';

export interface AppEvents extends Record<string, unknown> {
  /** The app moved to another screen. `setting` is the play background. */
  screen: { name: ScreenName; setting?: SceneId };
  /** The background changes (a `#scene:` tag). */
  scene: SceneId;
  /** A character speaks (a line with `#speaker:`), with an expression. */
  speaker: { speaker: Character; mood: Mood };
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
  speaker?: AppEvents['speaker'];
  ambient?: AppEvents['ambient'];
  prefs?: AppEvents['prefs'];
}

/**
 * Remember the latest screen, scene, speaker, ambient and prefs. Phaser and
 * Howler load after the first choice is on screen, so they start from this.
 */
export function trackLatest(bus: AppBus): LatestState {
  const latest: LatestState = {};
  bus.on('screen', (s) => {
    latest.screen = s;
    latest.speaker = undefined;
    if (s.setting) latest.scene = s.setting;
  });
  bus.on('scene', (s) => (latest.scene = s));
  bus.on('speaker', (s) => (latest.speaker = s));
  bus.on('ambient', (a) => (latest.ambient = a));
  bus.on('prefs', (p) => (latest.prefs = p));
  return latest;
}
