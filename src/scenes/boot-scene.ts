/**
 * Boot / preload: loads every SVG once (the art is small), shows a thin
 * progress bar, then hands over to the scene of the current screen.
 */
import Phaser from 'phaser';
import { CHARACTER_ART, MOOD_ART, SCENE_ART, characterKey, moodKey, sceneKey } from './art.ts';

export class BootScene extends Phaser.Scene {
  constructor(private readonly onReady: (scene: Phaser.Scene) => void) {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.rectangle(width * 0.3, height / 2, 1, 4, 0xffd166).setOrigin(0, 0.5);
    this.load.on('progress', (p: number) => bar.setSize(width * 0.4 * p, 4));
    for (const [name, url] of Object.entries(SCENE_ART)) this.load.svg(sceneKey(name), url, { width: 1280, height: 720 });
    // Characters and moods share a 200x400 frame; load them at 1.5x for sharp scaling.
    for (const [name, url] of Object.entries(CHARACTER_ART)) this.load.svg(characterKey(name), url, { width: 300, height: 600 });
    for (const [name, url] of Object.entries(MOOD_ART)) this.load.svg(moodKey(name), url, { width: 300, height: 600 });
  }

  create(): void {
    this.onReady(this);
  }
}
