/**
 * The class report's charts, with Chart.js: imported only by the class
 * report screen (a chunk of its own), and only the parts it uses. Every
 * chart has a table with the same numbers beside it (the canvas is an image
 * to assistive technology); no animation (projectors, reduced motion).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ChartSpec {
  /** Vertical bars (bands, verdicts) or horizontal bars (long labels: indicators). */
  kind: 'bar' | 'hbar';
  labels: string[];
  values: number[];
  /** What a bar counts (the tooltip). */
  label: string;
}

/** Draw each chart in its canvas; returns a function that destroys them. */
export function drawCharts(charts: readonly { canvas: HTMLCanvasElement; spec: ChartSpec }[]): () => void {
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue('--text').trim() || '#f3efe6';
  const accent = style.getPropertyValue('--accent').trim() || '#ffd166';
  const grid = 'rgba(200, 200, 200, 0.25)';
  const made = charts.map(
    ({ canvas, spec }) =>
      new Chart(canvas, {
        type: 'bar',
        data: { labels: spec.labels, datasets: [{ label: spec.label, data: spec.values, backgroundColor: accent, borderColor: text, borderWidth: 1 }] },
        options: {
          indexAxis: spec.kind === 'hbar' ? 'y' : 'x',
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: {
            x: { ticks: { color: text, precision: 0, font: { size: 14 } }, grid: { color: grid } },
            y: { ticks: { color: text, precision: 0, font: { size: 14 } }, grid: { color: grid }, beginAtZero: true },
          },
        },
      }),
  );
  return () => made.forEach((c) => c.destroy());
}
