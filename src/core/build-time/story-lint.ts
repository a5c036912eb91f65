/**
 * The story linter: enforces the authoring format (docs/authoring.md) on an
 * ink source and reports every problem as `file:line: message`.
 */
import { scanInkSource, type SourceItem } from './ink-source.ts';
import { untrackedReadsInSource } from './visit-lint.ts';
import { lintDiscussionSource } from './discussion-table.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags, type ScenarioMeta } from '../tags.ts';

/** One problem in a story source. */
export interface LintProblem {
  file: string;
  line: number;
  message: string;
}

/** Format a problem the way editors and terminals link it. */
export function formatProblem(p: LintProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** What the linter learned besides the problems. */
export interface LintResult {
  problems: LintProblem[];
  meta: ScenarioMeta;
  /** Every id in the source with the line it is on. */
  ids: Map<string, number>;
  items: SourceItem[];
}

/**
 * Lint one ink source.
 * @param file the name to report (e.g. `stories/departure-gate.ink`)
 * @param source the file's text
 * @param expectedScenario if given, `# scenario:` must equal it (the file name)
 */
export function lintStory(file: string, source: string, expectedScenario?: string): LintResult {
  const problems: LintProblem[] = [];
  const ids = new Map<string, number>();
  const items = scanInkSource(source);
  const add = (line: number, message: string) => problems.push({ file, line, message });

  const globals = items.filter((i) => i.kind === 'global');
  const globalTags = globals.flatMap((g) => g.tags);
  const meta = parseGlobalTags(globalTags);
  const firstLine = globals[0]?.line ?? 1;
  for (const e of meta.errors) {
    const tag = /"# ?([\w-]+)/.exec(e)?.[1];
    const at = globals.find((g) => tag !== undefined && g.tags.some((t) => t.startsWith(tag)))?.line ?? firstLine;
    add(at, e);
  }
  if (expectedScenario && meta.value.scenario && meta.value.scenario !== expectedScenario) {
    add(firstLine, `"# scenario: ${meta.value.scenario}" must match the file name "${expectedScenario}"`);
  }

  for (const item of items) {
    if (item.kind === 'global') continue;
    for (const p of item.problems) add(item.line, p);
    const parsed = item.kind === 'text' ? parseLineTags(item.tags) : parseChoiceTags(item.tags);
    for (const e of parsed.errors) add(item.line, e);
    const what = item.kind === 'text' ? 'line' : 'choice';
    if (!item.id) {
      add(item.line, `${what} has no #id (run "npm run ids" to add missing ids)`);
      continue;
    }
    const seen = ids.get(item.id);
    if (seen !== undefined) add(item.line, `id "${item.id}" is already used on line ${seen}`);
    else ids.set(item.id, item.line);
  }
  for (const r of untrackedReadsInSource(source)) add(r.line, r.message);
  for (const d of lintDiscussionSource(source, items)) add(d.line, d.message);
  return { problems, meta: meta.value, ids, items };
}
