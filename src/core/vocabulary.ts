/**
 * Small closed vocabularies used by story tags: scoring dimensions, roles,
 * content notes, and the presentation vocabulary (characters, moods, scenes,
 * ambient loops, sound effects) that the Phaser layer and audio must be able
 * to draw or play. A value outside these lists fails the story linter.
 */

/** The three scoring dimensions of the rubric (docs/rubric.md). */
export const DIMENSIONS = ['identification', 'protection', 'procedure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Trainee roles; scenario cards are filtered by role. */
export const ROLES = ['police', 'border', 'consular', 'labour-inspection', 'ngo', 'investigator'] as const;
export type Role = (typeof ROLES)[number];

/** Content notes shown before a scenario starts. */
export const CONTENT_NOTES = ['sexual-exploitation', 'labour-exploitation', 'physical-violence', 'coercion-threats', 'child-exploitation'] as const;
export type ContentNote = (typeof CONTENT_NOTES)[number];

/** Characters the art layer can draw (assets/art/characters). */
export const CHARACTERS = [
  'narrator',
  'trainee',
  'aigerim',
  'dana',
  'madina',
  'escort',
  'colleague',
  'supervisor',
  'ngo-worker',
  'rustam',
  'timur',
  'consul',
  'guardia',
  'saule',
  'aliya',
  'kamol',
  'bakhtiyor',
  'major',
  'bolat',
  'nurbek',
  'aizada',
  'raushan',
  'gulmira',
  'zhanar',
  'serik',
  'bakhtiyar',
  'zamira',
  'prosecutor',
  'journalist',
] as const;
export type Character = (typeof CHARACTERS)[number];

/** Expressions / poses a character can show. */
export const MOODS = ['neutral', 'worried', 'afraid', 'ashamed', 'relieved', 'guarded', 'angry', 'calm', 'tired'] as const;
export type Mood = (typeof MOODS)[number];

/** Backgrounds (settings) the Phaser layer can draw (assets/art/scenes). */
export const SCENES = [
  'airport-hall',
  'airport-office',
  'consulate-office',
  'farm-road',
  'shelter-room',
  'hotline-desk',
  'construction-site',
  'tobacco-farm',
  'market',
  'investigator-office',
] as const;
export type SceneId = (typeof SCENES)[number];

/** Ambient loops (assets/audio). */
export const AMBIENTS = ['airport', 'office', 'countryside', 'quiet', 'market', 'building-site'] as const;
export type Ambient = (typeof AMBIENTS)[number];

/** The ambient loop of each background, used until a story line sets another with `#ambient:`. */
export const SCENE_AMBIENT: Record<SceneId, Ambient> = {
  'airport-hall': 'airport',
  'airport-office': 'quiet',
  'consulate-office': 'office',
  'farm-road': 'countryside',
  'shelter-room': 'quiet',
  'hotline-desk': 'quiet',
  'construction-site': 'building-site',
  'tobacco-farm': 'countryside',
  market: 'market',
  'investigator-office': 'office',
};

/** Kinds of evidence a story can show (`#kind:` on an evidence's title line); each has a drawing (assets/art/evidence). */
export const EVIDENCE_KINDS = ['passport', 'contract', 'ledger', 'card', 'ticket', 'letter', 'phone-message', 'list'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One-shot sound effects (assets/audio). */
export const SFX = ['announcement', 'phone-ring', 'door', 'stamp'] as const;
export type Sfx = (typeof SFX)[number];

/** Type guard factory for the closed lists above. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
