/**
 * The app: the current scenario run and the way between screens. It opens
 * a scenario (resuming its save, or showing its content note first), starts
 * and restores sessions, and connects each run to its results reporters (the
 * local save, the export). Drawing screens is the router's job
 * (src/ui/router.ts) and each screen's module's; notices live in
 * src/ui/notices.ts, save dialogs in src/ui/save-dialogs.ts, reading saves
 * in src/ui/save-repository.ts. Renderers (Phaser, audio) follow the bus.
 *
 * Longer than 300 lines on purpose: opening, resuming, beginning and
 * attaching a run share its state (the current run, the session prepared
 * while the content note is read, the local save), and each step hands over
 * to the next; spread over modules, that one lifecycle would be harder to follow.
 */
import type { i18n as I18n } from 'i18next';
import type { AppBus } from '../app-events.ts';
import { loadStoryTranslations, quickT, useLanguage, type Language, type ResourceSource } from '../core/i18n.ts';
import * as act from '../core/actions.ts';
import { loadInkEngine } from '../core/ink-engine.ts';
import { connectReporters, progressOf, type ResultsReporter } from '../core/results-reporter.ts';
import { readSave, serialiseSave } from '../core/save.ts';
import { Session } from '../core/session.ts';
import { findScenario, loadScenario, type StoryData } from '../scenario-catalog.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';
import type { Handover, QueuedInput } from '../first-screen/handover.ts';
import { ExportFile } from './export-file.ts';
import { LocalSave } from './local-save.ts';
import { Notices } from './notices.ts';
import { savePreferences, type Preferences } from './preferences.ts';
import { Router, type Screen } from './router.ts';
import { loadGroupRecord } from './group/group-store.ts';
import { showFreeSpace, showOtherTab, showPartialRestore, showReplaceRun, showUnreadableRunFile, showUnreadableSave } from './save-dialogs.ts';
import { SaveRepository } from './save-repository.ts';
import type { renderClassReport } from './screens/class-report.ts';
import type * as GroupRunModule from './group/group-run.ts';
import { renderContentNote } from './screens/content-note.ts';
import { renderDebrief } from './screens/debrief.ts';
import { renderPlay, warmUpPlay, type PlayScreen } from './screens/play.ts';
import { renderSelect } from './screens/select.ts';
import { renderTitle } from './screens/title.ts';
import { download, type SetAside } from './set-aside.ts';
import { openSettings } from './settings.ts';
import type { KeyValueStore } from './storage.ts';
import { hiddenStepKey, saveKey, STORAGE_PREFIX } from './storage-keys.ts';

/** What the app is built from (src/main.ts makes them). */
export interface AppDeps {
  /** Destinations of every run's progress and result besides the device's save and the export (an LMS). */
  reporters?: readonly ResultsReporter[];
  store: KeyValueStore;
  prefs: Preferences;
  i18n: I18n;
  bus: AppBus;
  setAside: SetAside;
  /**
   * This tab's own storage (sessionStorage): while the device is full, the
   * whole run is kept here too, so a reload in the same tab loses nothing.
   */
  tabStore?: KeyValueStore;
  /** Where translations come from (fetched, and fetched again after a failure). */
  resources: ResourceSource;
  /**
   * The learner's name from an LMS launch (SCORM's student_name): the trainee named on the debrief and in the export,
   * for this page only. Never saved with the preferences: a classroom PC is shared, and the next learner is someone else.
   */
  learnerName?: string;
  /**
   * A direct link's first screen, drawn before this code loaded (src/first-screen/start.ts): the app takes it over
   * (`boot`) instead of drawing its own first screen.
   */
  handover?: Handover;
}

/** The current run: its session, the export fed from it, and how to stop feeding its reporters. */
interface Run {
  scenario: string;
  session: Session;
  exportFile: ExportFile;
  disconnect: () => void;
}

/**
 * How long the content note is up before the play screen is warmed up behind it (see `showContentNote`):
 * longer than a press made at once, far shorter than reading the note.
 */
