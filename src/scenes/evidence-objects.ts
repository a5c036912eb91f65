/**
 * The evidence in view (`#evidence`), lying at the front of the stage as
 * simple drawn objects: a passport, a contract, a ledger... Clicking one asks
 * the play screen to open it (the same document the HTML button opens; the
 * HTML layer stays the way to read it for keyboards and screen readers).
 *
 * Hits are tested here, against the drawn rectangles in CSS pixels, rather
 * than through Phaser's input: the render loop sleeps while a trainee reads
 * (game.ts), and a click must work whether it is awake or not.
 */
import type Phaser from 'phaser';
import type { AppEvents } from '../app-events.ts';
import type { EvidenceKind } from '../core/vocabulary.ts';

/** Drawing area of one object (its design size; scaled to the free height). */
const W = 72;
const H = 96;
const GAP = 18;
const MARGIN = 20;
/** Below this much free height (CSS px), nothing is drawn (the figures give way there too). */
const MIN_FREE = 56;

type Painter = (g: Phaser.GameObjects.Graphics) => void;

const paper = (g: Phaser.GameObjects.Graphics, color = 0xf6f1e4) =>
  g.fillStyle(color, 1).fillRoundedRect(0, 0, W, H, 4).lineStyle(2, 0x3b3325, 0.6).strokeRoundedRect(0, 0, W, H, 4);
const rules = (g: Phaser.GameObjects.Graphics, from: number, n: number, color = 0x8c8472) => {
  g.fillStyle(color, 1);
  for (let i = 0; i < n; i++) g.fillRect(10, from + i * 10, i % 3 === 2 ? 34 : 52, 3);
};

/** One simple, flat drawing per kind, in the palette of the scenes. */
const PAINT: Record<EvidenceKind, Painter> = {
  passport: (g) => {
    g.fillStyle(0x7b1e2b, 1).fillRoundedRect(4, 0, W - 8, H, 5);
    g.lineStyle(2, 0xe2c275, 1).strokeCircle(W / 2, 40, 15);
    g.fillStyle(0xe2c275, 1)
      .fillRect(16, 68, W - 32, 4)
      .fillRect(22, 78, W - 44, 3);
  },
  contract: (g) => {
    paper(g);
    g.fillStyle(0x3b3325, 1).fillRect(10, 10, 40, 5);
    rules(g, 24, 6);
    g.lineStyle(2, 0x1f4e8c, 1).lineBetween(40, 86, 62, 80);
  },
  ledger: (g) => {
    g.fillStyle(0x6b4a2b, 1).fillRoundedRect(0, 0, W, H, 4);
    g.fillStyle(0xf1e6c8, 1).fillRect(8, 6, W - 14, H - 12);
    g.lineStyle(1, 0xb04a3a, 1).lineBetween(26, 6, 26, H - 6);
    rules(g, 16, 7, 0x5b5346);
  },
  card: (g) => {
    g.fillStyle(0x2f4b6e, 1).fillRoundedRect(0, 28, W, 46, 6);
    g.fillStyle(0xffd166, 1).fillCircle(18, 51, 9);
    g.fillStyle(0xdfe7f2, 1).fillRect(34, 44, 28, 3).fillRect(34, 54, 20, 3);
  },
  ticket: (g) => {
    g.fillStyle(0xdfe7f2, 1).fillRoundedRect(0, 30, W, 40, 4);
    g.fillStyle(0x1f4e8c, 1).fillRect(0, 30, 18, 40);
    g.fillStyle(0x3b3325, 1).fillRect(26, 40, 36, 3).fillRect(26, 50, 28, 3).fillRect(26, 60, 36, 3);
  },
  letter: (g) => {
    g.fillStyle(0xf6f1e4, 1).fillRect(0, 24, W, 50).lineStyle(2, 0x3b3325, 0.6).strokeRect(0, 24, W, 50);
    g.lineStyle(2, 0x8c8472, 1)
      .lineBetween(0, 24, W / 2, 52)
      .lineBetween(W, 24, W / 2, 52);
  },
  'phone-message': (g) => {
    g.fillStyle(0x1b222d, 1).fillRoundedRect(14, 0, 44, H, 8);
    g.fillStyle(0xe9f3ec, 1).fillRect(18, 10, 36, 72);
    g.fillStyle(0x2f6b45, 1).fillRoundedRect(22, 18, 26, 10, 3).fillRoundedRect(26, 34, 24, 10, 3);
  },
  list: (g) => {
    paper(g);
    g.fillStyle(0x3b3325, 1).fillRect(10, 10, 30, 5);
    for (let i = 0; i < 7; i++)
      g.fillStyle(0x8c8472, 1)
        .fillCircle(13, 26 + i * 10, 2)
        .fillRect(19, 25 + i * 10, i % 2 ? 30 : 42, 3);
  },
};

