/**
 * The facilitator's view of a group session: the passage and the options
 * (with a number input per option for the show of hands), the step the
 * decision is at (discuss, vote, decide, reveal, continue), the facilitator's
 * panel (each option's rubric, the discussion questions, what the debrief
 * will say, notes) shown and hidden with N, and the branches with "rewind
 * here" and a comparison. It draws a `GroupSession`; every button sends one
 * command to it through `act` (src/ui/group/group-run.ts).
 */
import { questionsAt, questionsAtEnd } from '../../core/discussion.ts';
import type { GroupBranch, GroupDecision } from '../../core/group-record.ts';
import type { GroupSession } from '../../core/group-session.ts';
import { storyText } from '../../core/i18n.ts';
import { bestOf } from '../../core/scoring.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { rubricBlock } from '../group/rubric.ts';
import { scoresSection } from './debrief.ts';

export interface PresenterOptions {
  group: GroupSession;
  panelShown: boolean;
  /** Seconds left on the discussion timer, or undefined when it is not running. */
  timerLeft?: number;
  /** Run a command on the session (the run saves, redraws and tells the audience). */
  act(command: () => void): void;
  /**
   * Run a command while the facilitator types (votes, notes): saved and sent to
   * the projector, but the screen is not drawn again (it would replace the field
   * being typed in, and the button about to be clicked).
   */
  quiet(command: () => void): void;
  togglePanel(): void;
  /** Revealed: the option explained in full on the projector (index in the shown order). */
  explained: number;
  explain(index: number): void;
  togglePause(): void;
  openAudience(): void;
  startTimer(minutes: number): void;
  stopTimer(): void;
  summary(): void;
  compare(a: number, b: number): void;
  exit(): void;
}

/** "2:05" */
export const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Letters for options on every screen, so the room can say "B" (the shown order). */
export const optionLetter = (i: number) => String.fromCharCode(65 + i);

type Text = (id: string, english: string) => string;

function lineTexts(group: GroupSession, text: Text, ids: readonly string[], cls: string): HTMLElement {
  return h('div', { class: cls }, ...ids.map((id) => h('p', { 'data-line': id }, text(id, group.lineText(id)))));
}

/** The options with their vote inputs (while voting is open), the decision and, once revealed, the rubric. */
function optionList(ctx: AppContext, opts: PresenterOptions, text: Text): HTMLElement {
  const { t } = ctx;
  const { group } = opts;
  const d = group.decision;
  const open = d.phase === 'discuss' || d.phase === 'vote';
  return h(
    'ol',
    { class: 'group-options', id: 'group-options' },
    ...d.options.map((id, i) => {
      const label = `${optionLetter(i)}. ${text(id, group.manifest.choices[id]?.text ?? id)}`;
      const votes = d.votes?.[i] ?? 0;
      const input = h('input', {
        type: 'number',
        min: 0,
        max: 1000,
        step: 1,
        inputmode: 'numeric',
        id: `group-votes-${i}`,
        class: 'votes-input',
        value: d.votes ? votes : '',
        disabled: !open,
        'aria-label': t('group.votesFor', { option: optionLetter(i) }),
        oninput: (e: Event) => {
          const n = Number((e.target as HTMLInputElement).value || 0);
          opts.quiet(() => group.setVotes(id, Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0));
          // Only what the hands change: the step's label and its controls (the majority, the decide buttons).
          const phase = document.getElementById('group-phase');
          if (phase) phase.textContent = t(`group.phase.${group.decision.phase}`);
          document.getElementById('group-controls')?.replaceWith(phaseControls(ctx, opts));
        },
      });
      const chosen = d.decision?.choiceId === id;
      const choice = group.manifest.choices[id];
      return h(
        'li',
        { class: chosen ? 'group-option chosen' : 'group-option', 'data-option': id },
        h('span', { class: 'option-text' }, label),
        h('span', { class: 'option-votes' }, h('label', { for: input.id, class: 'votes-label' }, t('group.hands')), input),
        chosen ? h('p', { class: 'option-mark' }, d.decision?.by === 'majority' ? t('group.decidedMajority') : t('group.decidedFacilitator')) : null,
        d.phase === 'revealed'
          ? h(
              'button',
              { class: 'secondary small', id: `group-explain-${i}`, 'aria-pressed': String(opts.explained === i), onclick: () => opts.explain(i) },
              t('group.explain', { option: optionLetter(i) }),
            )
          : null,
        // One screen (the notes hidden, the room sees this window): one option explained at a time, as on the projector.
        d.phase === 'revealed' && choice && (opts.panelShown || opts.explained === i)
          ? rubricBlock(ctx, group.state.scenario, { ...choice, feedback: choice.feedback ? { id: `${id}@feedback`, english: choice.feedback } : undefined })
          : null,
      );
    }),
  );
}

