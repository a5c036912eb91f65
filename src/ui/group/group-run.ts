/**
 * The presenter's side of a group session: it owns the `GroupSession`, keeps
 * its record on the device after every change, posts the audience view to
 * the audience window on every change (and to a window that says hello),
 * handles the keys (N: the facilitator's panel, P: pause) and draws the
 * group screens: the content note for the room, the presenter view, the
 * summary and the comparison. Loaded on demand from the title screen.
 */
import { audienceView } from '../../core/group-audience.ts';
import type { GroupRecord } from '../../core/group-record.ts';
import { GroupRefusalError, GroupSession } from '../../core/group-session.ts';
import { dateLocale, loadStoryTranslations, type Language, type ResourceSource } from '../../core/i18n.ts';
import { loadInkEngine } from '../../core/ink-engine.ts';
import { findScenario, loadScenario } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { showDialog } from '../dialogs.ts';
import { h } from '../dom.ts';
import type { Screen } from '../router.ts';
import { renderGroupPick } from '../screens/group-pick.ts';
import { clockText, renderPresenter } from '../screens/group-presenter.ts';
import { renderGroupCompare, renderGroupSummary } from '../screens/group-summary.ts';
import { download } from '../set-aside.ts';
import { GroupChannel, openChannelPort } from './channel.ts';
import { fitOneScreen, fitRoomNote, unfit } from './one-screen.ts';
import { groupKey } from './group-keys.ts';
import { groupSessionKey } from '../storage-keys.ts';
import { clearGroupRecord, loadGroupRecords, saveGroupRecord } from './group-store.ts';
import { renderRoomNote } from './room-note.ts';

export interface GroupDeps {
  ctx: AppContext;
  resources: ResourceSource;
  show(screen: Screen): void;
  /** Tell the facilitator something went wrong (a failed download, an unreadable session). */
  notify(message: string): void;
  title(): void;
}

type Mode = { kind: 'play' } | { kind: 'summary' } | { kind: 'compare'; a: number; b: number };

/** A random session id for the audience link (no personal data in it). */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The "Lead a group" screen: pick a scenario, or resume (or delete) a session kept on this device. */
export function showGroupPick(deps: GroupDeps): void {
  const { ctx } = deps;
  const saved = loadGroupRecords(ctx.store, ctx.setAside);
  deps.show({
    name: 'group',
    render: () =>
      renderGroupPick(ctx, {
        saved,
        onPick: (id) => void startGroup(deps, id),
        onResume: (id) => {
          const record = saved.find((r) => r.id === id);
          if (record) void resumeGroup(deps, record);
        },
        onDelete: (id) =>
          confirmDelete(
            deps,
            saved.find((r) => r.id === id),
          ),
        onBack: () => deps.title(),
      }),
  });
}

/** Ask before a saved session is deleted (its votes and notes go with it), then show the list again. */
function confirmDelete(deps: GroupDeps, record: GroupRecord | undefined): void {
  if (!record) return;
  const { t, i18n } = deps.ctx;
  const title = t(`scenario.${record.scenario}.title`);
  showDialog({
    id: 'group-delete-dialog',
    heading: t('group.deleteHeading'),
    body: [t('group.deleteBody', { title, date: new Date(record.updatedAt).toLocaleString(dateLocale(i18n.language)) })],
    buttons: [
      { id: 'group-delete-cancel', label: t('group.deleteCancel'), primary: true, action: () => undefined },
      {
        id: 'group-delete-confirm',
        label: t('group.deleteConfirm'),
        action: () => {
          clearGroupRecord(deps.ctx.store, record.id);
          showGroupPick(deps);
        },
      },
    ],
  });
}

