/**
 * What the room may see of a group session, and nothing else: the projector's
 * window is sent this (src/ui/group/channel.ts), never the record. Before a
 * decision's reveal it holds no score, feedback or standard: the room decides
 * on the situation, not on the rubric. While paused it holds nothing at all.
 * Texts are ids (lines and choices); the audience window translates them.
 */
import type { CriticalErrorId } from './critical-errors.ts';
import type { GroupRecord, Phase } from './group-record.ts';
import type { ScenarioManifest } from './manifest.ts';
import type { StandardId } from './standards.ts';
import type { Score } from './tags.ts';

/** What the rubric says about one option: shown to the room only once revealed. */
export interface AudienceRubric {
  choiceId: string;
  score: Score;
  /** The id of the option's feedback text (`<choice id>@feedback`), if it has one. */
  feedback?: string;
  standards: StandardId[];
  critical: CriticalErrorId[];
}

export type AudienceView =
  | { screen: 'paused'; paused: true }
  | { screen: 'content-note'; paused: false; scenario: string }
  | {
      screen: 'decision';
      paused: false;
      scenario: string;
      /** 1-based decision number on this branch. */
      number: number;
      branch: number;
      phase: Phase;
      /** Line ids of the passage. */
      passage: string[];
      /** Choice ids in the shown order. */
      options: string[];
      /** Hands per option (aligned with `options`), once the facilitator has entered any. */
      tally?: number[];
      /** The option taken, once decided. */
      chosen?: string;
      decidedBy?: 'majority' | 'facilitator';
      /** Line ids the choice led to, once decided. */
      consequence?: string[];
      /** Per option, in shown order: only once revealed. */
      rubric?: AudienceRubric[];
    }
  | { screen: 'ended'; paused: false; scenario: string; branch: number; ending?: string; endingLine?: string };

/** The rubric of each option, as the room sees it once revealed. */
function rubricOf(options: readonly string[], manifest: Pick<ScenarioManifest, 'choices'>): AudienceRubric[] {
  return options.map((id) => {
    const c = manifest.choices[id];
    const r: AudienceRubric = {
      choiceId: id,
      score: { identification: 0, protection: 0, procedure: 0, ...c?.score },
      standards: [...(c?.standards ?? [])],
      critical: [...(c?.critical ?? [])],
    };
    if (c?.feedback) r.feedback = `${id}@feedback`;
    return r;
  });
}

/**
 * The audience view of a group session's state: only what the room may see now.
 * @param manifest where the rubric comes from (used only once a decision is revealed)
 */
export function audienceView(state: Readonly<GroupRecord>, manifest: Pick<ScenarioManifest, 'choices' | 'lines'>): AudienceView {
  if (state.paused) return { screen: 'paused', paused: true };
  if (!state.started) return { screen: 'content-note', paused: false, scenario: state.scenario };
  const branch = state.branches[state.current - 1];
  const d = branch?.decisions.at(-1);
  if (!branch || !d) return { screen: 'content-note', paused: false, scenario: state.scenario };
  if (branch.over) {
    const endingLine = d.consequence?.find((id) => manifest.lines[id]?.ending);
    return {
      screen: 'ended',
      paused: false,
      scenario: state.scenario,
      branch: branch.id,
      ending: endingLine ? manifest.lines[endingLine]?.ending : undefined,
      endingLine,
    };
  }
  const view: AudienceView = {
    screen: 'decision',
    paused: false,
    scenario: state.scenario,
    number: branch.decisions.length,
    branch: branch.id,
    phase: d.phase,
    passage: [...d.passage],
    options: [...d.options],
  };
  if (d.votes) view.tally = [...d.votes];
  if (d.decision) {
    view.chosen = d.decision.choiceId;
    view.decidedBy = d.decision.by;
    view.consequence = [...(d.consequence ?? [])];
  }
  if (d.phase === 'revealed') view.rubric = rubricOf(d.options, manifest);
  return view;
}