/** The controls of the step the decision is at. */
function phaseControls(ctx: AppContext, opts: PresenterOptions): HTMLElement {
  const { t } = ctx;
  const { group } = opts;
  const d = group.decision;
  if (d.phase === 'decided')
    return h(
      'div',
      { class: 'group-controls', id: 'group-controls' },
      h('button', { class: 'primary', id: 'group-reveal', onclick: () => opts.act(() => group.reveal()) }, t('group.reveal')),
    );
  if (d.phase === 'revealed')
    return h(
      'div',
      { class: 'group-controls', id: 'group-controls' },
      h(
        'button',
        { class: 'primary', id: 'group-continue', onclick: () => opts.act(() => group.continue()) },
        group.ended ? t('group.toEnding') : t('group.next'),
      ),
    );
  const m = group.majority();
  const letter = (id: string) => optionLetter(d.options.indexOf(id));
  const status =
    m.kind === 'majority'
      ? t('group.majorityIs', { option: letter(m.choiceId) })
      : m.kind === 'tie'
        ? t('group.tie', { options: m.choiceIds.map(letter).join(', ') })
        : t('group.noVotes');
  const call = h(
    'select',
    { id: 'group-call', 'aria-label': t('group.callOption') },
    ...d.options.map((id, i) => h('option', { value: id }, `${optionLetter(i)}`)),
  );
  const timer =
    opts.timerLeft === undefined
      ? h('button', { class: 'secondary', id: 'group-timer', onclick: () => opts.startTimer(2) }, t('group.timerStart', { minutes: 2 }))
      : h(
          'span',
          { class: 'group-timer' },
          h('span', { id: 'group-timer-left', role: 'timer', 'aria-label': t('group.timerLeft') }, clockText(opts.timerLeft)),
          ' ',
          h('button', { class: 'secondary', id: 'group-timer-stop', onclick: () => opts.stopTimer() }, t('group.timerStop')),
        );
  return h(
    'div',
    { class: 'group-controls', id: 'group-controls' },
    d.phase === 'discuss'
      ? h('button', { class: 'secondary', id: 'group-open-vote', onclick: () => opts.act(() => group.openVote()) }, t('group.openVote'))
      : null,
    timer,
    h('p', { class: 'group-majority', id: 'group-majority', role: 'status' }, status),
    h(
      'button',
      {
        class: 'primary',
        id: 'group-decide-majority',
        disabled: m.kind !== 'majority',
        onclick: () => opts.act(() => m.kind === 'majority' && group.decide(m.choiceId, 'majority')),
      },
      m.kind === 'majority' ? t('group.decideMajority', { option: letter(m.choiceId) }) : t('group.decideMajorityNone'),
    ),
    h(
      'span',
      { class: 'group-call' },
      call,
      h(
        'button',
        { class: 'secondary', id: 'group-decide-call', onclick: () => opts.act(() => group.decide(call.value, 'facilitator')) },
        t('group.decideCall'),
      ),
    ),
  );
}