const WARM_UP_AFTER_MS = 300;

export class App {
  readonly ctx: AppContext;
  private readonly notices: Notices;
  private readonly router: Router;
  /** The local save: the reporter that keeps the current run on the device. */
  private readonly localSave: LocalSave;
  private readonly resources: ResourceSource;
  private readonly reporters: readonly ResultsReporter[];
  private run?: Run;
  /** Switches to a new version of the game, once one is waiting (see offerUpdate). */
  private pendingUpdate?: () => void;
  /** A fresh session built while the content note is read. */
  private prepared?: { scenario: string; session: Session };
  /** Put the app's frame (notices, settings bar, screen) in the page. */
  private readonly frame: () => void;

  constructor(root: HTMLElement, deps: AppDeps) {
    this.resources = deps.resources;
    this.reporters = deps.reporters ?? [];
    this.ctx = {
      ...deps,
      saves: new SaveRepository(deps.store, deps.tabStore),
      t: quickT(deps.i18n),
      nav: {
        title: () => this.showTitle(),
        select: () => this.showSelect(),
        open: (id) => void this.open(id),
        playAgain: (id) => this.playAgain(id),
        setLanguage: (lang) => this.setLanguage(lang),
        updatePrefs: (patch) => this.updatePrefs(patch),
        classReport: () => void this.showClassReport(),
        leadGroup: (opts) => void this.showGroup(opts),
        openRunFile: (fileName, text) => this.openRunFile(fileName, text),
      },
    };
    this.notices = new Notices(this.ctx.t, () => this.standingNotices());
    // Settings are reachable from every screen (the play screen has its own toolbar button).
    const header = h('div', { class: 'app-header' }, h('button', { class: 'tool', id: 'app-settings', onclick: () => openSettings(this.ctx) }));
    this.router = new Router(this.ctx, header, this.notices);
    this.localSave = new LocalSave(deps.store, deps.tabStore, (failure, recovered) => {
      if (failure) this.showSaveFailure();
      else if (recovered) {
        this.notices.remove('save-failed');
        this.notices.show('save-failed', this.ctx.t('save.savedAgain'));
      }
    });
    this.frame = () => root.replaceChildren(this.notices.element, header, this.router.element);
    // A first screen is on show (see boot): it stays until this app's own is ready to replace it in one go.
    if (!deps.handover) this.frame();
    this.applyPrefs();
    addEventListener('storage', (e) => this.onOtherTab(e));
  }

  /**
   * Another tab or window of the game wrote the current run's save (the same scenario played there). Without this,
   * the tab that saved last silently replaced the other's decisions, even a finished result. This tab stops saving
   * that run and asks which one to keep.
   */
  private onOtherTab(e: StorageEvent): void {
    const run = this.run;
    if (!run || e.key !== `${STORAGE_PREFIX}${saveKey(run.scenario)}`) return;
    if (!this.localSave.holdIfChanged(run.scenario, e.newValue)) return;
    const id = run.scenario;
    showOtherTab(this.ctx, this.ctx.t(`scenario.${id}.title`), {
      onLoadLatest: () => {
        this.localSave.release();
        this.detach();
        void this.open(id);
      },
      onKeepHere: () => {
        this.localSave.release();
        if (this.run?.scenario === id) this.persist();
      },
    });
  }

  /** Show the first screen: a direct link, the screen before a reload, or the title. */
  async boot(url: URL, handover?: Handover): Promise<void> {
    this.notices.render();
    if (handover) return this.takeOver(handover);
    const direct = url.searchParams.get('scenario');
    if (direct) return this.open(direct);
    const last = this.router.lastScreen();
    if ((last?.name === 'play' || last?.name === 'debrief') && last.scenario && findScenario(last.scenario)) return this.open(last.scenario);
    if (last?.name === 'select') return this.showSelect();
    this.showTitle();
  }

