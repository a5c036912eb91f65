/**
 * Class report (for instructors): trainees' exported results dropped in
 * (files, or a folder) and read on this computer only. The figures come
 * from src/core/class-report.ts; this screen draws them as tables, with
 * charts (Chart.js, loaded with this screen only: src/ui/report-charts.ts)
 * beside the tables that hold the same numbers. CSV downloads and print.
 * Loaded on demand (src/ui/app.ts), so the first screen's bundle does not carry it.
 */
import {
  buildClassReport,
  summaryCsv,
  traineesCsv,
  type ClassReport,
  type ReportFile,
  type ScenarioSummary,
  type StoryVersion,
} from '../../core/class-report.ts';
import { bandLabel, problemText, scoredText } from '../../core/class-report-labels.ts';
import { loadStoryTranslations, storyText, type ResourceSource } from '../../core/i18n.ts';
import { loadInkEngine } from '../../core/ink-engine.ts';
import { DIMENSIONS } from '../../core/vocabulary.ts';
import { findScenario, loadScenario } from '../../scenario-catalog.ts';
import type { AppContext } from '../context.ts';
import { h, replaceChildren } from '../dom.ts';
import { download } from '../set-aside.ts';
import type { ChartSpec } from '../report-charts.ts';

/** The files dropped so far (kept while the app runs, so a language change redraws the same report). */
const dropped: ReportFile[] = [];

/** Wide tables scroll in their own box, which the keyboard can reach and scroll. */
const WIDE = new Set(['distribution-table', 'trainee-table']);

/** A caption-ed table; the first cell of each row is its header. */
function table(caption: string, head: string[], rows: (string | Node)[][], cls = ''): HTMLElement {
  const wide = WIDE.has(cls);
  return h(
    'div',
    { class: `table-wrap ${cls}`, tabindex: wide ? 0 : null, role: wide ? 'region' : null, 'aria-label': wide ? caption : null },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
    ),
  );
}

/** A share as text with a small bar (the text is what is read; the bar is decoration). */
function shareCell(percent: number): HTMLElement {
  const fill = h('span', { class: 'share-fill', 'aria-hidden': 'true' });
  fill.style.width = `${percent}%`;
  return h('span', { class: 'share' }, h('span', { class: 'share-track', 'aria-hidden': 'true' }, fill), `${percent}%`);
}

/** A chart's place: a canvas described as a picture of the table that follows it. */
function chartBox(ctx: AppContext, spec: ChartSpec, charts: { canvas: HTMLCanvasElement; spec: ChartSpec }[]): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': ctx.t('report.chart') });
  charts.push({ canvas, spec });
  const box = h('div', { class: `chart-box chart-${spec.kind}` }, canvas);
  if (spec.kind === 'hbar') box.style.height = `${Math.max(8, spec.labels.length * 2.4 + 3)}rem`;
  return box;
}