/** The facilitator's panel: each option's rubric, the questions, what the debrief will say, and notes. */
function facilitatorPanel(ctx: AppContext, opts: PresenterOptions, text: Text): HTMLElement {
  const { t } = ctx;
  const { group } = opts;
  const d = group.decision;
  const over = group.branch.over;
  const questions = over ? questionsAtEnd(group.manifest) : questionsAt(group.manifest, d.options);
  const best = bestOf(d.options, group.manifest);
  const notes = h('textarea', {
    id: 'group-notes',
    rows: 3,
    maxlength: 20000,
    oninput: (e: Event) => opts.quiet(() => group.setNote((e.target as HTMLTextAreaElement).value)),
  });
  notes.value = d.note;
  return h(
    'aside',
    { class: 'group-panel', id: 'group-panel', 'aria-labelledby': 'group-panel-heading', hidden: !opts.panelShown },
    h('h2', { id: 'group-panel-heading' }, t('group.panel')),
    over
      ? null
      : h(
          'div',
          {},
          h('h3', {}, t('group.rubric')),
          h(
            'ol',
            { class: 'panel-options' },
            ...d.options.map((id, i) => {
              const c = group.manifest.choices[id];
              return h(
                'li',
                { 'data-option': id },
                h('strong', {}, `${optionLetter(i)}. `),
                text(id, c?.text ?? id),
                c ? rubricBlock(ctx, group.state.scenario, { ...c, feedback: c.feedback ? { id: `${id}@feedback`, english: c.feedback } : undefined }) : null,
              );
            }),
          ),
          h('h3', {}, t('group.debriefWillSay')),
          h('p', { id: 'group-best' }, best ? t('group.bestHere', { option: optionLetter(d.options.indexOf(best.id)) }) : t('group.noBest')),
        ),
    h('h3', {}, t('group.questions')),
    questions.length
      ? h('ul', { class: 'group-questions', id: 'group-questions' }, ...questions.map((q) => h('li', {}, text(q.id, q.text))))
      : h('p', { id: 'group-questions' }, over ? t('group.noQuestionsEnd') : t('group.noQuestions')),
    h('h3', {}, h('label', { for: 'group-notes' }, t('group.notes'))),
    notes,
  );
}

/** A decision in the branches list: "2. B (5 of 9 hands)". */
function decisionLabel(ctx: AppContext, group: GroupSession, d: GroupDecision, index: number, text: Text): string {
  const choice = d.decision?.choiceId;
  if (!choice) return ctx.t('group.decisionOpen', { index: index + 1 });
  const at = d.options.indexOf(choice);
  const total = (d.votes ?? []).reduce((a, b) => a + b, 0);
  return ctx.t('group.decisionTaken', {
    index: index + 1,
    option: `${optionLetter(at)}. ${text(choice, group.manifest.choices[choice]?.text ?? choice)}`,
    votes: d.votes?.[at] ?? 0,
    total,
  });
}

/** Every branch: the current one's decisions with "rewind here", the others to carry on with, and a comparison. */
function branchesSection(ctx: AppContext, opts: PresenterOptions, text: Text): HTMLElement {
  const { t } = ctx;
  const { group } = opts;
  const current = group.branch;
  const branchName = (b: GroupBranch) =>
    b.from ? t('group.branchFrom', { id: b.id, parent: b.from.branch, decision: b.from.decision + 1 }) : t('group.branchFirst', { id: b.id });
  const rewindable = current.decisions.length - (current.over ? 0 : 1);
  const items = group.state.branches.map((b) =>
    h(
      'li',
      { 'data-branch': b.id, class: b.id === current.id ? 'current' : undefined },
      h('strong', {}, branchName(b)),
      b.id === current.id ? h('span', {}, ` (${t('group.branchCurrent')})`) : null,
      b.id === current.id
        ? h(
            'ol',
            {},
            ...b.decisions.map((d, i) =>
              h(
                'li',
                {},
                decisionLabel(ctx, group, d, i, text),
                i < rewindable
                  ? h(
                      'button',
                      {
                        class: 'secondary small',
                        id: `group-rewind-${i}`,
                        onclick: () => opts.act(() => group.rewindTo(i)),
                        'aria-label': t('group.rewindLabel', { index: i + 1 }),
                      },
                      t('group.rewind'),
                    )
                  : null,
              ),
            ),
          )
        : h('button', { class: 'secondary small', id: `group-switch-${b.id}`, onclick: () => opts.act(() => group.switchTo(b.id)) }, t('group.switchTo')),
    ),
  );
  const pick = (id: string, selected: number) =>
    h(
      'select',
      { id, 'aria-label': id.endsWith('a') ? t('group.compareA') : t('group.compareB') },
      ...group.state.branches.map((b) => h('option', { value: b.id, selected: b.id === selected }, t('group.branchShort', { id: b.id }))),
    );
  const a = pick('group-compare-a', 1);
  const b = pick('group-compare-b', group.state.branches.length);
  return h(
    'section',
    { class: 'group-branches no-print', 'aria-labelledby': 'group-branches-heading' },
    h('h2', { id: 'group-branches-heading' }, t('group.branches')),
    h('ul', { class: 'branch-list' }, ...items),
    group.state.branches.length > 1
      ? h(
          'p',
          { class: 'group-compare' },
          a,
          b,
          h('button', { class: 'secondary', id: 'group-compare', onclick: () => opts.compare(Number(a.value), Number(b.value)) }, t('group.compare')),
        )
      : null,
  );
}

