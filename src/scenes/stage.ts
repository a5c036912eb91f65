/**
 * The characters on stage: up to three recent speakers, drawn from a body
 * SVG plus a mood overlay (eyes, brows, mouth). The active speaker stands in
 * front; posture follows the mood (a lowered head for shame, a step back for
 * fear). Stylised and dignified by construction: there is no other art.
 */
import Phaser from 'phaser';
import type { Character, Mood } from '../core/vocabulary.ts';
import { characterKey, moodKey } from './art.ts';

interface Figure {
  container: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image;
  mood: Mood;
}

const MAX_ON_STAGE = 3;
/** Characters are loaded at 300x600 (1.5x their 200x400 frame), see boot-scene.ts. */
const TEXTURE_HEIGHT = 600;
/** Posture per mood: vertical squash, head-down offset (px in the 200x400 frame), lean (degrees). */
const POSTURE: Record<Mood, { squash: number; drop: number; lean: number }> = {
  neutral: { squash: 1, drop: 0, lean: 0 },
  calm: { squash: 1, drop: 0, lean: 0 },
  relieved: { squash: 1.01, drop: -2, lean: 0 },
  worried: { squash: 0.99, drop: 2, lean: -1 },
  guarded: { squash: 1, drop: 0, lean: -2 },
  afraid: { squash: 0.97, drop: 5, lean: -3 },
  ashamed: { squash: 0.96, drop: 8, lean: 2 },
  tired: { squash: 0.97, drop: 6, lean: 1 },
  angry: { squash: 1, drop: -1, lean: 3 },
};

export class Stage {
  private readonly figures = new Map<Character, Figure>();
  private order: Character[] = [];
  reducedMotion = false;

  constructor(private readonly scene: Phaser.Scene) {}

  /** A character speaks with a mood: bring them on stage and in front. */
  speak(speaker: Character, mood: Mood): void {
    if (!this.scene.textures.exists(characterKey(speaker))) return;
    let fig = this.figures.get(speaker);
    if (!fig) {
      const body = this.scene.add.image(0, 0, characterKey(speaker)).setOrigin(0.5, 1);
      const face = this.scene.add.image(0, 0, moodKey(mood)).setOrigin(0.5, 1);
      const container = this.scene.add.container(0, 0, [body, face]).setAlpha(0);
      fig = { container, face, mood };
      this.figures.set(speaker, fig);
    }
    if (this.scene.textures.exists(moodKey(mood))) fig.face.setTexture(moodKey(mood));
    fig.mood = mood;
    this.order = [speaker, ...this.order.filter((c) => c !== speaker)];
    for (const gone of this.order.splice(MAX_ON_STAGE)) {
      this.figures.get(gone)?.container.destroy();
      this.figures.delete(gone);
    }
    this.layout();
  }

  /** Clear the stage (new screen). */
  clear(): void {
    for (const f of this.figures.values()) f.container.destroy();
    this.figures.clear();
    this.order = [];
  }

  /** Place figures above the story panel: the speaker in front, others behind and dimmer. */
  layout(): void {
    const { width, height } = this.scene.scale;
    // Between the toolbar and the HTML story panel (up to the lower ~45%):
    // figures stand on 55% of the height and are 45% of the height tall.
    const ground = height * 0.56;
    const size = (height * 0.45) / TEXTURE_HEIGHT;
    const slots = [0.5, 0.25, 0.75];
    this.order.forEach((name, i) => {
      const fig = this.figures.get(name)!;
      const p = POSTURE[fig.mood];
      const target = {
        x: width * (slots[i] ?? 0.5),
        y: ground + p.drop * size,
        scaleX: size * (i === 0 ? 1 : 0.85),
        scaleY: size * p.squash * (i === 0 ? 1 : 0.85),
        angle: p.lean,
        alpha: i === 0 ? 1 : 0.55,
      };
      fig.container.setDepth(10 - i);
      this.scene.tweens.killTweensOf(fig.container);
      if (this.reducedMotion) fig.container.setPosition(target.x, target.y).setScale(target.scaleX, target.scaleY).setAngle(target.angle).setAlpha(target.alpha);
      else this.scene.tweens.add({ targets: fig.container, ...target, duration: 400, ease: 'Sine.easeInOut' });
    });
  }
}
