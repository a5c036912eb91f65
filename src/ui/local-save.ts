/**
 * The local save: the first `ResultsReporter`. After every change of the
 * log it writes the run to device storage. If the device is full, it keeps
 * the longest start of the log that fits, marked with how many decisions it
 * lacks (so a reload says so, never presenting an old save as current), and
 * this tab's own storage keeps the whole run, so a reload here loses nothing.
 */
import { choicesOf } from '../core/decision-log.ts';
import type { ResultsReporter, RunProgress } from '../core/results-reporter.ts';
import { makeSave, readSave, serialiseSave } from '../core/save.ts';
import type { KeyValueStore } from './storage.ts';
import { pendingKey, saveKey } from './storage-keys.ts';

/** The last failed save: how many decisions the device did not keep (0: only notes). */
export interface SaveFailure {
  scenario: string;
  decisions: number;
}

export class LocalSave implements ResultsReporter {
  /** The last save text the device accepted for the current run. */
  private lastKept?: string;
  /** Set while the device refuses the whole run. */
  failure?: SaveFailure;
  /** A scenario whose save another tab or window has written: not written from here until the trainee says so. */
  private held?: string;

  /**
   * @param onResult called after every attempt: `recovered` is true when a save works again after failing
   */
  constructor(
    private readonly store: KeyValueStore,
    private readonly tabStore: KeyValueStore | undefined,
    private readonly onResult: (failure: SaveFailure | undefined, recovered: boolean) => void,
  ) {}

  /** A run of `scenario` becomes the current one: what the device holds for it is the last kept save. */
  begin(scenario: string): void {
    this.lastKept = this.store.get(saveKey(scenario)) ?? undefined;
  }

  /**
   * Whether `text`, which the device now holds for `scenario` (another tab or window wrote it), differs from what
   * this tab last kept there. If it does, this tab stops writing that save until `release`: neither run is replaced
   * without the trainee choosing.
   */
  holdIfChanged(scenario: string, text: string | null): boolean {
    if ((text ?? undefined) === this.lastKept) return false;
    this.held = scenario;
    return true;
  }

  /** Write again (the trainee chose this tab's run, or to load the other). */
  release(): void {
    this.held = undefined;
  }

  /** Save after every change; every change tries the full save again. */
  progress(p: RunProgress): void {
    const { store } = this;
    if (!store.persistent) return; // no storage at all: the standing notice says so
    if (p.scenario === this.held) return; // another tab's run is there: the trainee is being asked
    const key = saveKey(p.scenario);
    const full = serialiseSave(p.save);
    // Try the whole save; then again without the old one, whose space it will reuse.
    const kept = store.set(key, full) || (store.remove(key), store.set(key, full));
    let unsavedDecisions = 0;
    if (kept) {
      this.lastKept = full;
      this.tabStore?.remove(pendingKey(p.scenario));
    } else {
      // The whole run stays in this tab, so a reload here loses nothing.
      this.tabStore?.set(pendingKey(p.scenario), full);
      unsavedDecisions = this.keepWhatFits(p);
    }
    const failedBefore = !!this.failure;
    this.failure = kept ? undefined : { scenario: p.scenario, decisions: unsavedDecisions };
    this.onResult(this.failure, failedBefore && kept);
  }

  /** The result is in the last progress's save (its outcome): nothing more to keep. */
  finished(): void {}

  /**
   * On a full device: the longest start of the log that fits, marked with what
   * it lacks (binary search on its length). Returns the decisions not kept.
   */
  private keepWhatFits(p: RunProgress): number {
    const { store } = this;
    const key = saveKey(p.scenario);
    const log = p.log;
    const text = (n: number) =>
      serialiseSave(makeSave(p.scenario, p.storyHash, log.slice(0, n), new Date(), choicesOf(log).length - choicesOf(log.slice(0, n)).length));
    let lo = -1;
    let hi = log.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi + 1) / 2);
      if (store.set(key, text(mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo >= 0 && store.set(key, text(lo))) {
      this.lastKept = text(lo);
      return choicesOf(log).length - choicesOf(log.slice(0, lo)).length;
    }
    // Not even a marked save fits: put the last accepted save back rather than leave nothing.
    // The trainee is told now, and this tab keeps the whole run.
    if (this.lastKept) store.set(key, this.lastKept);
    else store.remove(key);
    const keptLog = this.lastKept ? readSave(this.lastKept, p.scenario) : undefined;
    return choicesOf(log).length - (keptLog?.ok ? choicesOf(keptLog.log).length : 0);
  }
}