/** The main part: the decision, or the ending once the branch is over. */
function mainPart(ctx: AppContext, opts: PresenterOptions, text: Text): HTMLElement {
  const { t } = ctx;
  const { group } = opts;
  const d = group.decision;
  if (group.branch.over) {
    const result = group.resultOf(group.branch.id);
    return h(
      'div',
      { class: 'group-main' },
      h('h2', {}, t('group.ended')),
      lineTexts(group, text, d.consequence ?? [], 'group-consequence'),
      h('h3', {}, t(`debrief.verdict.${result.verdict}`)),
      scoresSection(ctx, result, 'group-scores', { notebook: false }),
    );
  }
  return h(
    'div',
    { class: 'group-main' },
    h('p', { class: 'group-phase', id: 'group-phase' }, t(`group.phase.${d.phase}`)),
    lineTexts(group, text, d.passage, 'group-passage'),
    optionList(ctx, opts, text),
    d.consequence ? h('h3', {}, t('group.consequence')) : null,
    d.consequence ? lineTexts(group, text, d.consequence, 'group-consequence') : null,
    phaseControls(ctx, opts),
  );
}

/** The presenter's screen (drawn again on every change; the run keeps focus where it was). */
export function renderPresenter(ctx: AppContext, opts: PresenterOptions): HTMLElement[] {
  const { t, i18n } = ctx;
  const { group } = opts;
  const scenario = group.state.scenario;
  const text: Text = (id, english) => storyText(i18n, scenario, id, english);
  const heading = group.branch.over
    ? t('group.headingEnded', { title: t(`scenario.${scenario}.title`), branch: group.branch.id })
    : t('group.heading', { title: t(`scenario.${scenario}.title`), index: group.branch.decisions.length, branch: group.branch.id });
  return [
    h('h1', { id: 'group-heading', tabindex: '-1' }, heading),
    h('p', { class: 'keys-hint group-keys', id: 'group-keys' }, t('group.keys')),
    h(
      'div',
      { class: 'group-toolbar no-print' },
      h('button', { class: 'secondary', id: 'group-audience', onclick: () => opts.openAudience() }, t('group.openAudience')),
      h(
        'button',
        {
          class: 'secondary',
          id: 'group-panel-toggle',
          'aria-expanded': String(opts.panelShown),
          'aria-controls': 'group-panel',
          onclick: () => opts.togglePanel(),
        },
        t('group.panelToggle'),
      ),
      h('button', { class: 'secondary', id: 'group-pause', onclick: () => opts.togglePause() }, t('group.pause')),
      h('button', { class: 'secondary', id: 'group-summary', onclick: () => opts.summary() }, t('group.summary')),
      h('button', { class: 'secondary', id: 'group-exit', onclick: () => opts.exit() }, t('group.exit')),
    ),
    // A class, not :has(): Firefox 115 (a target) has no :has().
    h('div', { class: opts.panelShown ? 'group-layout' : 'group-layout panel-hidden' }, mainPart(ctx, opts, text), facilitatorPanel(ctx, opts, text)),
    branchesSection(ctx, opts, text),
  ];
}