  /**
   * Take over a direct link's first screen (src/first-screen/start.ts): draw the same screen in its place in one
   * task - the content note, or the first step of the run begun there (its seed, its page), or where the trainee
   * left it for - then put focus and the scroll back where they were and carry out what was pressed meanwhile. A
   * note is taken over at once; a run needs its story first (the first screen stays, and works, until then).
   */
  private async takeOver(handover: Handover): Promise<void> {
    const id = handover.scenario;
    if (!handover.run) {
      // Nothing begun: the note (as `open` shows it, with no story yet), or the list asked for from it.
      if (handover.screen === 'content-note' || handover.leave === 'list')
        return this.replaceFirstScreen(handover, () => (handover.leave === 'list' ? this.showSelect() : this.showContentNote(id)));
    }
    const data = await this.loadStory(id, {}, () => {
      handover.release();
      this.frame();
    });
    if (!data) return;
    const run = handover.run;
    if (!run) {
      // "Begin" was pressed and its step was still on the way: the note again, and "Begin" pressed on it.
      handover.queued.unshift({ kind: 'click', id: 'content-begin' });
      return this.replaceFirstScreen(handover, () => this.showContentNote(id));
    }
    this.replaceFirstScreen(handover, () => {
      const session = new Session(data.json, data.manifest, run.seed);
      session.startedAt = run.startedAt;
      const setting = findScenario(id)?.meta.setting;
      if (setting) this.ctx.bus.emit('screen', { name: 'play', setting });
      this.attach(id, session);
      this.persist();
      // Left from the first screen's own "Leave scene" dialog: done here as the play screen does it.
      if (handover.leave === 'debrief') {
        session.dispatch(act.leave());
        return this.showDebrief();
      }
      if (handover.leave === 'list') return this.showSelect();
      // The step's text hidden, as the play screen keeps it: this run's start, no decision made yet.
      if (handover.leave === 'hide') this.ctx.store.set(hiddenStepKey(id), `${session.startedAt}#0`);
      this.showRun(handover.firstLine);
    });
  }

  /** Put the app's frame and `draw`n screen in place of the first screen; focus, scroll and input carried over. */
  private replaceFirstScreen(handover: Handover, draw: () => void): void {
    const focus = focusOf(document.activeElement);
    const { scrollX, scrollY } = window;
    handover.release();
    this.frame();
    draw();
    refocus(focus);
    window.scrollTo(scrollX, scrollY);
    for (const input of handover.queued) replayInput(input);
  }

  /** A notice whose text is a translation key (no WebGL, a language that failed at start), kept across language changes. */
  addNoticeKey(key: string, params?: Record<string, string>): void {
    this.notices.showKey(key, params);
  }

  /**
   * A new version of the game is ready (the service worker has it): say so,
   * but not on the play screen (the next screen says it), and switch only when asked.
   */
  offerUpdate(apply: () => void): void {
    this.pendingUpdate = apply;
    this.showPendingUpdate();
  }

  private showPendingUpdate(): void {
    const apply = this.pendingUpdate;
    if (!apply || this.router.current?.name === 'play') return;
    const { t } = this.ctx;
    this.notices.show('update', t('app.updateReady'), [{ id: 'update-now', label: t('app.updateNow'), action: apply }]);
  }

  /** The notices that stand until their cause goes: no storage, a failed save, values set aside. */
  private standingNotices(): void {
    const { t, setAside, store } = this.ctx;
    if (!store.persistent) this.notices.show('storage', t('save.noStorage'));
    if (this.localSave.failure) this.showSaveFailure();
    if (setAside.items.length) {
      this.notices.show('set-aside', t('storage.setAside', { count: setAside.items.length }), [
        { id: 'set-aside-download', label: t('storage.setAsideDownload'), action: () => download('safe-passage-set-aside.json', setAside.toJson()) },
      ]);
    }
  }

  showTitle(): void {
    this.router.show({ name: 'title', render: () => renderTitle(this.ctx) });
    this.showPendingUpdate();
  }

