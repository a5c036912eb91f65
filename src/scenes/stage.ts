/**
 * The people in the scene, drawn from a body SVG plus a mood overlay (eyes,
 * brows, mouth). The stage shows exactly who the story says is there (the
 * `cast` event, from `#enter` / `#leave` / `#phone`): the latest speaker in the room in
 * front, the others beside; someone on the phone appears as a small framed
 * portrait, never standing in the room. Figures stand on the floor line of
 * the background, and the view moves up so their faces stay above the story
 * panel. Posture follows the mood. Stylised and dignified by construction.
 */
import type Phaser from 'phaser';
import type { AppEvents } from '../app-events.ts';
import type { Character, Mood, SceneId } from '../core/vocabulary.ts';
import { characterKey, moodKey } from './art.ts';

interface Figure {
  container: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image;
  mood: Mood;
  /** False until the figure is first laid out: it then appears where it stands (fading in), never flying in from elsewhere. */
  placed: boolean;
}

/** Characters are loaded at 300x600 (1.5x their 200x400 frame), see boot-scene.ts. */
const TEXTURE_WIDTH = 300;
const TEXTURE_HEIGHT = 600;
/** The scene art is 1280x720. */
const ART_WIDTH = 1280;
const ART_HEIGHT = 720;
/** Where each background's floor meets the wall, as a share of its height (read off the SVGs: the skirting ends at y 470/720). */
const FLOOR: Record<SceneId, number> = {
  'airport-hall': 0.8,
  'airport-office': 0.8,
  'consulate-office': 0.8,
  'shelter-room': 0.8,
  'farm-road': 0.84,
  'hotline-desk': 0.8,
  'construction-site': 0.8,
  'tobacco-farm': 0.84,
  market: 0.8,
  'investigator-office': 0.8,
};
/** A figure is this share of the room's height tall. */
const FIGURE_HEIGHT = 0.52;
/**
 * People drawn shorter than an adult, as a share of an adult's height: the
 * teenagers of tobacco-harvest (a boy of fifteen and a girl of fourteen,
 * docs/assets.md). The art shares one 200x400 frame, so height comes from
 * here; the figure is scaled from its feet and still stands on the floor line.
 */
const STATURE: Partial<Record<Character, number>> = {
  nurbek: 0.88,
  aizada: 0.85,
};
/** Keep at least this top share of a figure (head and chest) above the story panel. */
const KEEP_VISIBLE = 0.58;
/**
 * Below this much free height (CSS px) between the toolbar and the story panel, nobody is drawn:
 * the text has taken the room (a long passage on a projector), and a strip of cropped legs
 * would only distract from it.
 */
const MIN_FREE_HEIGHT = 56;
/** Horizontal places, as shares of the width, for 1-4 people (the speaker first). */
const SLOTS: readonly (readonly number[])[] = [[0.5], [0.42, 0.64], [0.5, 0.27, 0.73], [0.5, 0.3, 0.7, 0.12]];
const MAX_PRESENT = 4;
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

/** A figure's scale relative to an adult in front: the people beside the speaker stand a little back (0.92), minors are shorter. */
function figureScale(name: Character, place: number): number {
  return (place === 0 ? 1 : 0.92) * (STATURE[name] ?? 1);
}

export class Stage {
  private readonly figures = new Map<Character, Figure>();
  private order: Character[] = [];
  private callers: Phaser.GameObjects.Container[] = [];
  private scenery: SceneId = 'airport-hall';
  private area?: AppEvents['stage-area'];
  reducedMotion = false;

  constructor(private readonly scene: Phaser.Scene) {}

  /** The background changed: figures stand on its floor (at once: the view moves at once too). */
  setScenery(scene: SceneId): void {
    this.scenery = scene;
    this.layout(false);
  }

  /**
   * The free part of the screen between the toolbar and the story panel (it changes with each page).
   * Figures are placed at once, like the view: a figure still tweening towards its old size while the
   * view has already moved would stand with its head behind the toolbar.
   */
  setArea(area: AppEvents['stage-area']): void {
    this.area = area;
    this.layout(false);
  }

  /** Show exactly the people in the scene, with their moods. */
  setCast(cast: AppEvents['cast']): void {
    const present = cast.present.filter((c) => this.scene.textures.exists(characterKey(c)));
    // The speaker in front; then the others in the order they came in; at most four in the room.
    this.order = [...(cast.speaker && present.includes(cast.speaker) ? [cast.speaker] : []), ...present.filter((c) => c !== cast.speaker)].slice(
      0,
      MAX_PRESENT,
    );
    for (const [name, fig] of this.figures) {
      if (!this.order.includes(name)) {
        fig.container.destroy();
        this.figures.delete(name);
      }
    }
    for (const name of this.order) {
      const mood = cast.moods[name] ?? 'neutral';
      let fig = this.figures.get(name);
      if (!fig) {
        const body = this.scene.add.image(0, 0, characterKey(name)).setOrigin(0.5, 1);
        const face = this.scene.add.image(0, 0, moodKey(mood)).setOrigin(0.5, 1);
        const container = this.scene.add.container(0, 0, [body, face]).setAlpha(0);
        fig = { container, face, mood, placed: false };
        this.figures.set(name, fig);
      }
      if (this.scene.textures.exists(moodKey(mood))) fig.face.setTexture(moodKey(mood));
      fig.mood = mood;
    }
    this.showCallers(
      cast.phone.filter((c) => this.scene.textures.exists(characterKey(c))),
      cast.moods,
    );
    this.layout();
  }

