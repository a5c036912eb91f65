/**
 * Starts Phaser (WebGL) behind the HTML layer and directs its scenes from
 * the app's typed events. Loaded lazily, after the first screen is up.
 */
import Phaser from 'phaser';
import type { AppBus, LatestState, ScreenName } from '../app-events.ts';
import { BootScene } from './boot-scene.ts';
import { DebriefScene, PlayScene, SelectScene, TitleScene } from './screen-scenes.ts';

const SCREEN_SCENES: ScreenName[] = ['title', 'select', 'play', 'debrief'];

/** Create the game in `parent`; returns it (tests and tools can destroy it). */
// Over 60 lines: the Phaser config and the wiring of app events to scenes, one line each, read together.
export function startGame(parent: HTMLElement, bus: AppBus, latest: LatestState): Phaser.Game {
  let ready = false;
  const play = new PlayScene(latest, (id) => bus.emit('evidence-open', id));
  const scenes = { title: new TitleScene(latest), select: new SelectScene(latest), play, debrief: new DebriefScene(latest) };

  const show = (name: ScreenName) => {
    if (!ready) return;
    for (const key of SCREEN_SCENES) {
      if (key !== name && game.scene.isActive(key)) game.scene.stop(key);
    }
    if (!game.scene.isActive(name)) game.scene.start(name);
  };

  const boot = new BootScene(() => {
    ready = true;
    game.scene.stop('boot');
    show(latest.screen?.name ?? 'title');
    wake();
  });

  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: '#141a23',
    banner: false,
    // Sound is Howler's job; the keyboard belongs to the HTML layer.
    audio: { noAudio: true },
    input: { keyboard: false },
    // Old laptops: a calm scene does not need 60 frames a second.
    fps: { target: 30, limit: 30 },
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
    // One texture per draw call. With Phaser's multi-texture batching, the software WebGL renderer
    // drew part of the backdrop over the front figure (a block of her body missing, the same in every
    // run, seen in the canvas itself); with one texture per batch it draws correctly. A still scene
    // of a dozen images does not need the batching.
    render: { maxTextures: 1 },
    scene: [boot, scenes.title, scenes.select, scenes.play, scenes.debrief],
  });

  // The scenes are still pictures between changes: let the render loop sleep
  // when nothing has moved for a while, so an old laptop's CPU (and a
  // projector laptop's fan) stays quiet while trainees read and discuss.
  let sleepTimer: ReturnType<typeof setTimeout> | undefined;
  const IDLE_MS = 1500; // longer than every transition (fades 350-500 ms, tweens 400 ms)
  const wake = () => {
    if (!ready) return; // never sleep while the boot scene loads the art
    if (!game.loop.running) game.loop.wake(true);
    clearTimeout(sleepTimer);
    sleepTimer = setTimeout(() => game.loop.sleep(), IDLE_MS);
  };
  for (const type of ['screen', 'scene', 'cast', 'evidence', 'stage-area', 'prefs'] as const) bus.on(type, wake);
  window.addEventListener('resize', wake);
  // A tab hidden mid-fade must finish its transitions when it comes back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') wake();
  });

  bus.on('screen', (s) => {
    if (s.name === 'play' && game.scene.isActive('play')) {
      // Entering a (new) scenario while the play scene runs: new setting, empty stage.
      play.clearStage();
      if (s.setting) play.showScene(s.setting, true);
    }
    show(s.name);
  });
  bus.on('scene', (scene) => play.showScene(scene));
  bus.on('cast', (c) => play.setCast(c));
  bus.on('evidence', (e) => play.setEvidence(e));
  bus.on('stage-area', (a) => play.setStageArea(a));
  bus.on('prefs', (p) => Object.values(scenes).forEach((s) => s.setPrefs(p)));
  return game;
}
