import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { barOptions } from '@/components/charts/bar-options';
import { BarChart } from '@/components/charts/BarChart';

const spec = {
  labels: ['Mon', 'Tue', 'Wed'],
  series: [
    { label: 'negative', color: 'red', values: [1, 0, 2] },
    { label: 'neutral', color: 'gray', values: [3, 1, 0] },
    { label: 'positive', color: 'green', values: [0, 4, 1] },
  ],
};

describe('bar chart options', () => {
  test('stacks the series as running totals, drawn tallest first so each colour shows its own share', () => {
    const { data, options } = barOptions(spec, { width: 300, height: 100 }, '#000');
    expect(data).toEqual([
      [0, 1, 2],
      [4, 5, 3],
      [4, 1, 2],
      [1, 0, 2],
    ]);
    expect(options.series.slice(1).map((s) => s.label)).toEqual(['positive', 'neutral', 'negative']);
    expect(options.series.slice(1).map((s) => s.fill)).toEqual(['green', 'gray', 'red']);
  });

  test('labels at most ten categories under the axis', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `d${i}`);
    const { options } = barOptions(
      { labels, series: [{ label: 'n', color: 'teal', values: labels.map(() => 1) }] },
      { width: 700, height: 100 },
      '#000',
    );
    const axis = options.axes![0]!;
    const splits = (axis.splits as unknown as () => number[])();
    const values = (axis.values as unknown as (u: unknown, s: number[]) => string[])(null, splits);
    expect(values.filter(Boolean)).toEqual([
      'd0',
      'd3',
      'd6',
      'd9',
      'd12',
      'd15',
      'd18',
      'd21',
      'd24',
      'd27',
    ]);
  });

  test('an empty chart still has a scale, and counts get whole-number ticks only', () => {
    const { options } = barOptions(
      { labels: ['a'], series: [{ label: 'n', color: 'teal', values: [0] }] },
      { width: 100, height: 100 },
      '#000',
    );
    const range = options.scales!.y!.range as unknown as (u: unknown, min: number, max: number) => number[];
    expect(range(null, 0, 0)).toEqual([0, 1]);
    expect(range(null, 0, 10)).toEqual([0, 11]);
    const ticks = options.axes![1]!.values as unknown as (u: unknown, s: number[]) => string[];
    expect(ticks(null, [0, 0.5, 1, 1.5, 2])).toEqual(['0', '', '1', '', '2']);
  });
});

/** Just enough canvas for uPlot to draw on: every 2D call accepted, text measured as empty. */
function fakeCanvas() {
  const ctx: Record<string | symbol, unknown> = {};
  const proxy: unknown = new Proxy(ctx, {
    get: (target, key) =>
      key in target ? target[key] : key === 'measureText' ? () => ({ width: 0 }) : () => undefined,
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(proxy as CanvasRenderingContext2D);
  vi.stubGlobal(
    'Path2D',
    class {
      rect() {}
      moveTo() {}
      lineTo() {}
      closePath() {}
      arc() {}
      addPath() {}
    },
  );
}

describe('bar chart', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('without a canvas it is its summary alone', () => {
    render(<BarChart spec={spec} label="Comments by sentiment" />);
    const chart = screen.getByRole('img', { name: 'Comments by sentiment' });
    expect(chart.querySelector('canvas')).toBeNull();
  });

  test('with a canvas uPlot draws into it, and new data replaces the chart rather than adding one', () => {
    fakeCanvas();
    const view = render(<BarChart spec={spec} label="Comments by sentiment" />);
    const chart = screen.getByRole('img', { name: 'Comments by sentiment' });
    expect(chart.querySelectorAll('.uplot canvas')).toHaveLength(1);
    view.rerender(
      <BarChart spec={{ ...spec, labels: ['Thu', 'Fri', 'Sat'] }} label="Comments by sentiment" />,
    );
    expect(chart.querySelectorAll('.uplot')).toHaveLength(1);
  });
});
