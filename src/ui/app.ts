/**
 * The app controller: which screen is showing, the current scenario
 * session, saving after every change, and resuming after a reload. Screens
 * render HTML; renderers (Phaser, audio) follow along through the bus.
 */
import type { i18n as I18n } from 'i18next';
import type { AppBus, ScreenName } from '../app-events.ts';
import { loadStoryTranslations, useLanguage, type Language, type ResourceSource } from '../core/i18n.ts';
import * as v from 'valibot';
import { choicesOf } from '../core/decision-log.ts';
import { connectReporters, progressOf } from '../core/results-reporter.ts';
import { readSave, serialiseSave, type SaveProblem } from '../core/save.ts';
import { ID_PATTERN } from '../core/tags.ts';
import { Session } from '../core/session.ts';
import { findScenario, loadScenario, type StoryData } from '../scenario-catalog.ts';
import type { AppContext } from './context.ts';
import { showDialog } from './dialogs.ts';
import { openSettings } from './settings.ts';
import { h } from './dom.ts';
import { savePreferences, type Preferences } from './preferences.ts';
import { renderDebrief } from './screens/debrief.ts';
import { renderPlay, type PlayScreen } from './screens/play.ts';
import { renderSelect } from './screens/select.ts';
import { renderTitle } from './screens/title.ts';
import { SaveRepository } from './save-repository.ts';
import { ExportFile } from './export-file.ts';
import { LocalSave } from './local-save.ts';
import { download, type SetAside } from './set-aside.ts';
import type { KeyValueStore } from './storage.ts';
import { pendingKey, saveKey, SCREEN_KEY } from './storage-keys.ts';

/** The screen before a reload, as stored. */
const LastScreenSchema = v.object({
  name: v.picklist(['title', 'select', 'play', 'debrief']),
  scenario: v.optional(v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN))),
});

interface Current {
  name: ScreenName | 'content-note';
  scenario?: string;
  render: () => HTMLElement;
  /** Called once the rendered screen is in the document (for layout that measures itself). */
  attached?: () => void;
  dispose?: () => void;
  /** Where focus goes on arrival (default: the screen's h1). */
  focus?: () => void;
}

/** Notices about one event (a bad link, a failed load): cleared on the next screen. */
const TRANSIENT_NOTICES = ['unknown', 'load', 'updated', 'unsaved-on-reload'];

export class App {
  readonly ctx: AppContext;
  private current?: Current;
  /**
   * The current run: its session, the reporters fed from it (the local save
   * and the export), and how to stop feeding them.
   */
  private session?: { scenario: string; session: Session; exportFile: ExportFile; disconnect: () => void };
  private readonly screenRoot: HTMLElement;
  private readonly header: HTMLElement;
  /**
   * This tab's own storage (sessionStorage): while the device is full, the
   * whole run is kept here too, so a reload in the same tab loses nothing.
   */
  private readonly tabStore?: KeyValueStore;
  /** Where translations come from (fetched, and fetched again after a failure). */
  private readonly resources: ResourceSource;
  /** The local save: the reporter that keeps the current run on the device. */
  private readonly localSave: LocalSave;
  /** A fresh session built while the content note is read. */
  private prepared?: { scenario: string; session: Session };

  constructor(
    private readonly root: HTMLElement,
    deps: { store: KeyValueStore; prefs: Preferences; i18n: I18n; bus: AppBus; setAside: SetAside; tabStore?: KeyValueStore; resources: ResourceSource },
  ) {
    this.tabStore = deps.tabStore;
    this.resources = deps.resources;
    this.ctx = {
      ...deps,
      saves: new SaveRepository(deps.store, deps.tabStore),
      t: deps.i18n.t.bind(deps.i18n),
      nav: {
        title: () => this.showTitle(),
        select: () => this.showSelect(),
        open: (id) => void this.open(id),
        playAgain: (id) => this.playAgain(id),
        setLanguage: (lang) => this.setLanguage(lang),
        updatePrefs: (patch) => this.updatePrefs(patch),
      },
    };
    this.screenRoot = h('div', { id: 'screen' });
    // Settings are reachable from every screen (the play screen has its own toolbar button).
    this.header = h('div', { class: 'app-header' }, h('button', { class: 'tool', id: 'app-settings', onclick: () => openSettings(this.ctx) }));
    root.replaceChildren(h('div', { id: 'notices', class: 'notices', 'aria-live': 'polite' }), this.header, this.screenRoot);
    this.localSave = new LocalSave(deps.store, deps.tabStore, (failure, recovered) => {
      if (failure) this.showSaveFailure();
      else if (recovered) {
        this.root.querySelector('[data-notice="save-failed"]')?.remove();
        this.notice('save-failed', this.ctx.t('save.savedAgain'));
      }
    });
    this.applyPrefs();
  }

