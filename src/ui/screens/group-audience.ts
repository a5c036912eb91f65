/**
 * The audience window (`?audience=<session id>`), for the projector: it shows
 * only the audience view the presenter's window posts (src/core/group-audience.ts,
 * over src/ui/group/channel.ts), large. It never resumes, reads or writes a
 * save or the last screen: it is not the game, only the room's view of it.
 * P pauses at once here too (the content goes before the presenter answers).
 */
import type { i18n as I18n } from 'i18next';
import type { AudienceView } from '../../core/group-audience.ts';
import { loadStoryTranslations, quickT, storyText, useLanguage, type Language, type ResourceSource } from '../../core/i18n.ts';
import type { ScenarioManifest } from '../../core/manifest.ts';
import { loadScenario } from '../../scenario-catalog.ts';
import { h } from '../dom.ts';
import { GroupChannel, openChannelPort, type GroupMessage } from '../group/channel.ts';
import { groupKey } from '../group/group-keys.ts';
import { scaleDown } from '../group/one-screen.ts';
import { rubricBlock } from '../group/rubric.ts';
import { renderRoomNote } from '../group/room-note.ts';
import { clockText, optionLetter } from './group-presenter.ts';

export interface AudienceDeps {
  root: HTMLElement;
  sessionId: string;
  i18n: I18n;
  resources: ResourceSource;
  shortcuts: boolean;
}

type Text = (id: string, english: string) => string;

/** The decision as the room sees it: passage (or consequence), the options with the tally, the rubric once revealed. */
function decisionView(
  ctx: { t: I18n['t']; i18n: I18n },
  view: Extract<AudienceView, { screen: 'decision' }>,
  manifest: ScenarioManifest,
  lines: Record<string, string>,
  focus: number | undefined,
  text: Text,
  timerEndsAt: number | undefined,
): HTMLElement {
  const { t } = ctx;
  const paragraphs = (ids: string[], cls: string) => h('div', { class: cls }, ...ids.map((id) => h('p', { 'data-line': id }, text(id, lines[id] ?? ''))));
  const total = (view.tally ?? []).reduce((a, b) => a + b, 0);
  const decided = view.chosen !== undefined;
  const phase =
    view.phase === 'discuss'
      ? t('group.audience.discuss')
      : view.phase === 'vote'
        ? t('group.audience.vote')
        : t(view.decidedBy === 'majority' ? 'group.audience.decidedMajority' : 'group.audience.decidedFacilitator', {
            option: optionLetter(view.options.indexOf(view.chosen ?? '')),
          });
  return h(
    'div',
    { class: `audience-decision phase-${view.phase}` },
    h(
      'h1',
      { id: 'audience-heading', class: 'audience-heading' },
      t('group.audience.heading', { index: view.number }),
      h('span', { class: 'audience-phase' }, ` · ${phase}`),
      timerEndsAt === undefined
        ? null
        : h('span', { class: 'audience-timer', id: 'audience-timer', role: 'timer', 'aria-label': t('group.timerLeft') }, clockText(secondsLeft(timerEndsAt))),
    ),
    // Once decided, what happened replaces the passage: the options stay in view.
    // Revealed, the rubric takes the room's attention (and the screen): the consequence was shown at the decision.
    view.rubric ? null : decided ? paragraphs(view.consequence ?? [], 'audience-consequence') : paragraphs(view.passage, 'audience-passage'),
    h(
      'ol',
      { class: 'audience-options', id: 'audience-options' },
      ...view.options.map((id, i) => {
        const votes = view.tally?.[i];
        const rubric = view.rubric?.[i];
        const fill = h('span', { class: 'fill' });
        fill.style.width = `${total ? Math.round(((votes ?? 0) / total) * 100) : 0}%`;
        return h(
          'li',
          { class: id === view.chosen ? 'chosen' : undefined, 'data-option': id },
          h('span', { class: 'option-letter' }, `${optionLetter(i)}.`),
          h('span', { class: 'option-text' }, text(id, manifest.choices[id]?.text ?? id)),
          votes !== undefined
            ? h(
                'span',
                { class: 'tally', 'data-votes': votes },
                h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
                h('span', { class: 'tally-count' }, t('group.audience.hands', { count: votes })),
              )
            : null,
          rubric
            ? rubricBlock(
                ctx,
                view.scenario,
                {
                  ...rubric,
                  feedback: rubric.feedback ? { id: rubric.feedback, english: manifest.choices[id]?.feedback ?? '' } : undefined,
                },
                i !== (focus ?? view.options.indexOf(view.chosen ?? '')),
              )
            : null,
        );
      }),
    ),
  );
}

