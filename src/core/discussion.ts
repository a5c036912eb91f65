/**
 * Discussion questions for a group session, authored in the story: each is a
 * line of the never-played `=== discussion ===` knot with `#discuss:<choice id>`
 * (the decision that offers that option) or `#discuss:end` (after the ending),
 * and an `#id:` like every line, so it is translated like every line.
 * The build collects them into `manifest.discussion`, keyed by the tag's value.
 */
import type { ScenarioManifest } from './manifest.ts';

/** One question, with its line id (for the translation) and English text. */
export interface DiscussionQuestion {
  id: string;
  text: string;
}

/** The key of the questions asked after the scenario's ending. */
export const DISCUSSION_END = 'end';

/**
 * The questions for the decision offering `choiceIds` (the ids on screen): the
 * author names any one option of a decision, which may not be offered on every
 * path, so each offered option's siblings are looked up too. In authored order, once each.
 */
export function questionsAt(manifest: Pick<ScenarioManifest, 'discussion' | 'choices'>, choiceIds: readonly string[]): DiscussionQuestion[] {
  const byKey = manifest.discussion ?? {};
  const keys = new Set<string>();
  for (const id of choiceIds) {
    keys.add(id);
    for (const s of manifest.choices[id]?.siblings ?? []) keys.add(s);
  }
  const seen = new Set<string>();
  const out: DiscussionQuestion[] = [];
  for (const key of keys)
    for (const q of byKey[key] ?? [])
      if (!seen.has(q.id)) {
        seen.add(q.id);
        out.push(q);
      }
  return out;
}

/** The questions for after the ending. */
export function questionsAtEnd(manifest: Pick<ScenarioManifest, 'discussion'>): DiscussionQuestion[] {
  return manifest.discussion?.[DISCUSSION_END] ?? [];
}