  /** Clear the stage (new screen). */
  clear(): void {
    for (const f of this.figures.values()) f.container.destroy();
    this.figures.clear();
    this.order = [];
    this.showCallers([], {});
  }

  /** Callers: a framed head-and-shoulders portrait in the corner of the picture, with a handset. */
  private showCallers(callers: Character[], moods: Partial<Record<Character, Mood>>): void {
    for (const c of this.callers) c.destroy();
    this.callers = callers.map((name) => {
      const frame = this.scene.add.graphics();
      frame.fillStyle(0x101722, 0.9).fillRoundedRect(0, 0, 150, 150, 12).lineStyle(3, 0xffd166, 1).strokeRoundedRect(0, 0, 150, 150, 12);
      // The top half of the 300x600 figure: head and shoulders.
      const portrait = this.scene.add.image(75, 8, characterKey(name)).setOrigin(0.5, 0).setCrop(0, 0, TEXTURE_WIDTH, 270).setScale(0.5);
      const face = this.scene.add
        .image(75, 8, moodKey(moods[name] ?? 'neutral'))
        .setOrigin(0.5, 0)
        .setCrop(0, 0, TEXTURE_WIDTH, 270)
        .setScale(0.5);
      const handset = this.scene.add.graphics();
      handset.fillStyle(0xffd166, 1).fillRoundedRect(-18, -6, 36, 12, 6).fillCircle(-16, 0, 8).fillCircle(16, 0, 8);
      handset.setPosition(128, 128).setAngle(-30);
      return this.scene.add.container(0, 0, [frame, portrait, face, handset]).setScrollFactor(0).setDepth(50);
    });
    this.layout();
  }

  /**
   * Place everyone: on the floor line, faces above the story panel, callers in the corner.
   * `animate`: people who move (a new place in the row, a posture) get there in a short tween;
   * false (a new page, screen size or background) places them at once. Newcomers always appear where
   * they stand and fade in (without reduced motion).
   */
  layout(animate = true): void {
    const { width, height } = this.scene.scale;
    const area = this.area ?? { top: 0, bottom: height * 0.55 };
    // The background covers the screen (see backdrop.ts): where its floor line falls.
    const scale = Math.max(width / ART_WIDTH, height / ART_HEIGHT);
    const artTop = height / 2 - (ART_HEIGHT * scale) / 2;
    const floor = artTop + FLOOR[this.scenery] * ART_HEIGHT * scale;
    // Figures as tall as a person in the room, smaller only if the free area is too short for a face and chest.
    const open = area.bottom - area.top;
    const shown = open >= MIN_FREE_HEIGHT;
    const free = Math.max(MIN_FREE_HEIGHT, open);
    const figure = Math.min(FIGURE_HEIGHT * ART_HEIGHT * scale, free / KEEP_VISIBLE);
    // Move the view up (never down) so the head and chest stay above the panel.
    const lift = Math.max(0, floor - (1 - KEEP_VISIBLE) * figure - area.bottom);
    this.scene.cameras.main.setScroll(0, lift);
    const size = figure / TEXTURE_HEIGHT;
    // No row for this many: every figure takes the centre (`slots[i] ?? 0.5` below).
    const slots = SLOTS[Math.max(0, this.order.length - 1)] ?? [];
    this.order.forEach((name, i) => {
      const fig = this.figures.get(name);
      // setCast creates a figure for every name it puts in `order`.
      if (!fig) throw new Error(`stage: "${name}" is in the cast order but has no figure`);
      const p = POSTURE[fig.mood];
      const scale = size * figureScale(name, i);
      const target = {
        x: width * (slots[i] ?? 0.5),
        y: floor + p.drop * scale,
        scaleX: scale,
        scaleY: scale * p.squash,
        angle: p.lean,
        alpha: !shown ? 0 : i === 0 ? 1 : 0.85,
      };
      fig.container.setDepth(10 - i);
      this.scene.tweens.killTweensOf(fig.container);
      // Where it stands, at once: a newcomer (which then only fades in), or everyone on a new page or screen size.
      if (!fig.placed || !animate || this.reducedMotion)
        fig.container.setPosition(target.x, target.y).setScale(target.scaleX, target.scaleY).setAngle(target.angle);
      fig.placed = true;
      if (this.reducedMotion) fig.container.setAlpha(target.alpha);
      else this.scene.tweens.add({ targets: fig.container, ...(animate ? target : { alpha: target.alpha }), duration: 400, ease: 'Sine.easeInOut' });
    });
    // Callers: framed portraits in the top corner of the free area, as large as it allows (at most 150 px).
    const inset = Math.max(48, Math.min(150, free - 16)) / 150;
    // Where each figure stands on screen (CSS px), for tests that check what the stage draws.
    const stageEl = this.scene.game.canvas.parentElement;
    if (stageEl) {
      stageEl.dataset.figures = JSON.stringify(
        (shown ? this.order : []).map((name, i) => {
          const w = TEXTURE_WIDTH * size * figureScale(name, i);
          const h = TEXTURE_HEIGHT * size * figureScale(name, i);
          return { name, x: Math.round(width * (slots[i] ?? 0.5) - w / 2), y: Math.round(floor - lift - h), width: Math.round(w), height: Math.round(h) };
        }),
      );
    }
    this.callers.forEach((c, i) =>
      c
        .setScale(inset)
        .setPosition(width - (150 * inset + 16) * (i + 1), area.top + 8)
        .setVisible(shown),
    );
  }
}
