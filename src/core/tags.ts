/**
 * The tag registry: every `#tag` a story may use, parsed once into typed
 * objects. Anything unknown is an error with a clear message; callers add the
 * file and line.
 *
 * Tags come in three places (docs/authoring.md):
 * - global tags at the top of a story (scenario metadata),
 * - line tags on text lines (id, presentation, indicators, endings),
 * - choice tags inside a choice's square brackets (id, scores, standards).
 *
 * A little over 300 lines on purpose: the three parsers share the allowed-tag
 * lists, the registries and the wording of their messages (a misplaced tag
 * says where it belongs), so a new tag is added, checked and explained in one
 * file.
 */
import { isCriticalErrorId, type CriticalErrorId } from './critical-errors.ts';
import { isIndicatorId, type IndicatorId } from './indicators.ts';
import { isStandardId, type StandardId } from './standards.ts';
import {
  AMBIENTS,
  CHARACTERS,
  CONTENT_NOTES,
  DIMENSIONS,
  EVIDENCE_KINDS,
  MOODS,
  ROLES,
  SCENES,
  SFX,
  isOneOf,
  type Ambient,
  type Character,
  type ContentNote,
  type Dimension,
  type EvidenceKind,
  type Mood,
  type Role,
  type SceneId,
  type Sfx,
} from './vocabulary.ts';

/** Ids of lines, choices and endings: lowercase slugs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tag names allowed on text lines. */
export const LINE_TAGS = [
  'id',
  'speaker',
  'mood',
  'scene',
  'ambient',
  'sfx',
  'indicator',
  'epilogue',
  'ending',
  'enter',
  'leave',
  'phone',
  'evidence',
  'evidence-text',
  'kind',
  'discuss',
  'situation',
] as const;
/** Tag names allowed on choices. */
export const CHOICE_TAGS = ['id', 'score', 'std', 'critical', 'feedback'] as const;
/** Tag names allowed at the top of a story. */
export const GLOBAL_TAGS = ['scenario', 'role', 'source', 'content-note', 'minutes', 'setting', 'pass-mark'] as const;

/** The pass mark (overall %) when a story does not set `# pass-mark:`. */
export const DEFAULT_PASS_MARK = 70;

export type Score = Readonly<Record<Dimension, number>>;

/** Typed tags of one text line. */
export interface LineTags {
  id?: string;
  speaker?: Character;
  mood?: Mood;
  scene?: SceneId;
  ambient?: Ambient;
  sfx?: Sfx;
  indicators: IndicatorId[];
  /**
   * The line tells what the trainee's character could not have observed at
   * the time (an epilogue, a later report): its indicators are shown but
   * never count as noticed or missed. Ending lines are treated the same way.
   */
  epilogue: boolean;
  /**
   * The line that states what the next decision is about (`#situation`): the debrief and its printout show it as the
   * situation the decision answered. Without one, the last line before the decision is shown.
   */
  situation?: boolean;
  ending?: string;
  /** Characters who come into the scene with this line (the stage shows only who is present). */
  enter: Character[];
  /** Characters who leave the scene with this line. */
  leave: Character[];
  /** Characters heard by phone from this line on (shown as an inset, not in the room), until they leave. */
  phone: Character[];
  /** Evidence that appears with this line (`#evidence:<id>`): the trainee can open it until the scene changes. */
  evidence: string[];
  /** This line is part of the text of a piece of evidence (`#evidence-text:<id>`), in the story's `evidence` knot. */
  evidenceText?: string;
  /** The drawing of a piece of evidence (`#kind:`), on its first (title) line. */
  kind?: EvidenceKind;
  /**
   * A discussion question for a group (`#discuss:<choice id>` or `#discuss:end`),
   * in the story's never-played `discussion` knot (src/core/discussion.ts).
   */
  discuss?: string;
}

/** Typed tags of one choice. */
export interface ChoiceTags {
  id?: string;
  /** Points per dimension; all zero for a neutral choice. */
  score: Score;
  /** True when the choice said `#score:none`. */
  neutral: boolean;
  /** True when the choice had any `#score:` tag at all. */
  scored: boolean;
  standards: StandardId[];
  critical: CriticalErrorId[];
  feedback?: string;
}

/** A pointer into a seed document, e.g. `003_fa9b57731bfef90f.txt:76-80`. */
export interface SourceRef {
  file: string;
  from: number;
  to: number;
}

/** Typed scenario metadata from the global tags. */
export interface ScenarioMeta {
  scenario: string;
  roles: Role[];
  sources: SourceRef[];
  contentNotes: ContentNote[];
  minutes: number;
  setting: SceneId;
  /** Overall percentage needed to pass (with no critical error). */
  passMark: number;
}

/** Result of parsing a tag list: the typed value plus any problems found. */
export interface Parsed<T> {
  value: T;
  errors: string[];
}

/**
 * Ink reports a story's global tags again as tags of its first line; drop
 * them there (the source linter still rejects global tags placed on lines).
 */
