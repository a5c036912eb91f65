/**
 * The class report as one standalone HTML page (scripts/class-report.ts):
 * the screen's tables, with bar charts drawn in CSS, no script and nothing
 * fetched from anywhere, so it opens from a USB stick and prints.
 */
import type { TFunction } from 'i18next';
import { DIMENSIONS } from '../src/core/vocabulary.ts';
import type { ClassReport, ScenarioSummary } from '../src/core/class-report.ts';
import { bandLabel, problemText, scoredText } from '../src/core/class-report-labels.ts';

/** Text of a choice in the report's language (English from the story if untranslated). */
export type ChoiceText = (scenario: string, choiceId: string, english: string) => string;

const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A table: header cells and rows of cells (already escaped HTML). */
function table(caption: string, head: string[], rows: string[][]): string {
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A horizontal bar chart in CSS (hidden from screen readers: the table beside it has the numbers). */
function bars(t: TFunction, items: { label: string; value: number; max: number; text: string }[]): string {
  return `<div class="bars" role="img" aria-label="${esc(t('report.chart'))}">${items
    .map(
      (i) =>
        `<div class="bar"><span class="label">${esc(i.label)}</span><span class="track"><span class="fill" style="width:${i.max > 0 ? Math.round((i.value / i.max) * 100) : 0}%"></span></span><span class="value">${esc(i.text)}</span></div>`,
    )
    .join('')}</div>`;
}

function scenarioSection(t: TFunction, s: ScenarioSummary, choiceText: ChoiceText): string {
  const dims = [...DIMENSIONS, 'total'] as const;
  const dimLabel = (d: (typeof dims)[number]) => (d === 'total' ? t('debrief.total') : t(`debrief.dimension.${d}`));
  const verdicts = (['passed', 'not-passed', 'incomplete'] as const).map((v) => ({ label: t(`debrief.verdict.${v}`), value: s.verdicts[v] }));
  const out: string[] = [`<section><h2>${esc(t('report.scenario', { title: t(`scenario.${s.scenario}.title`) }))}</h2>`];
  out.push(`<p>${esc(t('report.trainees', { count: s.trainees }))}</p>`);
  out.push(`<h3>${esc(t('report.verdicts'))}</h3>`);
  out.push(
    bars(
      t,
      verdicts.map((v) => ({ label: v.label, value: v.value, max: s.trainees, text: String(v.value) })),
    ),
  );
  out.push(
    table(
      t('report.verdicts'),
      [t('report.verdict'), t('report.count')],
      verdicts.map((v) => [esc(v.label), esc(v.value)]),
    ),
  );
  const total = s.distributions.total;
  out.push(`<h3>${esc(t('report.distribution', { count: total.count }))}</h3>`);
  out.push(
    bars(
      t,
      total.bands.map((n, i) => ({ label: bandLabel(t, i), value: n, max: Math.max(1, ...total.bands), text: String(n) })),
    ),
  );
  out.push(
    table(
      t('report.distribution', { count: total.count }),
      [t('report.measure'), ...dims.map(dimLabel)],
      [
        ...(['mean', 'median', 'min', 'max'] as const).map((m) => [esc(t(`report.${m}`)), ...dims.map((d) => esc(s.distributions[d][m] ?? '–'))]),
        ...total.bands.map((_, i) => [esc(bandLabel(t, i)), ...dims.map((d) => esc(s.distributions[d].bands[i]))]),
      ],
    ),
  );
  out.push(`<h3>${esc(t('report.decisions'))}</h3><p>${esc(t('report.decisionsFrom', { count: s.decisionsFrom }))}</p>`);
  for (const d of s.decisions) {
    if (!d.reached) {
      out.push(`<p>${esc(t('report.notReached', { number: d.number }))}</p>`);
      continue;
    }
    out.push(
      table(
        t('report.decision', { number: d.number, count: d.reached }),
        [t('report.option'), t('report.chosen'), t('report.share')],
        d.options.map((o) => [
          esc(choiceText(s.scenario, o.choiceId, o.text)),
          esc(o.chosen),
          `${o.share}% <span class="fill-inline" style="width:${o.share}px"></span>`,
        ]),
      ),
    );
  }
  out.push(`<h3>${esc(t('report.critical'))}</h3>`);
  out.push(
    s.critical.length
      ? table(
          t('report.critical'),
          [t('report.criticalError'), t('report.count')],
          s.critical.map((c) => [esc(t(`critical.${c.error}`)), esc(c.trainees)]),
        )
      : `<p>${esc(t('report.noCritical'))}</p>`,
  );
  out.push(`<h3>${esc(t('report.missed'))}</h3>`);
  out.push(
    s.missed.length
      ? table(
          t('report.missed'),
          [t('report.indicator'), t('report.missedCount'), t('report.shownCount')],
          s.missed.map((m) => [esc(t(`indicator.${m.indicator}`)), esc(m.missed), esc(m.shown)]),
        )
      : `<p>${esc(t('report.noMissed'))}</p>`,
  );
  out.push(`<h3>${esc(t('report.perTrainee'))}</h3>`);
  out.push(
    table(
      t('report.perTrainee'),
      [t('report.trainee'), t('report.file'), t('report.verdict'), ...dims.map(dimLabel), t('report.criticalCount'), t('report.noticed'), t('report.scored')],
      s.rows.map((r) => [
        esc(r.trainee ?? t('report.noName')),
        esc(r.fileName),
        esc(t(`debrief.verdict.${r.verdict}`)),
        ...dims.map((d) => esc(r.percent ? `${r.percent[d]}%` : '–')),
        esc(r.critical.length),
        esc(t('report.noticedOf', { noticed: r.noticed, shown: r.shown })),
        esc(scoredText(t, r)),
      ]),
    ),
  );
  out.push('</section>');
  return out.join('\n');
}

const STYLE = `body{font:16px/1.45 system-ui,sans-serif;margin:1.5rem;color:#111;background:#fff;max-width:75rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:#eee}
.bars{margin:.5rem 0;max-width:40rem}.bar{display:flex;gap:.5rem;align-items:center}.label{width:10rem}.track{flex:1;background:#eee;height:1rem}
.fill{display:block;height:100%;background:#1d4f91}.fill-inline{display:inline-block;height:.8rem;background:#1d4f91;vertical-align:middle}
.value{width:3rem;text-align:right}.problems li{margin:.25rem 0}section{break-before:page}
@media print{body{margin:0}.fill,.fill-inline{print-color-adjust:exact;-webkit-print-color-adjust:exact;background:#000}}`;

/** The whole page. */
export function classReportHtml(report: ClassReport, t: TFunction, lang: string, choiceText: ChoiceText, now = new Date()): string {
  const trainees = report.scenarios.reduce((n, s) => n + s.trainees, 0);
  const body = [
    `<h1>${esc(t('report.heading'))}</h1>`,
    `<p>${esc(t('report.summary', { files: report.files, trainees, problems: report.problems.length }))}</p>`,
    report.problems.length
      ? `<h2>${esc(t('report.problems'))}</h2><ul class="problems">${report.problems.map((p) => `<li>${esc(problemText(t, p))}</li>`).join('')}</ul>`
      : '',
    ...report.scenarios.map((s) => scenarioSection(t, s, choiceText)),
    `<p>${esc(t('report.generated', { files: report.files, date: now.toISOString().slice(0, 10) }))}</p>`,
  ];
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t('report.heading'))} · ${esc(t('app.title'))}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}
