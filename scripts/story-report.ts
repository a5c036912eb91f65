/**
 * npm run story-report [-- <scenario-id> ...]
 * For every story and every language: what naive strategies would score,
 * how the best options differ in length, how many decisions give partial
 * credit, and which assessment targets are missed (docs/authoring.md,
 * "Assessment rules"). Exits with 1 if any target is missed.
 */
import { readStoryTexts, storyLanguages } from '../src/build/story-texts.ts';
import { checkAssessment, formatReport, storyReport } from '../src/core/build-time/story-report.ts';
import { compileReal, storyIds } from '../tests/helpers.ts';

const wanted = process.argv.slice(2);
let missed = 0;
for (const id of wanted.length ? wanted : storyIds()) {
  const { json, manifest, graph } = compileReal(id, { assessment: false });
  console.log(
    `${id}: ${manifest.stats.paths} paths (${manifest.stats.nodes} states, ${manifest.stats.edges} edges in its graph); reference path ${manifest.max.total} points (identification ${manifest.max.identification}, protection ${manifest.max.protection}, procedure ${manifest.max.procedure}), ${manifest.stats.referenceIndicators.length} observable indicators on it`,
  );
  for (const lang of storyLanguages()) {
    const texts = readStoryTexts(lang, id);
    const report = storyReport(json, manifest, lang, (choiceId) => texts?.[choiceId] ?? manifest.choices[choiceId]!.text, graph);
    console.log(formatReport(report));
    missed += checkAssessment(report).length;
  }
  console.log('');
}
process.exitCode = missed > 0 ? 1 : 0;
