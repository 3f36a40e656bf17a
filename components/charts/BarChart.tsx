import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { barOptions, type BarSpec } from './bar-options';
import { canDraw } from './can-draw';

/**
 * Stacked bars drawn by uPlot. To assistive technology it is one image with `label` as its
 * summary; the numbers themselves go in a DataTable beside it. `spec` should be memoised: a new
 * one redraws the chart.
 */
export function BarChart({
  spec,
  label,
  width = 700,
  height = 180,
}: {
  spec: BarSpec;
  label: string;
  width?: number;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !canDraw()) return;
    // Axis text in the page's own colour, light or dark.
    const ink = getComputedStyle(el).color || '#374151';
    const { options, data } = barOptions(spec, { width, height }, ink);
    const plot = new uPlot(options, data, el);
    return () => plot.destroy();
  }, [spec, width, height]);
  return <div ref={box} className="chart" role="img" aria-label={label} style={{ minHeight: height }} />;
}