  /** Show the first screen: a direct link, the screen before a reload, or the title. */
  async boot(url: URL): Promise<void> {
    this.renderNotices();
    const direct = url.searchParams.get('scenario');
    if (direct) return this.open(direct);
    const last = this.lastScreen();
    if ((last?.name === 'play' || last?.name === 'debrief') && last.scenario && findScenario(last.scenario)) return this.open(last.scenario);
    if (last?.name === 'select') return this.showSelect();
    this.showTitle();
  }

  /** The screen before a reload; an unreadable value is set aside (and reported), never trusted. */
  private lastScreen(): v.InferOutput<typeof LastScreenSchema> | undefined {
    const text = this.ctx.store.get(SCREEN_KEY);
    if (text === null) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const parsed = v.safeParse(LastScreenSchema, raw);
    if (parsed.success) return parsed.output;
    this.ctx.setAside.put(SCREEN_KEY, text, 'last screen: not readable');
    this.renderNotices();
    return undefined;
  }

  /** Add a notice (storage unavailable, no WebGL) above every screen, with buttons if it offers a way forward. */
  notice(id: string, text: string, actions: { id: string; label: string; action: () => void }[] = []): void {
    const box = this.root.querySelector('#notices');
    if (!box) return;
    box.querySelector(`[data-notice="${id}"]`)?.remove();
    box.append(
      h(
        'div',
        { class: 'notice', 'data-notice': id },
        h('p', {}, text),
        actions.length ? h('p', { class: 'notice-actions' }, ...actions.map((a) => h('button', { class: 'secondary', id: a.id, onclick: a.action }, a.label))) : null,
      ),
    );
  }

  private renderNotices(): void {
    const box = this.root.querySelector('#notices');
    box?.replaceChildren();
    const { t, setAside } = this.ctx;
    if (!this.ctx.store.persistent) this.notice('storage', t('save.noStorage'));
    if (this.localSave.failure) this.showSaveFailure();
    if (setAside.items.length) {
      this.notice('set-aside', t('storage.setAside', { count: setAside.items.length }), [
        { id: 'set-aside-download', label: t('storage.setAsideDownload'), action: () => download('safe-passage-set-aside.json', setAside.toJson()) },
      ]);
    }
    for (const id of this.extraNotices) this.notice(id, t(id));
  }
  private readonly extraNotices = new Set<string>();

  /** A notice whose text is a translation key, kept across language changes. */
  addNoticeKey(key: string): void {
    this.extraNotices.add(key);
    this.notice(key, this.ctx.t(key));
  }

  showTitle(): void {
    this.show({ name: 'title', render: () => renderTitle(this.ctx) });
  }

  showSelect(): void {
    this.show({ name: 'select', render: () => renderSelect(this.ctx) });
  }

  /** Start a scenario afresh: its finished run is cleared, and its content note shown. */
  private playAgain(id: string): void {
    this.ctx.store.remove(saveKey(id));
    this.tabStore?.remove(pendingKey(id));
    if (this.session?.scenario === id) this.detach();
    this.showContentNote(id);
  }