async function loadStory(deps: GroupDeps, scenario: string) {
  try {
    const [data] = await Promise.all([
      loadScenario(scenario),
      loadStoryTranslations(deps.ctx.i18n, deps.ctx.prefs.language, scenario, deps.resources),
      loadInkEngine(),
    ]);
    return data;
  } catch (e) {
    deps.notify(deps.ctx.t('error.load', { detail: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
}

/** A new session of `scenario`: it opens on the content note for the room. */
export async function startGroup(deps: GroupDeps, scenario: string): Promise<void> {
  if (!findScenario(scenario)) return;
  const data = await loadStory(deps, scenario);
  if (!data) return;
  const group = GroupSession.create(data, { id: newSessionId(), clock: Date.now });
  new GroupRun(deps, group).enter();
}

/** Carry on with the session kept on this device (replayed against the story). */
export async function resumeGroup(deps: GroupDeps, record: GroupRecord): Promise<void> {
  const data = await loadStory(deps, record.scenario);
  if (!data) return;
  const restored = GroupSession.restore(data, record, Date.now);
  if (!restored.ok) {
    deps.ctx.setAside.put(groupSessionKey(record.id), JSON.stringify(record), `group session: ${restored.error}`);
    clearGroupRecord(deps.ctx.store, record.id);
    deps.notify(deps.ctx.t('group.unreadable', { detail: restored.error }));
    return;
  }
  new GroupRun(deps, restored.group).enter();
}

class GroupRun {
  private readonly element = h('section', { class: 'screen screen-group', 'aria-labelledby': 'group-heading' });
  private readonly channel: GroupChannel;
  private mode: Mode = { kind: 'play' };
  /**
   * The facilitator's notes (every option's points and feedback). Hidden at the start and after a reload or a resume,
   * never remembered: on one screen this window is the one projected, and the room must not see the answers before
   * the reveal. The facilitator shows them with N.
   */
  private panelShown = false;
  private timer?: { endsAt: number; interval: ReturnType<typeof setInterval> };
  private readonly offs: (() => void)[] = [];
  /** Revealed: the option explained in full on the projector, for the decision it was chosen at. */
  private explained?: { at: string; index: number };
  /** True while a command from a field being typed in runs: saved and broadcast, not drawn again. */
  private typing = false;

  constructor(
    private readonly deps: GroupDeps,
    private readonly group: GroupSession,
  ) {
    this.channel = new GroupChannel(openChannelPort(), group.state.id, (m) => {
      if (m.kind === 'hello') this.broadcast();
      else if (m.kind === 'pause' && m.paused !== group.state.paused) group.setPaused(m.paused);
    });
    this.offs.push(
      group.events.on('changed', (record) => {
        // The discussion is over once the room has decided (or the branch has moved on), and its timer with it:
        // it went on counting on the projector through the consequence and the reveal.
        const discussing = !group.branch.over && (group.decision.phase === 'discuss' || group.decision.phase === 'vote');
        if (this.timer && !discussing) {
          clearInterval(this.timer.interval);
          this.timer = undefined;
        }
        if (!saveGroupRecord(deps.ctx.store, record) && deps.ctx.store.persistent) deps.notify(deps.ctx.t('group.notSaved'));
        this.broadcast();
        if (!this.typing) this.draw();
      }),
    );
  }

  private get lang(): Language {
    return this.deps.ctx.prefs.language;
  }

  /** Show the session's screen and keep it on the device. */
  enter(): void {
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener('keydown', onKey);
    this.offs.push(() => document.removeEventListener('keydown', onKey));
    const onResize = () => this.fit();
    window.addEventListener('resize', onResize);
    this.offs.push(() => window.removeEventListener('resize', onResize));
    saveGroupRecord(this.deps.ctx.store, this.group.toRecord());
    this.broadcast();
    this.deps.show({
      name: 'group',
      scenario: this.group.state.scenario,
      render: () => {
        this.draw();
        // Drawn again in another language: the story's lines follow (loaded once), and so does the projector.
        this.broadcast();
        const lang = this.lang;
        void loadStoryTranslations(this.deps.ctx.i18n, lang, this.group.state.scenario, this.deps.resources).then(
          () => this.lang === lang && this.element.isConnected && this.draw(),
          () => undefined, // the English text stays; the next change of language tries again
        );
        return this.element;
      },
      attached: () => this.fit(),
      dispose: () => this.dispose(),
      focus: () => this.focusStart(),
    });
  }

  /** The room's content note, and one screen (the notes hidden while a decision is on): what the room must see in view; else the screen's own size. */
  private fit(): void {
    const { state } = this.group;
    const oneScreen = !this.panelShown && this.mode.kind === 'play' && state.started && !state.paused;
    if (!state.started && !state.paused) fitRoomNote(this.element);
    else if (oneScreen) fitOneScreen(this.element, this.deps.ctx.t('group.passageRegion'));
    else unfit(this.element);
  }

  private dispose(): void {
    this.stopTimer();
    this.offs.splice(0).forEach((off) => off());
    this.channel.close();
  }

  private broadcast(): void {
    const view = audienceView(this.group.state, this.group.manifest);
    const ids =
      view.screen === 'decision' ? [...view.passage, ...(view.consequence ?? [])] : view.screen === 'ended' && view.endingLine ? [view.endingLine] : [];
    this.channel.sendView(view, this.lang, Object.fromEntries(ids.map((id) => [id, this.group.lineText(id)])), {
      focus: view.screen === 'decision' && view.rubric ? this.explainedIndex() : undefined,
      // The room sees the time left to discuss, not only the facilitator.
      timerEndsAt: view.screen === 'decision' ? this.timer?.endsAt : undefined,
    });
  }

  /** Which decision is on screen (the explained option belongs to it). */
  private get decisionKey(): string {
    return `${this.group.branch.id}:${this.group.branch.decisions.length}`;
  }

  /** The option explained in full at the reveal: the one the facilitator chose to explain, else the one decided. */
  private explainedIndex(): number {
    if (this.explained?.at === this.decisionKey) return this.explained.index;
    const d = this.group.decision;
    return Math.max(0, d.options.indexOf(d.decision?.choiceId ?? ''));
  }

  private explain(index: number): void {
    this.explained = { at: this.decisionKey, index };
    this.broadcast();
    this.draw();
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target instanceof HTMLElement ? { tagName: e.target.tagName, type: (e.target as HTMLInputElement).type } : undefined;
    const command = groupKey(e, { shortcuts: this.deps.ctx.prefs.shortcuts, target });
    if (!command || document.querySelector('dialog[open]')) return;
    e.preventDefault();
    if (command === 'pause') this.togglePause();
    else if (this.mode.kind === 'play') this.togglePanel();
  }

  private togglePause(): void {
    this.group.setPaused(!this.group.state.paused);
    document.getElementById(this.group.state.paused ? 'group-resume-play' : 'group-heading')?.focus();
  }

  private togglePanel(): void {
    this.panelShown = !this.panelShown;
    this.draw();
  }

  /** Run a facilitator's command; a refusal (a double press, a stale button) changes nothing. */
  private act(command: () => void): void {
    try {
      command();
    } catch (e) {
      if (!(e instanceof GroupRefusalError)) throw e;
      if (!this.typing) this.draw();
    }
  }

  /** `act` without drawing the screen again (see `PresenterOptions.quiet`). */
  private quiet(command: () => void): void {
    this.typing = true;
    try {
      this.act(command);
    } finally {
      this.typing = false;
    }
    // The vote's status and buttons are redrawn by the caller after this: fit once they are.
    if (!this.panelShown) requestAnimationFrame(() => this.element.isConnected && this.fit());
  }

  private startTimer(minutes: number): void {
    this.stopTimer();
    const endsAt = Date.now() + minutes * 60_000;
    const interval = setInterval(() => {
      const left = this.timerLeft();
      const el = document.getElementById('group-timer-left');
      if (el && left !== undefined) el.textContent = clockText(left);
      if (left === 0) clearInterval(interval);
    }, 1000);
    this.timer = { endsAt, interval };
    this.broadcast();
    this.draw('group-timer-stop');
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer.interval);
    const wasRunning = !!this.timer;
    this.timer = undefined;
    if (wasRunning) this.broadcast();
    if (wasRunning && this.element.isConnected) this.draw('group-timer');
  }

  private timerLeft(): number | undefined {
    return this.timer ? Math.max(0, Math.round((this.timer.endsAt - Date.now()) / 1000)) : undefined;
  }

  private exportJson(): void {
    const record = this.group.toRecord();
    download(`group-session-${record.scenario}-${record.createdAt.slice(0, 10)}.json`, JSON.stringify(record, null, 2));
  }

  private openAudience(): void {
    const url = new URL(location.href);
    url.search = '';
    url.hash = '';
    url.searchParams.set('audience', this.group.state.id);
    window.open(url.href, `safe-passage-audience-${this.group.state.id}`);
  }

  /** Draw the screen for the session's state; focus stays on the same control when it is still there. */
  private draw(focusId?: string): void {
    const { ctx } = this.deps;
    const active = focusId ?? (document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement) ? document.activeElement.id : '');
    const state = this.group.state;
    if (state.paused) this.element.replaceChildren(this.pausedScreen());
    else if (!state.started)
      this.element.replaceChildren(
        renderRoomNote(ctx, {
          scenario: state.scenario,
          presenter: true,
          onBegin: () => this.act(() => this.group.start()),
          onBack: () => this.deps.title(),
          onAudience: () => this.openAudience(),
        }),
      );
    else if (this.mode.kind === 'summary')
      this.element.replaceChildren(
        renderGroupSummary(ctx, { group: this.group, onExport: () => this.exportJson(), onBack: () => this.setMode({ kind: 'play' }) }),
      );
    else if (this.mode.kind === 'compare')
      this.element.replaceChildren(
        renderGroupCompare(ctx, { group: this.group, a: this.mode.a, b: this.mode.b, onBack: () => this.setMode({ kind: 'play' }) }),
      );
    else
      this.element.replaceChildren(
        ...renderPresenter(ctx, {
          group: this.group,
          panelShown: this.panelShown,
          timerLeft: this.timerLeft(),
          act: (c) => this.act(c),
          quiet: (c) => this.quiet(c),
          explained: this.explainedIndex(),
          explain: (i) => this.explain(i),
          togglePanel: () => this.togglePanel(),
          togglePause: () => this.togglePause(),
          openAudience: () => this.openAudience(),
          startTimer: (m) => this.startTimer(m),
          stopTimer: () => this.stopTimer(),
          summary: () => this.setMode({ kind: 'summary' }),
          compare: (a, b) => this.setMode({ kind: 'compare', a, b }),
          exit: () => this.deps.title(),
        }),
      );
    this.element.classList.toggle('printable', this.mode.kind !== 'play');
    this.fit();
    const again = active ? document.getElementById(active) : null;
    if (again && !(again as HTMLButtonElement).disabled) again.focus();
    else if (active) this.focusStart();
    // One screen, revealed: the room must see the option explained, not the button below it that took the focus (and
    // scrolled the explanation out of view).
    const oneScreen = !this.panelShown && this.mode.kind === 'play' && state.started && !state.paused && !this.group.branch.over;
    if (oneScreen && this.group.decision.phase === 'revealed')
      this.element.querySelector(`#group-options > li:nth-child(${this.explainedIndex() + 1})`)?.scrollIntoView({ block: 'start' });
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    this.draw();
    this.focusStart();
  }

  /** Focus the step's main button, or the heading. */
  private focusStart(): void {
    const target =
      this.element.querySelector<HTMLElement>('.group-controls button.primary:not([disabled]), #group-resume-play, #content-begin') ??
      this.element.querySelector('h1');
    target?.focus();
  }

  private pausedScreen(): HTMLElement {
    const { t } = this.deps.ctx;
    return h(
      'div',
      { class: 'group-paused', id: 'group-paused' },
      h('h1', { id: 'group-heading', tabindex: '-1' }, t('group.paused')),
      h('p', {}, t('group.pausedHint')),
      h('button', { class: 'primary', id: 'group-resume-play', onclick: () => this.togglePause() }, t('group.carryOn')),
    );
  }
}