function scenarioSection(ctx: AppContext, s: ScenarioSummary, charts: { canvas: HTMLCanvasElement; spec: ChartSpec }[]): HTMLElement {
  const { t, i18n } = ctx;
  const dims = [...DIMENSIONS, 'total'] as const;
  const dimLabel = (d: (typeof dims)[number]) => (d === 'total' ? t('debrief.total') : t(`debrief.dimension.${d}`));
  const verdicts = (['passed', 'not-passed', 'incomplete'] as const).map((v) => ({ label: t(`debrief.verdict.${v}`), value: s.verdicts[v] }));
  const total = s.distributions.total;
  const id = `report-${s.scenario}`;
  const decisions = s.decisions.map((d) =>
    d.reached
      ? table(
          t('report.decision', { number: d.number, count: d.reached }),
          [t('report.option'), t('report.chosen'), t('report.share')],
          d.options.map((o) => [storyText(i18n, s.scenario, o.choiceId, o.text), String(o.chosen), shareCell(o.share)]),
          'decision-table',
        )
      : h('p', { class: 'hint' }, t('report.notReached', { number: d.number })),
  );
  return h(
    'section',
    { class: 'report-scenario', id, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, t('report.scenario', { title: t(`scenario.${s.scenario}.title`) })),
    h('p', { class: 'report-count' }, t('report.trainees', { count: s.trainees })),
    h(
      'div',
      { class: 'report-pair' },
      h(
        'div',
        {},
        h('h3', {}, t('report.verdicts')),
        chartBox(ctx, { kind: 'bar', labels: verdicts.map((v) => v.label), values: verdicts.map((v) => v.value), label: t('report.count') }, charts),
        table(
          t('report.verdicts'),
          [t('report.verdict'), t('report.count')],
          verdicts.map((v) => [v.label, String(v.value)]),
        ),
      ),
      h(
        'div',
        {},
        h('h3', {}, t('report.distribution', { count: total.count })),
        chartBox(ctx, { kind: 'bar', labels: total.bands.map((_, i) => bandLabel(t, i)), values: total.bands, label: t('debrief.total') }, charts),
      ),
    ),
    table(
      t('report.distribution', { count: total.count }),
      [t('report.measure'), ...dims.map(dimLabel)],
      [
        ...(['mean', 'median', 'min', 'max'] as const).map((m) => [
          t(`report.${m}`),
          ...dims.map((d) => (s.distributions[d][m] === undefined ? '–' : `${s.distributions[d][m]}%`)),
        ]),
        ...total.bands.map((_, i) => [bandLabel(t, i), ...dims.map((d) => String(s.distributions[d].bands[i]))]),
      ],
      'distribution-table',
    ),
    h('h3', {}, t('report.critical')),
    s.critical.length
      ? table(
          t('report.critical'),
          [t('report.criticalError'), t('report.count')],
          s.critical.map((c) => [t(`critical.${c.error}`), String(c.trainees)]),
          'critical-table',
        )
      : h('p', {}, t('report.noCritical')),
    h('h3', {}, t('report.missed')),
    s.missed.length
      ? h(
          'div',
          {},
          chartBox(
            ctx,
            { kind: 'hbar', labels: s.missed.map((m) => t(`indicator.${m.indicator}`)), values: s.missed.map((m) => m.missed), label: t('report.missedCount') },
            charts,
          ),
          table(
            t('report.missed'),
            [t('report.indicator'), t('report.missedCount'), t('report.shownCount')],
            s.missed.map((m) => [t(`indicator.${m.indicator}`), String(m.missed), String(m.shown)]),
            'missed-table',
          ),
        )
      : h('p', {}, t('report.noMissed')),
    h('h3', {}, t('report.decisions')),
    h('p', { class: 'hint' }, t('report.decisionsFrom', { count: s.decisionsFrom })),
    ...decisions,
    h('h3', {}, t('report.perTrainee')),
    table(
      t('report.perTrainee'),
      [t('report.trainee'), t('report.file'), t('report.verdict'), ...dims.map(dimLabel), t('report.criticalCount'), t('report.noticed'), t('report.scored')],
      s.rows.map((r) => [
        r.trainee ?? t('report.noName'),
        r.fileName,
        t(`debrief.verdict.${r.verdict}`),
        ...dims.map((d) => (r.percent ? `${r.percent[d]}%` : '–')),
        String(r.critical.length),
        t('report.noticedOf', { noticed: r.noticed, shown: r.shown }),
        scoredText(t, r),
      ]),
      'trainee-table',
    ),
  );
}

/** The stories the files name, loaded with their translations and the ink runtime (for replaying logs). */
async function storiesFor(ctx: AppContext, files: readonly ReportFile[], resources: ResourceSource): Promise<StoryVersion[]> {
  const ids = new Set<string>();
  for (const f of files) {
    try {
      const scenario = (JSON.parse(f.text) as { scenario?: unknown }).scenario;
      if (typeof scenario === 'string' && findScenario(scenario)) ids.add(scenario);
    } catch {
      // the report names the file
    }
  }
  const [stories] = await Promise.all([
    Promise.all([...ids].map((id) => loadScenario(id))),
    loadInkEngine(),
    ...[...ids].map((id) => loadStoryTranslations(ctx.i18n, ctx.prefs.language, id, resources)),
  ]);
  return stories;
}

