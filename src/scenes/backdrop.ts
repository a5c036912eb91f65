/** A full-screen background image that covers the viewport and cross-fades when it changes. */
import Phaser from 'phaser';
import { sceneKey } from './art.ts';

export class Backdrop {
  private image?: Phaser.GameObjects.Image;
  private current?: string;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly dim = 0,
  ) {}

  /** Show `name` (a SCENES id or 'title'); fades unless `instant`. */
  show(name: string, instant: boolean): void {
    if (name === this.current || !this.scene.textures.exists(sceneKey(name))) return;
    this.current = name;
    const old = this.image;
    const img = this.scene.add.image(0, 0, sceneKey(name)).setOrigin(0.5).setDepth(-10);
    if (this.dim > 0) img.setTint(Phaser.Display.Color.GetColor(255 * (1 - this.dim), 255 * (1 - this.dim), 255 * (1 - this.dim)));
    this.image = img;
    this.layout();
    if (instant || !old) {
      old?.destroy();
      return;
    }
    img.setAlpha(0);
    this.scene.tweens.add({ targets: img, alpha: 1, duration: 500, onComplete: () => old.destroy() });
  }

  /** Cover the viewport (like CSS background-size: cover). */
  layout(): void {
    if (!this.image) return;
    const { width, height } = this.scene.scale;
    const scale = Math.max(width / this.image.width, height / this.image.height);
    this.image.setPosition(width / 2, height / 2).setScale(scale);
  }
}