  /** Open a scenario: resume its save, or show its content note first. */
  async open(id: string): Promise<void> {
    const { t, store } = this.ctx;
    if (!findScenario(id)) {
      this.showSelect();
      // A link can carry anything: show a short, readable part of it.
      this.notice('unknown', t('error.unknownScenario', { id: id.length > 60 ? `${id.slice(0, 60)}…` : id }));
      return;
    }
    const pending = this.pendingSave(id);
    const saved = pending ?? store.get(saveKey(id));
    // A new start needs only the card's metadata for its content note; the
    // story keeps loading while the trainee reads it.
    if (saved === null) return this.showContentNote(id);
    const data = await this.loadStory(id);
    if (!data) return;
    const title = t(`scenario.${id}.title`);
    const decoded = readSave(saved, id);
    if (!decoded.ok) {
      this.showSelect();
      showDialog({
        id: 'save-dialog',
        heading: t('save.heading'),
        body: [
          this.problemText(decoded.problem, title),
          // The detail is for whoever supports the trainer; it is in English, and marked so for screen readers.
          ...(decoded.problem.kind === 'corrupt'
            ? [h('p', { class: 'hint' }, `${t('save.technical')}: `, h('span', { lang: 'en' }, decoded.problem.detail))]
            : []),
        ],
        buttons: [
          { label: t('save.restartOnly'), primary: true, id: 'save-restart', action: () => { this.ctx.setAside.put(saveKey(id), saved, `save: ${decoded.problem.kind}`); this.renderNotices(); this.showContentNote(id); } },
          { label: t('content.back'), id: 'save-back', action: () => undefined },
        ],
      });
      return;
    }
    const { session, report } = Session.restore(data.json, data.manifest, decoded.save, decoded.log);
    if (report.replayed < report.total || report.dropped > 0) {
      this.showSelect();
      showDialog({
        id: 'save-dialog',
        heading: t('save.heading'),
        body: [
          report.sameStory
            ? t('save.partial', { title, replayed: report.replayed, total: report.total, dropped: report.dropped })
            : t('save.edited', { title, replayed: report.replayed, total: report.total }),
        ],
        buttons: [
          { label: t('save.continue'), primary: true, id: 'save-continue', action: () => { this.attach(id, session); this.persist(); this.showSession(); } },
          { label: t('save.restartOnly'), id: 'save-restart', action: () => { store.remove(saveKey(id)); this.showContentNote(id); } },
        ],
      });
      return;
    }
    this.attach(id, session);
    this.showSession();
    if (!report.sameStory) this.notice('updated', t('save.updatedAll', { title }));
    // The last session ran out of storage: say exactly what was not kept (or that this tab kept it all).
    if (pending) {
      this.notice('unsaved-on-reload', t('save.recoveredFromTab', { title }));
      this.persist();
    } else if (decoded.save.unsaved) this.notice('unsaved-on-reload', t('save.unsavedOnReload', { title, count: decoded.save.unsaved }));
  }

  /** The whole run this tab kept while the device was full, if it is further on than the device's save. */
  private pendingSave(id: string): string | null {
    const pending = this.tabStore?.get(pendingKey(id)) ?? null;
    if (pending === null) return null;
    const tab = readSave(pending, id);
    const device = readSave(this.ctx.store.get(saveKey(id)), id);
    const decisions = (d: typeof tab) => (d.ok ? choicesOf(d.log).length : -1);
    return tab.ok && decisions(tab) > decisions(device) ? pending : null;
  }

