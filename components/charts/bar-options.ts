import uPlot from 'uplot';

export interface BarSeries {
  label: string;
  color: string;
  values: readonly number[];
}

/** Bars over categories; several series are stacked, the first at the bottom. */
export interface BarSpec {
  labels: readonly string[];
  series: readonly BarSeries[];
}

/** At most this many category labels under the axis; the rest stay in the data table. */
const MAX_LABELS = 10;

/**
 * uPlot options and data for stacked bars. uPlot has no stacking of its own: each series is
 * drawn as the running total up to it, tallest first, so each one's colour shows only its share.
 */
export function barOptions(
  spec: BarSpec,
  size: { width: number; height: number },
  ink: string,
): { options: uPlot.Options; data: uPlot.AlignedData } {
  const n = spec.labels.length;
  const x = spec.labels.map((_, i) => i);
  const totals: number[][] = [];
  spec.series.forEach((s, k) => totals.push(x.map((i) => (totals[k - 1]?.[i] ?? 0) + (s.values[i] ?? 0))));
  const drawn = spec.series.map((s, k) => ({ ...s, totals: totals[k]! })).reverse();
  const every = Math.ceil(n / MAX_LABELS);
  const bars = uPlot.paths.bars!({ size: [0.7, 48] });
  return {
    data: [x, ...drawn.map((s) => s.totals)],
    options: {
      ...size,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.5, n - 0.5] },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        {
          stroke: ink,
          grid: { show: false },
          ticks: { show: false },
          splits: () => x,
          values: (_u, splits) => splits.map((i) => (i % every === 0 ? (spec.labels[i] ?? '') : '')),
        },
        {
          stroke: ink,
          grid: { stroke: 'rgba(128, 128, 128, 0.2)' },
          // Counts: no tick at 2.5 people.
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
        },
      ],
      series: [
        {},
        ...drawn.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: s.color,
          width: 0,
          paths: bars,
          points: { show: false },
        })),
      ],
    },
  };
}
