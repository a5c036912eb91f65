/**
 * Which evidence the trainee can open now: every piece shown (`#evidence:`)
 * since the last change of scene, in the order it appeared. Pure, so the
 * play screen and the stage agree (docs/authoring.md, "Evidence").
 */
import type { LineTags } from './tags.ts';

/** Evidence ids in view after these lines (a transcript, oldest first). */
export function evidenceInView(lines: readonly { tags: Pick<LineTags, 'scene' | 'evidence'> }[]): string[] {
  let inView: string[] = [];
  for (const { tags } of lines) {
    if (tags.scene) inView = [];
    for (const e of tags.evidence) if (!inView.includes(e)) inView.push(e);
  }
  return inView;
}
