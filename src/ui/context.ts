/** What every screen gets from the app: translations, preferences, storage, the event bus and navigation. */
import type { i18n as I18n, TFunction } from 'i18next';
import type { AppBus } from '../app-events.ts';
import type { Language } from '../core/i18n.ts';
import type { Preferences } from './preferences.ts';
import type { SaveRepository } from './save-repository.ts';
import type { SetAside } from './set-aside.ts';
import type { KeyValueStore } from './storage.ts';

export interface Navigation {
  title(): void;
  select(): void;
  /** Open a scenario: resume its save if there is one, else show its content note. */
  open(scenario: string): void;
  /** Start a scenario again from the beginning (its finished run is cleared). */
  playAgain(scenario: string): void;
  /** Change the language everywhere, at any time. */
  setLanguage(lang: Language): Promise<void>;
  /** Save and apply preferences. */
  updatePrefs(patch: Partial<Preferences>): void;
  /** The class report (for instructors). */
  classReport(): void;
  /** Lead a group: a facilitated session for a room (src/ui/group/group-run.ts). */
  leadGroup(opts?: { resume?: boolean }): void;
  /** Carry on a run from a file the trainee downloaded ("Download this run", freeing space): checked, then resumed. */
  openRunFile(fileName: string, text: string): void;
}

export interface AppContext {
  i18n: I18n;
  t: TFunction;
  prefs: Preferences;
  store: KeyValueStore;
  /** The saves on this device, read and checked in one place. */
  saves: SaveRepository;
  /** Unreadable stored values, kept for download. */
  setAside: SetAside;
  bus: AppBus;
  nav: Navigation;
  /** The learner's name from an LMS launch, for this page only (see `AppDeps.learnerName`); it names the trainee over `prefs.name`. */
  learnerName?: string;
}