interface Placed {
  id: string;
  container: Phaser.GameObjects.Container;
}

export class EvidenceObjects {
  private placed: Placed[] = [];
  private area?: AppEvents['stage-area'];
  /** Which corner: the right, where no one stands, unless a caller's portrait hangs there. */
  private side: 'left' | 'right' = 'right';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onOpen: (id: string) => void,
  ) {
    const canvas = scene.game.canvas;
    const at = (e: MouseEvent) => this.hit(e.offsetX, e.offsetY);
    const click = (e: MouseEvent) => {
      const id = at(e);
      if (id) this.onOpen(id);
    };
    const move = (e: MouseEvent) => (canvas.style.cursor = at(e) ? 'pointer' : '');
    canvas.addEventListener('click', click);
    canvas.addEventListener('mousemove', move);
    scene.events.once('shutdown', () => {
      canvas.removeEventListener('click', click);
      canvas.removeEventListener('mousemove', move);
      canvas.style.cursor = '';
    });
  }

  /** Show these objects (the evidence in view now). */
  set(items: AppEvents['evidence']): void {
    for (const p of this.placed) p.container.destroy();
    this.placed = items.map(({ id, kind }) => {
      const g = this.scene.add.graphics();
      PAINT[kind](g);
      return { id, container: this.scene.add.container(0, 0, [g]).setScrollFactor(0).setDepth(40) };
    });
    this.layout();
  }

  setArea(area: AppEvents['stage-area']): void {
    this.area = area;
    this.layout();
  }

  /** Put the objects in the left or the right corner (callers' portraits hang in the right one). */
  setSide(side: 'left' | 'right'): void {
    this.side = side;
    this.layout();
  }

  /** Along the bottom of the free part of the picture, in a corner (figures stand in the middle), as large as it allows. */
  layout(): void {
    const area = this.area ?? { top: 0, bottom: this.scene.scale.height * 0.55 };
    const free = area.bottom - area.top;
    const shown = free >= MIN_FREE;
    const scale = Math.min(1.2, (free - 24) / H);
    const step = W * scale + GAP;
    const width = this.scene.scale.width;
    this.placed.forEach((p, i) => {
      const x = this.side === 'left' ? MARGIN + i * step : width - MARGIN - W * scale - i * step;
      p.container
        .setScale(scale)
        .setPosition(x, area.bottom - H * scale - 12)
        .setVisible(shown);
    });
    // Where each object is on screen (CSS px), for the hit test and for tests.
    const el = this.scene.game.canvas.parentElement;
    if (el) el.dataset.evidence = JSON.stringify(this.rects());
  }

  /** The drawn objects' rectangles (CSS px), when shown. */
  private rects(): { id: string; x: number; y: number; width: number; height: number }[] {
    return this.placed
      .filter((p) => p.container.visible)
      .map((p) => ({
        id: p.id,
        x: Math.round(p.container.x),
        y: Math.round(p.container.y),
        width: Math.round(W * p.container.scaleX),
        height: Math.round(H * p.container.scaleY),
      }));
  }

  /** The evidence at a point of the canvas (CSS px), if any. */
  private hit(x: number, y: number): string | undefined {
    return this.rects().find((r) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)?.id;
  }
}
