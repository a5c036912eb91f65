/** The play screen's dialogs: leaving a scene, the history of what was shown, and the evidence to read. */
import type { EvidenceInfo } from '../../core/manifest.ts';
import type { HistoryEntry } from '../../core/session.ts';
import type { AppContext } from '../context.ts';
import { openModal, showDialog } from '../dialogs.ts';
import { h } from '../dom.ts';

/**
 * "Leave scene": stay, skip this scene's text (the trainee can still decide),
 * skip to a debrief of what was done, or go back to the list. Leaving costs nothing.
 */
export function showLeaveDialog(ctx: Pick<AppContext, 't'>, then: { onHide(): void; onDebrief(): void; onList(): void }): void {
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

/**
 * Everything shown so far, to read back, with the trainee's own choices where they were made (an answer makes sense
 * only after its question): a page turned is never lost. It opens at the latest lines. `text` translates by id.
 */
export function showHistory(
  ctx: AppContext,
  entries: readonly HistoryEntry[],
  choiceText: (choiceId: string) => string,
  text: (id: string, english: string) => string,
): void {
  const { t } = ctx;
  const region = h(
    'div',
    { class: 'history-lines', tabindex: '0', role: 'region', 'aria-label': t('play.history') },
    ...entries.map((entry) => {
      if (entry.kind === 'choice') return h('p', { class: 'echo' }, `${t('speaker.trainee')}: ${choiceText(entry.choiceId)}`);
      const { line } = entry;
      const speaker = line.tags.speaker && line.tags.speaker !== 'narrator' ? t(`speaker.${line.tags.speaker}`) : '';
      return h('p', { class: speaker ? 'spoken' : undefined }, speaker ? h('span', { class: 'speaker' }, `${speaker}: `) : null, text(line.id, line.text));
    }),
  );
  showDialog({
    id: 'history-dialog',
    heading: t('play.history'),
    body: [region],
    buttons: [{ label: t('dialog.close'), primary: true, id: 'history-close', action: () => undefined }],
  });
  region.scrollTop = region.scrollHeight;
}

/**
 * A document or object the story shows (`#evidence`), to read: its title, its
 * text as HTML (the same lines the stage's object stands for), a zoom that
 * doubles the text, and a way to the notebook to note what it shows.
 */
export function showEvidence(ctx: AppContext, evidence: EvidenceInfo, text: (id: string, english: string) => string, then: { onNote(): void }): void {
  const { t } = ctx;
  const doc = h(
    'div',
    { class: `evidence-doc kind-${evidence.kind}`, tabindex: '0', role: 'document', 'aria-label': text(evidence.title.id, evidence.title.text) },
    h('p', { class: 'evidence-kind' }, t(`evidence.kind.${evidence.kind}`)),
    ...evidence.lines.map((line) => h('p', { 'data-line-id': line.id }, text(line.id, line.text))),
  );
  const zoom = h(
    'button',
    {
      class: 'secondary',
      id: 'evidence-zoom',
      'aria-pressed': 'false',
      onclick: () => {
        const on = !doc.classList.contains('zoomed');
        doc.classList.toggle('zoomed', on);
        zoom.setAttribute('aria-pressed', String(on));
      },
    },
    t('evidence.zoom'),
  );
  const { dialog } = openModal('evidence-dialog', text(evidence.title.id, evidence.title.text), (close) => [
    doc,
    h(
      'div',
      { class: 'dialog-buttons' },
      h('button', { class: 'primary', id: 'evidence-close', onclick: close }, t('dialog.close')),
      zoom,
      h(
        'button',
        {
          class: 'secondary',
          id: 'evidence-note',
          onclick: () => {
            close();
            then.onNote();
          },
        },
        t('evidence.note'),
      ),
    ),
  ]);
  dialog.classList.add('evidence-dialog');
  doc.focus();
}

/** Several pieces of evidence in the scene (the E key): which one to open. */
export function chooseEvidence(
  ctx: AppContext,
  items: readonly EvidenceInfo[],
  text: (id: string, english: string) => string,
  open: (id: string) => void,
): void {
  const { t } = ctx;
  showDialog({
    id: 'evidence-list',
    heading: t('evidence.heading'),
    body: [],
    buttons: [
      ...items.map((e) => ({ label: text(e.title.id, e.title.text), id: `evidence-pick-${e.id}`, action: () => open(e.id) })),
      { label: t('dialog.close'), primary: true, id: 'evidence-list-close', action: () => undefined },
    ],
  });
}
