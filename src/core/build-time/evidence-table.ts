/**
 * Reads the evidence of a compiled story: the lines of its `evidence` knot
 * (never played; docs/authoring.md, "Evidence"), grouped by their
 * `#evidence-text:` id, the first line of each being its title with its
 * `#kind:`. Build and test time only.
 */
import type { Story } from 'inkjs';
import { continueToDecision, type ReadLine } from '../story-runner.ts';
import type { EvidenceInfo, EvidenceLine } from '../manifest.ts';

/** The name of the knot that holds the text of every piece of evidence. */
export const EVIDENCE_KNOT = 'evidence';

/** Tags that make no sense on a document's text (it is read, not played). */
const NOT_IN_EVIDENCE = ['speaker', 'mood', 'scene', 'ambient', 'sfx', 'ending', 'epilogue', 'enter', 'leave', 'phone', 'evidence'] as const;

/** True if the compiled story has a top-level knot with this name. */
function hasKnot(story: Story, name: string): boolean {
  return story.mainContentContainer.namedContent.has(name);
}

/** Check one line of the evidence knot and add it to the table (errors name the line id). */
function addLine(table: Record<string, EvidenceInfo>, { text, tags: parsed }: ReadLine, errors: string[]): void {
  const tags = parsed.value;
  const id = tags.id;
  if (!id) {
    errors.push(`a line of the evidence knot has no id: "${text}"`);
    return;
  }
  parsed.errors.forEach((e) => errors.push(`line ${id}: ${e}`));
  for (const name of NOT_IN_EVIDENCE) {
    const v = tags[name];
    if (Array.isArray(v) ? v.length > 0 : v) errors.push(`line ${id}: #${name} does not belong on the text of a piece of evidence`);
  }
  const of = tags.evidenceText;
  if (!of) {
    errors.push(`line ${id}: every line of the evidence knot needs #evidence-text:<evidence id>`);
    return;
  }
  const line: EvidenceLine = { id, text, indicators: tags.indicators };
  const known = table[of];
  if (!known) {
    if (!tags.kind) errors.push(`line ${id}: the first line of the evidence "${of}" is its title and needs #kind:`);
    table[of] = { id: of, kind: tags.kind ?? 'letter', title: line, lines: [] };
    return;
  }
  if (tags.kind) errors.push(`line ${id}: #kind goes on the first line of the evidence "${of}" only`);
  known.lines.push(line);
}

/**
 * Read every piece of evidence of a story. Uses `story` (it is moved to the
 * evidence knot): pass a Story built for this purpose.
 */
export function readEvidence(story: Story): { evidence: Record<string, EvidenceInfo>; errors: string[] } {
  const evidence: Record<string, EvidenceInfo> = {};
  const errors: string[] = [];
  if (!hasKnot(story, EVIDENCE_KNOT)) return { evidence, errors };
  story.ChoosePathString(EVIDENCE_KNOT);
  const { lines, choices } = continueToDecision(story);
  if (choices.length > 0) errors.push(`the ${EVIDENCE_KNOT} knot must not offer choices`);
  let previous: string | undefined;
  for (const line of lines) {
    const of = line.tags.value.evidenceText;
    if (of && of !== previous && evidence[of]) errors.push(`line ${line.tags.value.id ?? '?'}: the lines of the evidence "${of}" must be together`);
    addLine(evidence, line, errors);
    previous = of;
  }
  return { evidence, errors };
}
