/**
 * Reads the discussion questions of a compiled story: the lines of its
 * `discussion` knot (never played; docs/authoring.md, "Discussion questions
 * for a group"), grouped by their `#discuss:` value (a choice id of the
 * story, or `end`), in authored order. Also the source checks that need to
 * know which knot a line is in. Build and test time only.
 */
import type { Story } from 'inkjs';
import { continueToDecision, type ReadLine } from '../story-runner.ts';
import { DISCUSSION_END, type DiscussionQuestion } from '../discussion.ts';
import type { SourceItem } from './ink-source.ts';
import type { LineTags } from '../tags.ts';

/** The name of the knot that holds the discussion questions. */
export const DISCUSSION_KNOT = 'discussion';

/** Tags that make no sense on a question (it is read to a group, not played), by their field in LineTags. */
const NOT_ON_QUESTION: Partial<Record<keyof LineTags, string>> = {
  speaker: 'speaker',
  mood: 'mood',
  scene: 'scene',
  ambient: 'ambient',
  sfx: 'sfx',
  indicators: 'indicator',
  epilogue: 'epilogue',
  ending: 'ending',
  enter: 'enter',
  leave: 'leave',
  phone: 'phone',
  evidence: 'evidence',
  evidenceText: 'evidence-text',
  kind: 'kind',
};

/** True if the compiled story has a top-level knot with this name. */
function hasKnot(story: Story, name: string): boolean {
  return story.mainContentContainer.namedContent.has(name);
}

/** Check one question and add it under its key (errors name the line id). */
function addQuestion(table: Record<string, DiscussionQuestion[]>, { text, tags: parsed }: ReadLine, choiceIds: ReadonlySet<string>, errors: string[]): void {
  const { id, discuss } = parsed.value;
  if (!id) {
    errors.push(`a line of the ${DISCUSSION_KNOT} knot has no id: "${text}"`);
    return;
  }
  parsed.errors.forEach((e) => errors.push(`line ${id}: ${e}`));
  for (const [field, name] of Object.entries(NOT_ON_QUESTION)) {
    const v = parsed.value[field as keyof LineTags];
    if (Array.isArray(v) ? v.length > 0 : v) errors.push(`line ${id}: #${name} does not belong on a discussion question (only #id and #discuss)`);
  }
  if (!discuss) {
    // A malformed value is already reported by the tag parser.
    if (!parsed.errors.some((e) => e.startsWith('id "')))
      errors.push(`line ${id}: every line of the ${DISCUSSION_KNOT} knot needs #discuss:<choice id> or #discuss:${DISCUSSION_END}`);
    return;
  }
  if (discuss !== DISCUSSION_END && !choiceIds.has(discuss)) {
    errors.push(`line ${id}: #discuss:${discuss} is not a choice of the story (name the #id: of any option of the decision, or ${DISCUSSION_END})`);
    return;
  }
  (table[discuss] ??= []).push({ id, text });
}

/**
 * Read every discussion question of a story. Uses `story` (it is moved to the
 * discussion knot): pass a Story built for this purpose.
 * @param choiceIds every choice id the story offers on some path
 * @returns the questions by `#discuss:` value (undefined when the story has no discussion knot)
 */
export function readDiscussion(
  story: Story,
  choiceIds: ReadonlySet<string>,
): { discussion: Record<string, DiscussionQuestion[]> | undefined; errors: string[] } {
  const errors: string[] = [];
  if (!hasKnot(story, DISCUSSION_KNOT)) return { discussion: undefined, errors };
  const discussion: Record<string, DiscussionQuestion[]> = {};
  story.ChoosePathString(DISCUSSION_KNOT);
  const { lines, choices } = continueToDecision(story);
  if (choices.length > 0) errors.push(`the ${DISCUSSION_KNOT} knot must not offer choices`);
  for (const line of lines) addQuestion(discussion, line, choiceIds, errors);
  return { discussion, errors };
}

/** A problem found in the source, by line. */
export interface SourceProblem {
  line: number;
  message: string;
}

/**
 * Source checks on the discussion knot that need its place in the file: a
 * `#discuss:` outside the knot (it would never be collected, and may be
 * played), a divert, tunnel or thread into the knot (it is never played),
 * and a choice inside it.
 */
export function lintDiscussionSource(source: string, items: readonly SourceItem[]): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const item of items) {
    const inKnot = item.knot === DISCUSSION_KNOT;
    if (item.kind === 'choice' && inKnot) problems.push({ line: item.line, message: `the ${DISCUSSION_KNOT} knot must not offer choices` });
    if (item.kind === 'text' && !inKnot && item.tags.some((t) => /^discuss\s*:/.test(t)))
      problems.push({ line: item.line, message: `#discuss belongs on the lines of the ${DISCUSSION_KNOT} knot, which the story never plays` });
  }
  const divert = new RegExp(`(?:->|<-)\\s*${DISCUSSION_KNOT}\\b`);
  source.split(/\r?\n/).forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '');
    if (divert.test(code))
      problems.push({ line: i + 1, message: `nothing may divert to the ${DISCUSSION_KNOT} knot: its questions are for a group session, never played` });
  });
  return problems;
}
