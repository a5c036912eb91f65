/** The play screen's dialogs: leaving a scene, and the history of what was shown. */
import type { ShownLine } from '../../core/story-runner.ts';
import type { AppContext } from '../context.ts';
import { showDialog } from '../dialogs.ts';
import { h } from '../dom.ts';

/**
 * "Leave scene": stay, skip this scene's text (the trainee can still decide),
 * skip to a debrief of what was done, or go back to the list. Leaving costs nothing.
 */
export function showLeaveDialog(ctx: AppContext, then: { onHide(): void; onDebrief(): void; onList(): void }): void {
  const { t } = ctx;
  showDialog({
    id: 'leave-dialog',
    heading: t('leave.heading'),
    body: [t('leave.body')],
    buttons: [
      { label: t('leave.stay'), primary: true, id: 'leave-stay', action: () => undefined },
      { label: t('leave.hide'), id: 'leave-hide', action: then.onHide },
      { label: t('leave.debrief'), id: 'leave-debrief', action: then.onDebrief },
      { label: t('leave.list'), id: 'leave-list', action: then.onList },
    ],
  });
}

/** Everything shown so far, to read back: a page turned is never lost. `text` translates a line by id. */
export function showHistory(ctx: AppContext, transcript: readonly ShownLine[], text: (id: string, english: string) => string): void {
  const { t } = ctx;
  showDialog({
    id: 'history-dialog',
    heading: t('play.history'),
    body: [
      h(
        'div',
        { class: 'history-lines', tabindex: '0', role: 'region', 'aria-label': t('play.history') },
        ...transcript.map((line) => {
          const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
          return h('p', { class: speaker ? 'spoken' : undefined }, speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null, text(line.id, line.text));
        }),
      ),
    ],
    buttons: [{ label: t('notebook.close'), primary: true, id: 'history-close', action: () => undefined }],
  });
}
