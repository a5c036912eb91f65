/**
 * The saves on this device, read in one place: the title screen (resume, last
 * result), the list (in progress, completed) and the app (open, play again)
 * all ask here, so a save is parsed and validated the same way everywhere.
 * Writing a run as it is played is the local save's job (src/ui/local-save.ts).
 */
import { choicesOf } from '../core/decision-log.ts';
import { readSave, type DecodedSave, type SaveData } from '../core/save.ts';
import type { KeyValueStore } from './storage.ts';
import { pendingKey, saveKey } from './storage-keys.ts';

/** What a list shows of a scenario's save. */
export interface SaveSummary {
  scenario: string;
  savedAt: string;
  /** Set once the run is over. */
  outcome?: SaveData['outcome'];
  /** Started (at least one action) and not over. */
  inProgress: boolean;
}

export class SaveRepository {
  /**
   * @param store device storage
   * @param tabStore this tab's storage: the whole run while the device is full
   */
  constructor(
    private readonly store: KeyValueStore,
    private readonly tabStore?: KeyValueStore,
  ) {}

  /** The device's save of `scenario`, read and checked (a save in another scenario's slot is refused). */
  read(scenario: string): DecodedSave {
    return readSave(this.store.get(saveKey(scenario)), scenario);
  }

  /**
   * The text to resume `scenario` from: this tab's copy if it is further on
   * than the device's save (the device was full), else the device's; null if none.
   */
  resumeText(scenario: string): { text: string; fromTab: boolean } | null {
    const pending = this.tabStore?.get(pendingKey(scenario)) ?? null;
    if (pending !== null) {
      const tab = readSave(pending, scenario);
      const decisions = (d: DecodedSave) => (d.ok ? choicesOf(d.log).length : -1);
      if (tab.ok && decisions(tab) > decisions(this.read(scenario))) return { text: pending, fromTab: true };
    }
    const text = this.store.get(saveKey(scenario));
    return text === null ? null : { text, fromTab: false };
  }

  /**
   * A readable save with something in it, as a list shows it; undefined otherwise. Read from where a resume would
   * read it: with the device full from the start of a run, only this tab has it, and the list and the title must
   * still offer to continue it (they showed "Start").
   */
  summary(scenario: string): SaveSummary | undefined {
    const saved = readSave(this.resumeText(scenario)?.text, scenario);
    if (!saved.ok || saved.log.length === 0) return undefined;
    const outcome = saved.save.outcome;
    return { scenario, savedAt: saved.save.savedAt, outcome, inProgress: !outcome };
  }

  /** The most recently saved of `scenarios`, if any has a save. */
  mostRecent(scenarios: readonly string[]): SaveSummary | undefined {
    let best: SaveSummary | undefined;
    for (const id of scenarios) {
      const s = this.summary(id);
      if (s && (!best || s.savedAt > best.savedAt)) best = s;
    }
    return best;
  }

  /**
   * Put a run's save text in `scenario`'s slot (a run opened from a file). With the device full it is kept in this
   * tab instead, as a run the device had no room for, so a reload here still finds it. False if the device refused it.
   */
  put(scenario: string, text: string): boolean {
    if (this.store.set(saveKey(scenario), text)) return true;
    this.tabStore?.set(pendingKey(scenario), text);
    return false;
  }

  /** Remove the device's save of `scenario` (this tab's copy stays). */
  remove(scenario: string): void {
    this.store.remove(saveKey(scenario));
  }
}