  showSelect(): void {
    this.router.show({ name: 'select', render: () => renderSelect(this.ctx) });
    this.showPendingUpdate();
  }

  /** The class report: its screen (and its charts) are downloaded only when it is opened. */
  async showClassReport(): Promise<void> {
    let screen: { renderClassReport: typeof renderClassReport };
    try {
      screen = await import('./screens/class-report.ts');
    } catch (e) {
      this.notices.show('load', this.ctx.t('error.load', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.showClassReport() },
      ]);
      return;
    }
    let dispose: (() => void) | undefined;
    this.router.show({
      name: 'class-report',
      render: () => {
        dispose?.();
        const drawn = screen.renderClassReport(this.ctx, { resources: this.resources, onBack: () => this.showTitle() });
        dispose = drawn.dispose;
        return drawn.element;
      },
      dispose: () => dispose?.(),
    });
  }

  /** Lead a group: its screens are downloaded only when opened; the session is kept apart from the single-player saves. */
  async showGroup(opts: { resume?: boolean } = {}): Promise<void> {
    let run: typeof GroupRunModule;
    try {
      run = await import('./group/group-run.ts');
    } catch (e) {
      this.notices.show('load', this.ctx.t('error.load', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.showGroup() },
      ]);
      return;
    }
    const deps = {
      ctx: this.ctx,
      resources: this.resources,
      show: (screen: Screen) => this.router.show(screen),
      notify: (message: string) => this.notices.show('group', message),
      title: () => this.showTitle(),
    };
    const saved = opts.resume ? loadGroupRecord(this.ctx.store, this.ctx.setAside) : undefined;
    if (saved) await run.resumeGroup(deps, saved);
    else run.showGroupPick(deps);
  }

  /**
   * Start a scenario afresh: its content note, then a new run. The finished run stays on the device until the new
   * one begins (its first save takes the slot): "Back" from the note keeps the result, which may not be exported yet.
   */
  private playAgain(id: string): void {
    if (this.run?.scenario === id) this.detach();
    this.showContentNote(id);
  }

  /**
   * A run from a file ("Download this run", or a copy downloaded when space was freed): read and checked like any
   * save, put on the device in its scenario's slot (asking first if another run of it is there), then resumed as a
   * reload would resume it.
   */
  private openRunFile(fileName: string, text: string): void {
    const decoded = readSave(text);
    if (!decoded.ok) return showUnreadableRunFile(this.ctx, fileName, decoded.problem);
    const id = decoded.save.scenario;
    if (!findScenario(id)) return showUnreadableRunFile(this.ctx, fileName, { kind: 'wrong-scenario', found: id });
    const put = () => {
      if (this.run?.scenario === id) this.detach();
      this.ctx.saves.put(id, text);
      void this.open(id);
    };
    const current = this.ctx.store.get(saveKey(id));
    const other = current !== null && current !== text && readSave(current, id).ok;
    if (other) showReplaceRun(this.ctx, this.ctx.t(`scenario.${id}.title`), put);
    else put();
  }

  /** Open a scenario: resume its save, or show its content note first. */
  async open(id: string): Promise<void> {
    const { t } = this.ctx;
    if (!findScenario(id)) {
      this.showSelect();
      // A link can carry anything: show a short, readable part of it.
      this.notices.show('unknown', t('error.unknownScenario', { id: id.length > 60 ? `${id.slice(0, 60)}…` : id }));
      return;
    }
    const saved = this.ctx.saves.resumeText(id);
    // A new start needs only the card's metadata for its content note; the
    // story keeps loading while the trainee reads it.
    if (saved === null) return this.showContentNote(id);
    // Restoring replays the log through the story: the ink runtime comes with it.
    const data = await this.loadStory(id, { withInk: true });
    if (data) this.resume(id, data, saved);
  }

  /** Restore a run from its save text, saying what could not be restored and what was not kept. */
  private resume(id: string, data: StoryData, saved: { text: string; fromTab: boolean }): void {
    const { t } = this.ctx;
    const title = t(`scenario.${id}.title`);
    const decoded = readSave(saved.text, id);
    if (!decoded.ok) {
      this.showSelect();
      showUnreadableSave(this.ctx, title, decoded.problem, () => {
        this.ctx.setAside.put(saveKey(id), saved.text, `save: ${decoded.problem.kind}`);
        this.notices.render();
        this.showContentNote(id);
      });
      return;
    }
    const { session, report } = Session.restore(data.json, data.manifest, decoded.save, decoded.log);
    if (report.replayed < report.total || report.dropped > 0) {
      this.showSelect();
      showPartialRestore(this.ctx, title, report, {
        onContinue: () => {
          this.attach(id, session);
          this.persist();
          this.showRun();
        },
        onRestart: () => {
          this.ctx.saves.remove(id);
          this.showContentNote(id);
        },
      });
      return;
    }
    this.attach(id, session);
    this.showRun();
    if (!report.sameStory) this.notices.show('updated', t('save.updatedAll', { title }));
    // The last session ran out of storage: say exactly what was not kept (or that this tab kept it all).
    if (saved.fromTab) {
      this.notices.show('unsaved-on-reload', t('save.recoveredFromTab', { title }));
      this.persist();
    } else if (decoded.save.unsaved) this.notices.show('unsaved-on-reload', t('save.unsavedOnReload', { title, count: decoded.save.unsaved }));
  }

  /** Load a story and its translations; on failure go back to the list with a message. */
  private async loadStory(id: string, opts: { withInk?: boolean } = {}, beforeFailure?: () => void): Promise<StoryData | undefined> {
    try {
      const [data] = await Promise.all([
        loadScenario(id),
        loadStoryTranslations(this.ctx.i18n, this.lang, id, this.resources),
        // A new run shows its first step from build-time data; the runtime follows in idle time.
        opts.withInk ? loadInkEngine() : undefined,
      ]);
      performance.mark('sp:story-loaded');
      return data;
    } catch (e) {
      beforeFailure?.();
      this.showSelect();
      // A retry downloads again (src/scenario-catalog.ts, src/ui/resources.ts): it works once the network is back.
      this.notices.show('load', this.ctx.t('error.load', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.open(id) },
      ]);
      return undefined;
    }
  }

  private get lang(): Language {
    return this.ctx.prefs.language;
  }

  private showContentNote(id: string): void {
    const entry = findScenario(id);
    // open() checked the id; anything else is a list that no longer has it: back to the list.
    if (!entry) return this.showSelect();
    // Prepare the story while the trainee reads the note, so "Begin" shows
    // the first choice at once (building the ink runtime is the slow part).
    this.prepared = undefined;
    // After the note is painted (rAF, then a task), not before.
    void loadScenario(id).catch(() => undefined); // start the download now
    const onNote = () => this.router.current?.name === 'content-note' && this.router.current.scenario === id;
    requestAnimationFrame(() => {
      const shownAt = performance.now();
      setTimeout(() => {
        // The story and its translation (begin() reports a failed load, and tries again).
        void Promise.all([loadScenario(id), loadStoryTranslations(this.ctx.i18n, this.lang, id, this.resources)]).then(
          ([data]) => {
            if (!onNote() || this.prepared) return;
            performance.mark('sp:prepare-start');
            const session = new Session(data.json, data.manifest);
            this.prepared = { scenario: id, session };
            performance.mark('sp:prepare-end');
            // Then the play screen laid out once out of sight, in two tasks a click can come between, once
            // the note has been up for WARM_UP_AFTER_MS: a trainee who reads it finds the play screen ready;
            // one who presses "Begin" at once is not kept waiting behind a warm-up that would be thrown
            // away (measured at 4x CPU throttling: 60-70 ms of work, which saves 25-45 ms after the press).
            // A timer, not an idle callback: an idle period can come only after a quick click.
            const stillPrepared = () => onNote() && this.prepared?.session === session;
            setTimeout(
              () => {
                if (!stillPrepared()) return;
                const layout = warmUpPlay(this.ctx, { scenario: id, session });
                setTimeout(() => {
                  if (!stillPrepared()) return;
                  layout();
                  performance.mark('sp:warm-up');
                }, 0);
              },
              Math.max(0, shownAt + WARM_UP_AFTER_MS - performance.now()),
            );
          },
          () => undefined,
        );
      }, 0);
    });
    this.ctx.bus.emit('screen', { name: 'play', setting: entry.meta.setting });
    this.router.show({
      name: 'content-note',
      scenario: id,
      render: () => renderContentNote(this.ctx, { scenario: id, meta: entry.meta, onBegin: () => void this.begin(id), onBack: () => this.showSelect() }),
    });
  }

  private async begin(id: string): Promise<void> {
    performance.mark('sp:begin');
    let session: Session;
    if (this.prepared && this.prepared.scenario === id) {
      session = this.prepared.session;
      if (!(await this.loadStory(id))) return; // translations (the story itself is loaded)
    } else {
      const data = await this.loadStory(id);
      if (!data) return;
      session = new Session(data.json, data.manifest);
    }
    this.prepared = undefined;
    this.attach(id, session);
    this.persist();
    this.showRun();
  }

  /** Make `session` the current run: the local save and the export are fed from its events. */
  private attach(id: string, session: Session): void {
    this.detach();
    this.localSave.begin(id);
    const exportFile = new ExportFile();
    const disconnect = connectReporters(session, [this.localSave, exportFile, ...this.reporters]);
    this.run = { scenario: id, session, exportFile, disconnect };
  }

  /** Stop reporting the current run (another one starts). */
  private detach(): void {
    this.run?.disconnect();
    this.run = undefined;
  }

  /** Save the current run now (a new or restored run, "Try again", space freed). */
  private persist(): void {
    if (this.run) this.localSave.progress(progressOf(this.run.session));
  }

  /** The notice of a failed save: what is not kept, and the ways forward. */
  private showSaveFailure(): void {
    const f = this.localSave.failure;
    const run = this.run;
    if (!f || !run) return;
    const { t } = this.ctx;
    this.notices.show('save-failed', f.decisions > 0 ? t('save.full', { count: f.decisions }) : t('save.fullNotes'), [
      { id: 'save-download', label: t('save.downloadRun'), action: () => download(`${run.scenario}-progress.json`, serialiseSave(run.session.toSave())) },
      { id: 'save-free', label: t('save.freeSpace'), action: () => showFreeSpace(this.ctx, this.run?.scenario, () => this.persist()) },
      { id: 'save-retry', label: t('save.retry'), action: () => this.persist() },
    ]);
  }

  /** Show the current run: play, or its debrief once it is over (an ending or an early leave). */
  /** @param startAt the first line of the page to show first (a run taken over from the first screen) */
  private showRun(startAt?: string): void {
    const run = this.run;
    if (!run) return this.showSelect();
    if (run.session.finished) return this.showDebrief();
    let play: PlayScreen | undefined;
    this.router.show({
      name: 'play',
      scenario: run.scenario,
      render: () => {
        // Drawn again (another language): the same session, the text only.
        const mode = play ? 'redraw' : 'enter';
        play?.dispose();
        play = renderPlay(this.ctx, {
          scenario: run.scenario,
          session: run.session,
          dispatcher: run.session,
          mode,
          startAt: mode === 'enter' ? startAt : undefined,
          onDebrief: () => this.showDebrief(),
          onLeaveToList: () => this.showSelect(),
          lastSaveKept: () => !this.localSave.failure,
        });
        return play.element;
      },
      attached: () => play?.attached(),
      dispose: () => play?.dispose(),
      focus: () => play?.focus(),
    });
  }

  private showDebrief(): void {
    const run = this.run;
    if (!run) return this.showSelect();
    this.ctx.bus.emit('screen', { name: 'debrief' });
    this.ctx.bus.emit('ambient', 'quiet');
    this.router.show({
      name: 'debrief',
      scenario: run.scenario,
      render: () =>
        renderDebrief(this.ctx, {
          scenario: run.scenario,
          session: run.session,
          onExport: () => run.exportFile.download({ trainee: this.ctx.learnerName || this.ctx.prefs.name, language: this.ctx.i18n.language }),
          onAgain: () => this.playAgain(run.scenario),
          onList: () => this.showSelect(),
        }),
    });
    this.showPendingUpdate();
  }

  private async setLanguage(lang: Language): Promise<void> {
    const focusId = (document.activeElement as HTMLElement | null)?.id || undefined;
    try {
      await useLanguage(this.ctx.i18n, lang, this.resources);
      if (this.run) await loadStoryTranslations(this.ctx.i18n, lang, this.run.scenario, this.resources);
    } catch (e) {
      // e.g. the language file could not be fetched on a flaky network: stay as we were, and say so.
      await useLanguage(this.ctx.i18n, this.ctx.prefs.language, this.resources).catch(() => undefined);
      this.router.redraw(focusId);
      this.notices.show('load', this.ctx.t('error.loadLanguage', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.setLanguage(lang) },
      ]);
      return;
    }
    this.updatePrefs({ language: lang });
    this.notices.render();
    this.router.redraw(focusId);
  }

  private updatePrefs(patch: Partial<Preferences>): void {
    Object.assign(this.ctx.prefs, patch);
    savePreferences(this.ctx.store, this.ctx.prefs);
    this.applyPrefs();
  }

  private applyPrefs(): void {
    const { prefs, bus } = this.ctx;
    const html = document.documentElement;
    html.lang = prefs.language;
    html.dataset.textSize = prefs.textSize;
    html.dataset.reducedMotion = String(prefs.reducedMotion);
    bus.emit('prefs', { volume: prefs.volume, muted: prefs.muted, reducedMotion: prefs.reducedMotion });
  }
}