// Over 60 lines: the screen's tree and the handlers that fill it, one element a line.
export function renderClassReport(ctx: AppContext, opts: { resources: ResourceSource; onBack: () => void }): { element: HTMLElement; dispose: () => void } {
  const { t } = ctx;
  const status = h('p', { id: 'report-status', role: 'status', 'aria-live': 'polite' });
  const output = h('div', { id: 'report-output' });
  let disposeCharts: (() => void) | undefined;
  let generation = 0;

  const show = (report: ClassReport) => {
    disposeCharts?.();
    const trainees = report.scenarios.reduce((n, s) => n + s.trainees, 0);
    status.textContent = t('report.summary', { files: report.files, trainees, problems: report.problems.length });
    const charts: { canvas: HTMLCanvasElement; spec: ChartSpec }[] = [];
    replaceChildren(
      output,
      h(
        'div',
        { class: 'report-tools no-print' },
        h(
          'button',
          { type: 'button', id: 'report-csv', onclick: () => download('class-report.csv', traineesCsv(report), 'text/csv') },
          t('report.downloadTrainees'),
        ),
        h(
          'button',
          { type: 'button', id: 'report-summary-csv', onclick: () => download('class-report-summary.csv', summaryCsv(report), 'text/csv') },
          t('report.downloadSummary'),
        ),
        h('button', { type: 'button', id: 'report-print', onclick: () => window.print() }, t('report.print')),
        h('button', { type: 'button', class: 'secondary', id: 'report-clear', onclick: () => void clear() }, t('report.clear')),
      ),
      report.problems.length
        ? h(
            'section',
            { class: 'report-problems', 'aria-labelledby': 'report-problems-h' },
            h('h2', { id: 'report-problems-h' }, t('report.problems')),
            h('ul', { id: 'report-problem-list' }, ...report.problems.map((p) => h('li', { 'data-file': p.fileName }, problemText(t, p)))),
          )
        : null,
      ...report.scenarios.map((s) => scenarioSection(ctx, s, charts)),
    );
    if (!charts.length) return;
    const mine = generation;
    import('../report-charts.ts').then(
      (m) => {
        if (mine !== generation) return;
        disposeCharts = m.drawCharts(charts);
        output.dataset.charts = 'drawn';
      },
      () => {
        if (mine === generation) status.textContent = `${status.textContent ?? ''} ${t('report.chartsFailed')}`;
      },
    );
  };

  const refresh = async () => {
    const mine = ++generation;
    if (!dropped.length) {
      disposeCharts?.();
      disposeCharts = undefined;
      status.textContent = t('report.empty');
      output.replaceChildren();
      return;
    }
    status.textContent = t('report.reading', { count: dropped.length });
    const stories = await storiesFor(ctx, dropped, opts.resources);
    if (mine !== generation) return;
    show(buildClassReport(dropped, stories));
  };

  const clear = async () => {
    dropped.length = 0;
    await refresh();
    filesButton.focus();
  };

  const add = async (files: Iterable<File>) => {
    const list = [...files].filter((f) => f.name.toLowerCase().endsWith('.json') || f.type === 'application/json');
    const read = await Promise.all(list.map(async (f) => ({ fileName: f.webkitRelativePath || f.name, text: await f.text().catch(() => '') })));
    dropped.push(...read);
    await refresh();
  };

  const fileInput = h('input', { type: 'file', id: 'report-files', multiple: true, accept: '.json,application/json', hidden: true });
  const folderInput = h('input', { type: 'file', id: 'report-folder', multiple: true, hidden: true });
  folderInput.setAttribute('webkitdirectory', '');
  for (const input of [fileInput, folderInput])
    input.addEventListener('change', () => {
      if (input.files) void add(input.files);
      input.value = '';
    });
  const filesButton = h('button', { type: 'button', class: 'primary', id: 'report-choose', onclick: () => fileInput.click() }, t('report.chooseFiles'));

  /** Files and folders dropped: folders are walked (the entries API). */
  const walk = async (entry: FileSystemEntry): Promise<File[]> => {
    if (entry.isFile)
      return new Promise((resolve) =>
        (entry as FileSystemFileEntry).file(
          (f) => resolve([f]),
          () => resolve([]),
        ),
      );
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const entries: FileSystemEntry[] = [];
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
      if (!batch.length) break;
      entries.push(...batch);
    }
    return (await Promise.all(entries.map(walk))).flat();
  };
  const zone = h(
    'div',
    {
      class: 'drop-zone no-print',
      id: 'report-drop',
      role: 'group',
      'aria-label': t('report.dropZone'),
      ondragover: (e: Event) => {
        e.preventDefault();
        zone.classList.add('over');
      },
      ondragleave: () => zone.classList.remove('over'),
      ondrop: (e: Event) => {
        e.preventDefault();
        zone.classList.remove('over');
        const items = [...((e as DragEvent).dataTransfer?.items ?? [])];
        const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
        if (entries.length) void Promise.all(entries.map(walk)).then((lists) => add(lists.flat()));
        else void add((e as DragEvent).dataTransfer?.files ?? []);
      },
    },
    h(
      'div',
      { class: 'report-actions' },
      filesButton,
      h('button', { type: 'button', id: 'report-choose-folder', onclick: () => folderInput.click() }, t('report.chooseFolder')),
      fileInput,
      folderInput,
    ),
    h('p', { class: 'hint' }, t('report.drop')),
  );

  const element = h(
    'section',
    { class: 'screen screen-report', 'aria-labelledby': 'report-title' },
    h('h1', { id: 'report-title' }, t('report.heading')),
    h('p', { class: 'no-print' }, t('report.intro')),
    zone,
    status,
    output,
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'secondary', id: 'report-back', onclick: opts.onBack }, t('report.back'))),
  );
  void refresh();
  return {
    element,
    dispose: () => {
      generation++;
      disposeCharts?.();
    },
  };
}