  /** Load a story and its translations; on failure go back to the list with a message. */
  private async loadStory(id: string): Promise<StoryData | undefined> {
    try {
      const [data] = await Promise.all([loadScenario(id), loadStoryTranslations(this.ctx.i18n, this.lang, id, this.resources)]);
      performance.mark('sp:story-loaded');
      return data;
    } catch (e) {
      this.showSelect();
      // A retry downloads again (src/scenario-catalog.ts, src/ui/resources.ts): it works once the network is back.
      this.notice('load', this.ctx.t('error.load', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.open(id) },
      ]);
      return undefined;
    }
  }

  private problemText(problem: SaveProblem, title: string): string {
    const { t } = this.ctx;
    switch (problem.kind) {
      case 'corrupt': return t('save.corrupt', { title });
      case 'newer-version': return t('save.newer', { title });
      case 'unknown-version': return t('save.unknown', { title });
      case 'wrong-scenario': return t('save.wrongScenario', { title });
    }
  }

  private get lang(): Language {
    return this.ctx.prefs.language;
  }

  private showContentNote(id: string): void {
    const { t } = this.ctx;
    const entry = findScenario(id)!;
    // Prepare the story while the trainee reads the note, so "Begin" shows
    // the first choice at once (building the ink runtime is the slow part).
    this.prepared = undefined;
    // After the note is painted (rAF, then a task), not before.
    void loadScenario(id).catch(() => undefined); // start the download now
    requestAnimationFrame(() => setTimeout(() => {
      void loadScenario(id).then((data) => {
        if (this.current?.name === 'content-note' && this.current.scenario === id && !this.prepared) {
          performance.mark('sp:prepare-start');
          this.prepared = { scenario: id, session: new Session(data.json, data.manifest) };
          performance.mark('sp:prepare-end');
        }
      }, () => undefined); // begin() reports a failed load
    }, 0));
    this.ctx.bus.emit('screen', { name: 'play', setting: entry.meta.setting });
    this.show({
      name: 'content-note',
      scenario: id,
      render: () =>
        h(
          'section',
          { class: 'screen screen-note', 'aria-labelledby': 'note-heading' },
          h('h1', { id: 'note-heading', tabindex: '-1' }, t(`scenario.${id}.title`)),
          h('div', { class: 'panel' },
            h('h2', {}, t('content.heading')),
            h('p', {}, t('content.intro')),
            h('ul', { class: 'content-notes' }, ...entry.meta.contentNotes.map((n) => h('li', {}, t(`note.${n}`)))),
            h('p', {}, t('content.leave')),
            h('p', {}, t('content.support')),
            h('div', { class: 'dialog-buttons' },
              h('button', { class: 'primary', id: 'content-begin', elementtiming: 'begin', onclick: () => void this.begin(id) }, t('content.begin')),
              h('button', { class: 'secondary', id: 'content-back', onclick: () => this.showSelect() }, t('content.back')),
            ),
          ),
        ),
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
    this.showSession();
  }

  /** Make `session` the current one: the local save and the export are fed from its events. */
  private attach(id: string, session: Session): void {
    this.detach();
    this.localSave.begin(id);
    const exportFile = new ExportFile();
    const disconnect = connectReporters(session, [this.localSave, exportFile]);
    this.session = { scenario: id, session, exportFile, disconnect };
  }

  /** Stop reporting the current run (another one starts). */
  private detach(): void {
    this.session?.disconnect();
    this.session = undefined;
  }

  /** Save the current run now (a new or restored run, "Try again", space freed). */
  private persist(): void {
    if (this.session) this.localSave.progress(progressOf(this.session.session));
  }

  /** The notice of a failed save: what is not kept, and the ways forward. */
  private showSaveFailure(): void {
    const f = this.localSave.failure;
    if (!f || !this.session) return;
    const { t } = this.ctx;
    const { scenario, session } = this.session;
    this.notice('save-failed', f.decisions > 0 ? t('save.full', { count: f.decisions }) : t('save.fullNotes'), [
      { id: 'save-download', label: t('save.downloadRun'), action: () => download(`${scenario}-progress.json`, serialiseSave(session.toSave())) },
      { id: 'save-free', label: t('save.freeSpace'), action: () => this.freeSpace() },
      { id: 'save-retry', label: t('save.retry'), action: () => this.persist() },
    ]);
  }

  /** Offer to remove other runs and set-aside copies (each downloadable first), then save again. */
  private freeSpace(): void {
    const { t, store } = this.ctx;
    const current = this.session ? saveKey(this.session.scenario) : '';
    const others = store.keys().filter((k) => (k.startsWith('save.') && k !== current) || k.startsWith('set-aside.'));
    const list = h('ul', { class: 'free-space-list' });
    const fill = () =>
      list.replaceChildren(
        ...store
          .keys()
          .filter((k) => others.includes(k))
          .map((k) => {
            const scenario = k.startsWith('save.') ? k.slice(5) : undefined;
            const label = scenario && findScenario(scenario) ? t(`scenario.${scenario}.title`) : t('storage.setAsideItem');
            return h(
              'li',
              {},
              `${label} `,
              h('button', { class: 'secondary', 'data-remove': k, onclick: () => { download(`safe-passage-${k}.json`, store.get(k) ?? ''); store.remove(k); fill(); this.persist(); } }, t('save.downloadRemove')),
            );
          }),
      );
    fill();
    showDialog({
      id: 'free-space-dialog',
      heading: t('save.freeSpace'),
      body: [t('save.freeSpaceBody'), list.childElementCount ? list : t('save.freeSpaceNone')],
      buttons: [{ label: t('leave.stay'), primary: true, id: 'free-space-close', action: () => this.persist() }],
    });
  }

  private showSession(): void {
    const s = this.session;
    if (!s) return this.showSelect();
    // Resuming a finished scenario (an ending or an early leave) opens its debrief.
    if (s.session.finished) return this.showDebrief();
    let play: PlayScreen | undefined;
    this.show({
      name: 'play',
      scenario: s.scenario,
      render: () => {
        const mode = play ? 'redraw' : 'enter';
        play?.dispose();
        play = renderPlay(this.ctx, {
          scenario: s.scenario,
          session: s.session,
          dispatcher: s.session,
          mode,
          onDebrief: () => this.showDebrief(),
          onLeaveToList: () => this.showSelect(),
        });
        return play.element;
      },
      attached: () => play?.attached(),
      dispose: () => play?.dispose(),
      focus: () => play?.focus(),
    });
  }

  private showDebrief(): void {
    const s = this.session;
    if (!s) return this.showSelect();
    this.ctx.bus.emit('screen', { name: 'debrief' });
    this.ctx.bus.emit('ambient', 'quiet');
    this.show({
      name: 'debrief',
      scenario: s.scenario,
      render: () =>
        renderDebrief(this.ctx, {
          scenario: s.scenario,
          session: s.session,
          onExport: () => s.exportFile.download({ trainee: this.ctx.prefs.name, language: this.ctx.i18n.language }),
          onAgain: () => this.playAgain(s.scenario),
          onList: () => this.showSelect(),
        }),
    });
  }

  private show(next: Current, opts: { focusId?: string } = {}): void {
    const arriving = this.current !== next;
    this.current?.dispose?.();
    this.current = next;
    if (arriving) for (const id of TRANSIENT_NOTICES) this.root.querySelector(`[data-notice="${id}"]`)?.remove();
    this.header.hidden = next.name === 'play';
    this.header.firstElementChild!.textContent = this.ctx.t('play.settings');
    if (next.name === 'title' || next.name === 'select') {
      this.ctx.bus.emit('screen', { name: next.name });
      this.ctx.bus.emit('ambient', null);
    }
    if (next.name !== 'content-note') this.ctx.store.set(SCREEN_KEY, JSON.stringify({ name: next.name, scenario: next.scenario }));
    // The browser tab says where the trainee is, in their language.
    document.title = next.scenario ? `${this.ctx.t(`scenario.${next.scenario}.title`)} · ${this.ctx.t('app.title')}` : this.ctx.t('app.title');
    this.screenRoot.replaceChildren(next.render());
    next.attached?.();
    this.screenRoot.scrollTop = 0;
    if (next.name !== 'content-note') this.ctx.bus.emit('settled', next.name);
    // Focus: back where it was after a redraw (language change), else the screen's own start,
    // so keyboard and screen-reader users are never left on <body>.
    const again = opts.focusId ? document.getElementById(opts.focusId) : null;
    if (again) return again.focus();
    if (next.focus) return next.focus();
    const heading = this.screenRoot.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  private async setLanguage(lang: Language): Promise<void> {
    const focusId = (document.activeElement as HTMLElement | null)?.id || undefined;
    try {
      await useLanguage(this.ctx.i18n, lang, this.resources);
      if (this.session) await loadStoryTranslations(this.ctx.i18n, lang, this.session.scenario, this.resources);
    } catch (e) {
      // e.g. the language file could not be fetched on a flaky network: stay as we were, and say so.
      await useLanguage(this.ctx.i18n, this.ctx.prefs.language, this.resources).catch(() => undefined);
      if (this.current) this.show(this.current, { focusId });
      this.notice('load', this.ctx.t('error.loadLanguage', { detail: e instanceof Error ? e.message : String(e) }), [
        { id: 'load-retry', label: this.ctx.t('error.retry'), action: () => void this.setLanguage(lang) },
      ]);
      return;
    }
    this.updatePrefs({ language: lang });
    this.renderNotices();
    if (this.current) this.show(this.current, { focusId });
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