/** The button of the option `choiceId` on screen (ids are matched as data, never put into a selector). */
const optionButton = (choiceId: string) => [...document.querySelectorAll<HTMLElement>('[data-choice]')].find((e) => e.dataset.choice === choiceId);

/** Where focus is, as something the app's own screen also has: an element's id, an option, or the skip link. */
type FocusPlace = { id: string } | { choice: string } | { skipLink: true } | undefined;

function focusOf(el: Element | null): FocusPlace {
  if (!(el instanceof HTMLElement)) return undefined;
  if (el.dataset.choice) return { choice: el.dataset.choice };
  if (el.classList.contains('skip-link')) return { skipLink: true };
  return el.id ? { id: el.id } : undefined;
}

/** The element of the app's screen at `place`, focused without scrolling (the scroll is put back as it was). */
function refocus(place: FocusPlace): void {
  if (!place) return;
  const el =
    'choice' in place
      ? optionButton(place.choice)
      : 'skipLink' in place
        ? document.querySelector<HTMLElement>('.skip-link')
        : document.getElementById(place.id);
  el?.focus({ preventScroll: true });
}

/**
 * Carry out an input the first screen left for the app: a click on the same control, or the same key. Escape
 * closes a dialog opened by an earlier input, as it would have; anything else while a dialog is open is dropped
 * (it would land behind the dialog, where a real click or key cannot reach).
 */
function replayInput(input: QueuedInput): void {
  const open = document.querySelector<HTMLDialogElement>('dialog[open]');
  if (open) {
    if (input.kind === 'key' && input.key === 'Escape') open.dispatchEvent(new Event('cancel', { cancelable: true }));
    return;
  }
  if (input.kind === 'key') {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: input.key, code: input.code, shiftKey: input.shiftKey, bubbles: true, cancelable: true }));
    return;
  }
  const target = input.choice ? optionButton(input.choice) : input.id ? document.getElementById(input.id) : null;
  target?.click();
}
