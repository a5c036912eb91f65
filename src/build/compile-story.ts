/**
 * Build-time story compilation (Node only): compile an `.ink` source with
 * inkjs's compiler, lint it against the authoring format, build its merged
 * decision graph and manifest (cached: analysis-cache.ts). Any problem throws a `StoryBuildError` whose message
 * names the file and line, so `vite build` and the tests stop with it.
 */
import { Compiler } from 'inkjs/full';
import { formatProblem, lintStory, type LintProblem } from '../core/build-time/story-lint.ts';
import type { StoryGraph } from '../core/build-time/story-graph.ts';
import { cachedAnalysis } from './analysis-cache.ts';
import type { ScenarioManifest } from '../core/manifest.ts';
import { SEED_DOCUMENTS, isSeedDocument } from '../core/sources.ts';
import { checkAssessment, choiceInfoOf, storyReport } from '../core/build-time/story-report.ts';

/** A story that does not build; `problems` lists each with file and line. */
export class StoryBuildError extends Error {
  constructor(readonly problems: LintProblem[]) {
    super(`Story build failed:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'StoryBuildError';
  }
}

export interface CompiledStory {
  /** Compiled ink JSON, for the inkjs runtime. */
  json: string;
  manifest: ScenarioManifest;
  /** The merged decision graph the manifest was computed over (tests walk its edges). */
  graph: StoryGraph;
}

/** The scenario id a story file must declare: its base name. */
export function scenarioIdOf(file: string): string {
  // The text after the last separator (all of it when there is none).
  return file
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.ink$/, '');
}

export interface CompileOptions {
  /**
   * Check the assessment targets (src/core/build-time/story-report.ts) in every
   * language given: language -> the story's texts by id (undefined for
   * English, whose text is the story's own).
   */
  assessment?: Record<string, Record<string, string> | undefined>;
}

/**
 * Compile, lint and analyse one story.
 * @param file the path to report in messages (relative to the repo is best)
 * @param source the `.ink` text
 * @param seedFiles if given, the names of the seed documents `# source:` may cite
 * @param options e.g. the languages whose assessment targets to check
 */
export function compileStory(file: string, source: string, seedFiles?: readonly string[], options: CompileOptions = {}): CompiledStory {
  const problems: LintProblem[] = [];
  const compiler = new Compiler(source);
  let json: string | undefined;
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? undefined;
  } catch {
    // The compiler reports its errors in `errors`; handled below.
  }
  for (const message of compiler.errors) {
    const m = /line (\d+):\s*(.*)$/.exec(message);
    problems.push({ file, line: m ? Number(m[1]) : 1, message: m?.[2] ?? message });
  }
  const lint = lintStory(file, source, scenarioIdOf(file));
  problems.push(...lint.problems);
  if (seedFiles) {
    const line = lint.items.find((i) => i.kind === 'global' && i.tags.some((t) => t.startsWith('source')))?.line ?? 1;
    for (const s of lint.meta.sources) {
      if (!seedFiles.includes(s.file)) problems.push({ file, line, message: `source "${s.file}" is not one of the seed documents` });
      else if (isSeedDocument(s.file) && s.to > SEED_DOCUMENTS[s.file].lines) {
        problems.push({
          file,
          line,
          message: `source "${s.file}:${s.from}-${s.to}" goes past the end of the document (${SEED_DOCUMENTS[s.file].lines} lines)`,
        });
      }
    }
  }
  if (problems.length > 0 || !json) throw new StoryBuildError(problems.length ? problems : [{ file, line: 1, message: 'compilation failed' }]);
  // A const, so the closures below see it as a string.
  const compiled: string = json;

  const { manifest, errors, graph } = cachedAnalysis(compiled);
  if (errors.length > 0) {
    // Runtime problems name an id; point at the line that declares it.
    throw new StoryBuildError(
      errors.map((message) => {
        const id = /(?:line|choice) ([a-z0-9-]+)/.exec(message)?.[1];
        return { file, line: (id && lint.ids.get(id)) || 1, message };
      }),
    );
  }
  if (options.assessment) {
    // A signposted answer (longest = best, no partial credit) fails the build like any other error.
    const scenarioLine = lint.items.find((i) => i.kind === 'global')?.line ?? 1;
    const assessment = Object.entries(options.assessment).flatMap(([lang, texts]) =>
      checkAssessment(storyReport(compiled, manifest, lang, (id) => texts?.[id] ?? choiceInfoOf(manifest, id).text, graph)).map((p) => ({
        file,
        line: (p.choiceIds[0] && lint.ids.get(p.choiceIds[0])) || scenarioLine,
        message: `assessment: ${p.message} (npm run story-report shows the figures)`,
      })),
    );
    if (assessment.length > 0) throw new StoryBuildError(assessment);
  }
  return { json: compiled, manifest, graph };
}
