/**
 * The class report's words, shared by the screen (src/ui/screens/class-report.ts)
 * and the command line's HTML (scripts/class-report-html.ts), so both say the same.
 */
import type { TFunction } from 'i18next';
import type { FileProblem, TraineeRow } from './class-report.ts';

/** A file that was not counted, in a sentence naming it. */
export function problemText(t: TFunction, p: FileProblem): string {
  return t(`report.problem.${p.kind}`, { file: p.fileName, detail: p.detail });
}

/** How a trainee's figures were obtained. */
export function scoredText(t: TFunction, row: TraineeRow): string {
  return t(`report.scored.${row.scoredBy}`, { number: row.replayStoppedAt });
}

/** A percentage band's label ("90–100%"). */
export function bandLabel(t: TFunction, i: number): string {
  return t('report.band', { from: i * 10, to: i === 9 ? 100 : i * 10 + 9 });
}
