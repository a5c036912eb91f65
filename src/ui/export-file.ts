/**
 * The JSON export ("Export" on the debrief): a `ResultsReporter` that keeps
 * the finished run it was sent and writes it, in the versioned format of
 * src/core/export-format.ts, when the trainee asks for the file.
 */
import { serialiseExport, toExport } from '../core/export-format.ts';
import type { ResultsReporter, RunRecord } from '../core/results-reporter.ts';
import { download } from './set-aside.ts';

export class ExportFile implements ResultsReporter {
  private record?: RunRecord;

  /** Progress is not exported: only a finished run is. */
  progress(): void {}

  finished(record: RunRecord): void {
    this.record = record;
  }

  /** True once there is a finished run to export. */
  get ready(): boolean {
    return !!this.record;
  }

  /** Offer the finished run as `<scenario>-debrief.json`; the trainee's name and language as they are now. */
  download(meta: { trainee: string; language: string }): void {
    if (!this.record) throw new Error('no finished run to export');
    download(`${this.record.scenario}-debrief.json`, serialiseExport(toExport(this.record, meta)));
  }
}
