/**
 * One Phaser scene per screen. They only draw: the story, the score and the
 * controls live in the HTML layer, and reach these scenes as typed events.
 */
import Phaser from 'phaser';
import type { AppEvents, LatestState } from '../app-events.ts';
import type { SceneId } from '../core/vocabulary.ts';
import { Backdrop } from './backdrop.ts';
import { EvidenceObjects } from './evidence-objects.ts';
import { Stage } from './stage.ts';

/** Shared shape: a backdrop that follows resizes and the reduced-motion preference. */
abstract class ScreenScene extends Phaser.Scene {
  protected backdrop!: Backdrop;
  protected reducedMotion = false;

  constructor(
    key: string,
    protected readonly latest: LatestState,
    private readonly art: string,
    private readonly dim = 0,
  ) {
    super(key);
  }

  create(): void {
    this.reducedMotion = this.latest.prefs?.reducedMotion ?? false;
    this.backdrop = new Backdrop(this, this.dim);
    this.backdrop.show(this.art, true);
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.onResize, this));
    if (!this.reducedMotion) this.cameras.main.fadeIn(350);
  }

  protected onResize(): void {
    this.backdrop.layout();
  }

  /** Preferences changed. */
  setPrefs(p: AppEvents['prefs']): void {
    this.reducedMotion = p.reducedMotion;
  }
}

export class TitleScene extends ScreenScene {
  constructor(latest: LatestState) {
    super('title', latest, 'title');
  }
}

export class SelectScene extends ScreenScene {
  constructor(latest: LatestState) {
    super('select', latest, 'title', 0.35);
  }
}

export class DebriefScene extends ScreenScene {
  constructor(latest: LatestState) {
    // A calm, safe room behind the debrief, dimmed so the text stays readable.
    super('debrief', latest, 'shelter-room', 0.45);
  }
}

/** The play scene: the setting's background and the characters who speak. */
export class PlayScene extends ScreenScene {
  private stage!: Stage;
  private evidence!: EvidenceObjects;

  /** @param onEvidenceOpen the trainee clicked a piece of evidence on the stage */
  constructor(
    latest: LatestState,
    private readonly onEvidenceOpen: (id: string) => void,
  ) {
    super('play', latest, 'airport-hall');
  }

  create(): void {
    super.create();
    this.stage = new Stage(this);
    this.stage.reducedMotion = this.reducedMotion;
    this.evidence = new EvidenceObjects(this, this.onEvidenceOpen);
    this.showScene(this.latest.scene ?? 'airport-hall', true);
    if (this.latest.stageArea) this.setStageArea(this.latest.stageArea);
    if (this.latest.cast) this.setCast(this.latest.cast);
    if (this.latest.evidence) this.evidence.set(this.latest.evidence);
  }

  setEvidence(items: AppEvents['evidence']): void {
    this.evidence?.set(items);
  }

  showScene(scene: SceneId, instant = this.reducedMotion): void {
    this.backdrop?.show(scene, instant);
    this.stage?.setScenery(scene);
  }

  setCast(c: AppEvents['cast']): void {
    this.stage?.setCast(c);
    this.evidence?.setSide(c.phone.length > 0 ? 'left' : 'right');
  }

  setStageArea(a: AppEvents['stage-area']): void {
    this.stage?.setArea(a);
    this.evidence?.setArea(a);
  }

  clearStage(): void {
    this.stage?.clear();
    this.evidence?.set([]);
  }

  setPrefs(p: AppEvents['prefs']): void {
    super.setPrefs(p);
    if (this.stage) this.stage.reducedMotion = p.reducedMotion;
  }

  protected onResize(): void {
    super.onResize();
    this.stage.layout(false);
    this.evidence.layout();
  }
}
