/**
 * The dialogs about saves: one that cannot be read, one that restores only
 * in part, and freeing space when the device is full. Each says what
 * happened in the trainee's words and offers a way forward.
 */
import type { SaveProblem } from '../core/save.ts';
import type { ReplayReport } from '../core/session.ts';
import { findScenario } from '../scenario-catalog.ts';
import type { AppContext } from './context.ts';
import { showDialog } from './dialogs.ts';
import { h } from './dom.ts';
import { download } from './set-aside.ts';
import { saveKey } from './storage-keys.ts';

function problemText(ctx: AppContext, problem: SaveProblem, title: string): string {
  const { t } = ctx;
  switch (problem.kind) {
    case 'corrupt':
      return t('save.corrupt', { title });
    case 'newer-version':
      return t('save.newer', { title });
    case 'unknown-version':
      return t('save.unknown', { title });
    case 'wrong-scenario':
      return t('save.wrongScenario', { title });
  }
}

/** A save that cannot be read: start again (the save is set aside, not lost), or go back. */
export function showUnreadableSave(ctx: AppContext, title: string, problem: SaveProblem, onRestart: () => void): void {
  const { t } = ctx;
  showDialog({
    id: 'save-dialog',
    heading: t('save.heading'),
    body: [
      problemText(ctx, problem, title),
      // The detail is for whoever supports the trainer; it is in English, and marked so for screen readers.
      ...(problem.kind === 'corrupt' ? [h('p', { class: 'hint' }, `${t('save.technical')}: `, h('span', { lang: 'en' }, problem.detail))] : []),
    ],
    buttons: [
      { label: t('save.restartOnly'), primary: true, id: 'save-restart', action: onRestart },
      { label: t('content.back'), id: 'save-back', action: () => undefined },
    ],
  });
}

/** A save that restores only in part (an edited story, or actions play refuses): continue from there, or start again. */
export function showPartialRestore(ctx: AppContext, title: string, report: ReplayReport, then: { onContinue(): void; onRestart(): void }): void {
  const { t } = ctx;
  showDialog({
    id: 'save-dialog',
    heading: t('save.heading'),
    body: [
      report.sameStory
        ? t('save.partial', { title, replayed: report.replayed, total: report.total, dropped: report.dropped })
        : t('save.edited', { title, replayed: report.replayed, total: report.total }),
    ],
    buttons: [
      { label: t('save.continue'), primary: true, id: 'save-continue', action: then.onContinue },
      { label: t('save.restartOnly'), id: 'save-restart', action: then.onRestart },
    ],
  });
}

/**
 * Offer to remove other runs and set-aside copies (each downloaded first);
 * `onChange` (save again) after each removal and on closing.
 */
export function showFreeSpace(ctx: AppContext, currentScenario: string | undefined, onChange: () => void): void {
  const { t, store } = ctx;
  const current = currentScenario ? saveKey(currentScenario) : '';
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
            h(
              'button',
              {
                class: 'secondary',
                'data-remove': k,
                onclick: () => {
                  download(`safe-passage-${k}.json`, store.get(k) ?? '');
                  store.remove(k);
                  fill();
                  onChange();
                },
              },
              t('save.downloadRemove'),
            ),
          );
        }),
    );
  fill();
  showDialog({
    id: 'free-space-dialog',
    heading: t('save.freeSpace'),
    body: [t('save.freeSpaceBody'), list.childElementCount ? list : t('save.freeSpaceNone')],
    buttons: [{ label: t('leave.stay'), primary: true, id: 'free-space-close', action: onChange }],
  });
}

/**
 * The same scenario was played in another tab or window of this browser, which saved over this tab's run (or removed
 * it). Neither run is replaced until the trainee chooses: carry on from the other's save, or keep this tab's run
 * (the other tab is then asked the same).
 */
export function showOtherTab(ctx: AppContext, title: string, then: { onLoadLatest(): void; onKeepHere(): void }): void {
  const { t } = ctx;
  showDialog({
    id: 'other-tab-dialog',
    heading: t('save.otherTabHeading'),
    body: [t('save.otherTab', { title })],
    buttons: [
      { label: t('save.otherTabLoad'), primary: true, id: 'other-tab-load', action: then.onLoadLatest },
      { label: t('save.otherTabKeep'), id: 'other-tab-keep', action: then.onKeepHere },
    ],
    // Either way something is replaced, so there is no default: Escape asks again.
    onCancel: () => showOtherTab(ctx, title, then),
  });
}

/** A file given to "Open a saved run" that is not one (or not one this version can open): said, with the file's name. */
export function showUnreadableRunFile(ctx: AppContext, fileName: string, problem: SaveProblem): void {
  const { t } = ctx;
  showDialog({
    id: 'run-file-dialog',
    heading: t('save.fileHeading'),
    body: [
      problem.kind === 'newer-version' ? t('save.fileNewer', { file: fileName }) : t('save.fileNotRun', { file: fileName }),
      ...(problem.kind === 'corrupt' ? [h('p', { class: 'hint' }, `${t('save.technical')}: `, h('span', { lang: 'en' }, problem.detail))] : []),
    ],
    buttons: [{ label: t('dialog.close'), primary: true, id: 'run-file-close', action: () => undefined }],
  });
}

/** The device already holds another run of the file's scenario: replace it with the file's (it is not kept), or not. */
export function showReplaceRun(ctx: AppContext, title: string, onReplace: () => void): void {
  const { t } = ctx;
  showDialog({
    id: 'run-file-dialog',
    heading: t('save.fileHeadingReplace'),
    body: [t('save.fileReplace', { title })],
    buttons: [
      { label: t('save.fileKeep'), primary: true, id: 'run-file-keep', action: () => undefined },
      { label: t('save.fileReplaceButton'), id: 'run-file-replace', action: onReplace },
    ],
  });
}