/** Whole seconds until `endsAt` (ms since the epoch), never below 0. */
function secondsLeft(endsAt: number): number {
  return Math.max(0, Math.round((endsAt - Date.now()) / 1000));
}

/** Draw the audience window and keep it in step with the presenter's. */
export function startAudience(deps: AudienceDeps): void {
  const { root, i18n } = deps;
  const t = quickT(i18n);
  const screen = h('main', { class: 'audience', id: 'audience' });
  root.replaceChildren(screen);
  document.title = t('group.audience.title');
  let latest: Extract<GroupMessage, { kind: 'view' }> | undefined;
  let localPause = false;
  let drawing = 0;

  const show = (...children: (Node | null)[]) => {
    screen.replaceChildren(...children.filter((c): c is Node => c !== null));
    fit();
  };
  const paused = () => show(h('div', { class: 'audience-paused', id: 'audience-paused' }, h('h1', {}, t('group.paused'))));

  /**
   * Fit everything in view: scale the type down (never below 70%); if that is
   * not enough, the passage scrolls in its own box so the options stay in view.
   */
  const fit = () => {
    const overflows = () => screen.scrollHeight > screen.clientHeight + 1;
    screen.classList.remove('tight');
    scaleDown(screen, overflows);
    if (overflows()) screen.classList.add('tight');
  };

  async function draw(message: Extract<GroupMessage, { kind: 'view' }>): Promise<void> {
    const turn = ++drawing;
    const { view } = message;
    if (localPause || view.screen === 'paused') return paused();
    if (i18n.language !== message.lang) await useLanguage(i18n, message.lang as Language, deps.resources).catch(() => undefined);
    document.documentElement.lang = i18n.language;
    document.title = t('group.audience.title');
    if (view.screen === 'content-note') {
      if (turn === drawing) show(renderRoomNote({ t }, { scenario: view.scenario, presenter: false }));
      return;
    }
    let manifest: ScenarioManifest;
    try {
      const [data] = await Promise.all([loadScenario(view.scenario), loadStoryTranslations(i18n, i18n.language as Language, view.scenario, deps.resources)]);
      manifest = data.manifest;
    } catch {
      if (turn === drawing) show(h('p', { class: 'audience-wait' }, t('group.audience.loadFailed')));
      return;
    }
    // A newer view arrived while this one loaded: it draws instead.
    if (turn !== drawing || localPause) return;
    const text: Text = (id, english) => storyText(i18n, view.scenario, id, english);
    if (view.screen === 'decision') show(decisionView({ t, i18n }, view, manifest, message.lines, message.focus, text, message.timerEndsAt));
    else
      show(
        h(
          'div',
          { class: 'audience-ended' },
          h('h1', { id: 'audience-heading' }, t('group.ended')),
          view.endingLine ? h('p', { class: 'audience-consequence' }, text(view.endingLine, message.lines[view.endingLine] ?? '')) : null,
        ),
      );
  }

  const channel = new GroupChannel(openChannelPort(), deps.sessionId, (m) => {
    if (m.kind !== 'view') return;
    latest = m;
    if (m.view.screen !== 'paused') localPause = false;
    void draw(m);
  });
  show(h('p', { class: 'audience-wait', id: 'audience-wait' }, t('group.audience.waiting')));
  // Ask for the view now, and again until the presenter's window answers (it may open or reload later).
  channel.sendHello();
  const hello = setInterval(() => (latest ? clearInterval(hello) : channel.sendHello()), 1500);

  // The discussion timer counts down here between the presenter's views (which come only on a change).
  setInterval(() => {
    const el = document.getElementById('audience-timer');
    if (el && latest?.timerEndsAt !== undefined) el.textContent = clockText(secondsLeft(latest.timerEndsAt));
  }, 1000);

  document.addEventListener('keydown', (e) => {
    if (groupKey(e, { shortcuts: deps.shortcuts }) !== 'pause') return;
    e.preventDefault();
    const pausedNow = localPause || latest?.view.screen === 'paused';
    localPause = !pausedNow;
    // Hidden at once, before the presenter answers; carrying on waits for its view.
    if (localPause) {
      drawing++;
      paused();
    }
    channel.sendPause(!pausedNow);
  });
  window.addEventListener('resize', fit);
}