export function withoutGlobalTags(tags: readonly string[]): string[] {
  return tags.filter((t) => !isOneOf(GLOBAL_TAGS, splitTag(t).name));
}

/** Split `name:value` (value trimmed). A tag without a colon has value ''. */
export function splitTag(raw: string): { name: string; value: string } {
  const tag = raw.trim().replace(/^#\s*/, '');
  const colon = tag.indexOf(':');
  if (colon < 0) return { name: tag.trim(), value: '' };
  return { name: tag.slice(0, colon).trim(), value: tag.slice(colon + 1).trim() };
}

const SCORE_PATTERN = /^([a-z]+)([+-])(\d+)$/;

function checkId(value: string, errors: string[]): string | undefined {
  if (!ID_PATTERN.test(value)) {
    errors.push(`id "${value}" must be lowercase letters, digits and dashes`);
    return undefined;
  }
  return value;
}

/**
 * An `#id:` tag of a line or a choice: checked, and reported if the line or
 * choice already had one (`current`). Returns the id to keep.
 */
function takeId(what: 'line' | 'choice', current: string | undefined, value: string, errors: string[]): string | undefined {
  if (current) errors.push(`${what} has two ids ("${current}" and "${value}")`);
  return checkId(value, errors);
}

function pick<T extends string>(list: readonly T[], name: string, value: string, errors: string[]): T | undefined {
  if (isOneOf(list, value)) return value;
  errors.push(`unknown ${name} "${value}" (allowed: ${list.join(', ')})`);
  return undefined;
}

/** Parse the tags of a text line. */
export function parseLineTags(tags: readonly string[]): Parsed<LineTags> {
  const errors: string[] = [];
  const value: LineTags = { indicators: [], epilogue: false, enter: [], leave: [], phone: [], evidence: [] };
  for (const raw of tags) {
    const { name, value: v } = splitTag(raw);
    switch (name) {
      case 'id':
        value.id = takeId('line', value.id, v, errors);
        break;
      case 'speaker':
        value.speaker = pick(CHARACTERS, 'speaker', v, errors);
        break;
      case 'mood':
        value.mood = pick(MOODS, 'mood', v, errors);
        break;
      case 'scene':
        value.scene = pick(SCENES, 'scene', v, errors);
        break;
      case 'ambient':
        value.ambient = pick(AMBIENTS, 'ambient', v, errors);
        break;
      case 'sfx':
        value.sfx = pick(SFX, 'sfx', v, errors);
        break;
      case 'indicator':
        if (isIndicatorId(v)) value.indicators.push(v);
        else errors.push(`unknown indicator "${v}" (see src/core/indicators.ts)`);
        break;
      case 'epilogue':
        if (v) errors.push('#epilogue takes no value');
        value.epilogue = true;
        break;
      case 'situation':
        if (v) errors.push('#situation takes no value');
        value.situation = true;
        break;
      case 'ending':
        value.ending = checkId(v, errors);
        break;
      case 'enter':
      case 'leave':
      case 'phone': {
        const who = pick(CHARACTERS, name, v, errors);
        if (who === 'narrator' || who === 'trainee') errors.push(`#${name}:${who}: the narrator and the trainee are never on stage`);
        else if (who) value[name].push(who);
        break;
      }
      case 'evidence': {
        const id = checkId(v, errors);
        if (id) value.evidence.push(id);
        break;
      }
      case 'evidence-text':
        if (value.evidenceText) errors.push(`line is already text of the evidence "${value.evidenceText}"`);
        value.evidenceText = checkId(v, errors);
        break;
      case 'kind':
        value.kind = pick(EVIDENCE_KINDS, 'evidence kind', v, errors);
        break;
      case 'discuss':
        if (value.discuss) errors.push(`line is already a question about "${value.discuss}"`);
        value.discuss = checkId(v, errors);
        break;
      default:
        errors.push(
          isOneOf(CHOICE_TAGS, name)
            ? `tag "#${name}" belongs on a choice, inside its [brackets]`
            : `unknown tag "#${name}" on a line (allowed: ${LINE_TAGS.join(', ')})`,
        );
    }
  }
  return { value, errors };
}

/** Parse the tags of a choice (the tags inside its square brackets). */
export function parseChoiceTags(tags: readonly string[]): Parsed<ChoiceTags> {
  const errors: string[] = [];
  const score: Record<Dimension, number> = { identification: 0, protection: 0, procedure: 0 };
  const value: ChoiceTags = { score, neutral: false, scored: false, standards: [], critical: [] };
  for (const raw of tags) {
    const { name, value: v } = splitTag(raw);
    switch (name) {
      case 'id':
        value.id = takeId('choice', value.id, v, errors);
        break;
      case 'score': {
        if (v === 'none') {
          if (value.scored && !value.neutral) errors.push('#score:none cannot be combined with other scores');
          value.neutral = true;
          value.scored = true;
          break;
        }
        // No match leaves the groups undefined (when the pattern matches, they always do).
        const [, dimension, sign, amount] = SCORE_PATTERN.exec(v.replace(/\s+/g, '')) ?? [];
        if (dimension === undefined) {
          errors.push(`score "${v}" must look like identification+2, protection-1, procedure+3 or none`);
          break;
        }
        const dim = pick(DIMENSIONS, 'score dimension', dimension, errors);
        if (!dim) break;
        if (value.neutral) errors.push('#score:none cannot be combined with other scores');
        score[dim] += (sign === '-' ? -1 : 1) * Number(amount);
        value.scored = true;
        break;
      }
      case 'std':
        if (isStandardId(v)) value.standards.push(v);
        else errors.push(`unknown standard "${v}" (see src/core/standards.ts)`);
        break;
      case 'critical':
        if (isCriticalErrorId(v)) value.critical.push(v);
        else errors.push(`unknown critical error "${v}" (see src/core/critical-errors.ts)`);
        break;
      case 'feedback':
        if (!v) errors.push('#feedback is empty');
        value.feedback = v;
        break;
      default:
        errors.push(
          isOneOf(LINE_TAGS, name)
            ? `tag "#${name}" is a line tag, not allowed on a choice`
            : `unknown tag "#${name}" on a choice (allowed: ${CHOICE_TAGS.join(', ')})`,
        );
    }
  }
  if (!value.scored) errors.push('choice has no #score tag (neutral choices say #score:none)');
  if (value.scored && !value.neutral) {
    if (value.standards.length === 0) errors.push('scored choice cites no standard (#std:<id>)');
    if (!value.feedback) errors.push('scored choice has no #feedback explaining why');
  }
  if (value.critical.length > 0 && value.standards.length === 0) {
    errors.push('a critical error must cite a standard');
  }
  return { value, errors };
}

const SOURCE_PATTERN = /^([\w.-]+\.txt):(\d+)(?:-(\d+))?$/;

/** Parse a story's global tags into scenario metadata. */
// Over 60 lines: one flat switch over the global tags, one short case each; splitting it would scatter the format.
export function parseGlobalTags(tags: readonly string[]): Parsed<ScenarioMeta> {
  const errors: string[] = [];
  const meta: Partial<ScenarioMeta> & { roles: Role[]; sources: SourceRef[]; contentNotes: ContentNote[] } = {
    roles: [],
    sources: [],
    contentNotes: [],
  };
  for (const raw of tags) {
    const { name, value: v } = splitTag(raw);
    switch (name) {
      case 'scenario':
        meta.scenario = checkId(v, errors);
        break;
      case 'role': {
        const r = pick(ROLES, 'role', v, errors);
        if (r) meta.roles.push(r);
        break;
      }
      case 'content-note': {
        const c = pick(CONTENT_NOTES, 'content note', v, errors);
        if (c) meta.contentNotes.push(c);
        break;
      }
      case 'source': {
        // No match leaves the groups undefined (when the pattern matches, file and start always are set).
        const [, file, start, end] = SOURCE_PATTERN.exec(v) ?? [];
        if (file === undefined) {
          errors.push(`source "${v}" must look like 003_fa9b57731bfef90f.txt:76 or ...:76-80`);
          break;
        }
        const from = Number(start);
        const to = end ? Number(end) : from;
        if (to < from) errors.push(`source "${v}" ends before it starts`);
        meta.sources.push({ file, from, to });
        break;
      }
      case 'minutes': {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 60) errors.push(`minutes "${v}" must be a whole number of minutes`);
        else meta.minutes = n;
        break;
      }
      case 'setting':
        meta.setting = pick(SCENES, 'setting', v, errors);
        break;
      case 'pass-mark': {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 100) errors.push(`pass-mark "${v}" must be a whole percentage, 1-100`);
        else meta.passMark = n;
        break;
      }
      default:
        errors.push(`unknown global tag "# ${name}" (allowed: ${GLOBAL_TAGS.join(', ')})`);
    }
  }
  if (!meta.scenario) errors.push('missing "# scenario: <id>"');
  if (meta.roles.length === 0) errors.push('missing "# role: <role>"');
  if (meta.sources.length === 0) errors.push('missing "# source: <seed file>:<line>"');
  if (meta.contentNotes.length === 0) errors.push('missing "# content-note: <note>"');
  if (meta.minutes === undefined) errors.push('missing "# minutes: <n>"');
  if (!meta.setting) errors.push('missing "# setting: <scene>"');
  const value: ScenarioMeta = {
    scenario: meta.scenario ?? '',
    roles: meta.roles,
    sources: meta.sources,
    contentNotes: meta.contentNotes,
    minutes: meta.minutes ?? 0,
    setting: meta.setting ?? 'airport-hall',
    passMark: meta.passMark ?? DEFAULT_PASS_MARK,
  };
  return { value, errors };
}
