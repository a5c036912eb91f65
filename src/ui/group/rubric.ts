/**
 * What the rubric says about one option, drawn the same way on the
 * facilitator's panel, at the reveal on the presenter's screen and on the
 * projector: the points per dimension, why (the option's feedback), the
 * standards behind it and any critical error.
 */
import type { CriticalErrorId } from '../../core/critical-errors.ts';
import { storyText } from '../../core/i18n.ts';
import type { StandardId } from '../../core/standards.ts';
import type { Score } from '../../core/tags.ts';
import { DIMENSIONS } from '../../core/vocabulary.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { standardName } from '../screens/debrief.ts';

/** One option's rubric: the feedback is its story text id (`<choice>@feedback`) and English text. */
export interface OptionRubric {
  score: Score;
  feedback?: { id: string; english: string };
  standards: readonly StandardId[];
  critical: readonly CriticalErrorId[];
}

/** Points with their sign: "+2", "0", "-3". */
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The rubric of an option as a small block of text.
 * @param brief the points and any critical error only (the projector explains one option at a time)
 */
export function rubricBlock(ctx: Pick<AppContext, 't' | 'i18n'>, scenario: string, rubric: OptionRubric, brief = false): HTMLElement {
  const { t, i18n } = ctx;
  return h(
    'div',
    { class: 'rubric' },
    h('p', { class: 'rubric-points' }, DIMENSIONS.map((d) => `${t(`debrief.dimension.${d}`)}: ${signed(rubric.score[d])}`).join(' · ')),
    rubric.critical.length ? h('p', { class: 'critical-flag' }, rubric.critical.map((c) => t(`critical.${c}`)).join(' ')) : null,
    rubric.feedback && !brief
      ? h('p', {}, h('strong', {}, `${t('debrief.why')}: `), storyText(i18n, scenario, rubric.feedback.id, rubric.feedback.english))
      : null,
    rubric.standards.length && !brief
      ? h('p', { class: 'standards' }, h('strong', {}, `${t('debrief.standards')}: `), rubric.standards.map((s) => standardName(i18n, s)).join('; '))
      : null,
  );
}
