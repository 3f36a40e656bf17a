import { browser, i18n } from '#imports';
import { useMemo } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { DataTable } from '@/components/charts/DataTable';
import type { SentimentSeries } from '@/utils/db/insights';
import { SENTIMENT_COLORS } from './colors';

// Bottom to top: the negative share sits on the axis, where it is easiest to compare.
const ORDER = ['negative', 'neutral', 'positive'] as const;

function dayLabel(at: number): string {
  return new Date(at).toLocaleDateString(browser.i18n.getUILanguage(), { day: 'numeric', month: 'short' });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Comments per day (or week) by sentiment, as stacked bars. */
export function SentimentTrend({ series }: { series: SentimentSeries }) {
  const spec = useMemo(
    () => ({
      labels: series.starts.map(dayLabel),
      series: ORDER.map((s) => ({
        label: i18n.t(`sentiment.${s}`),
        color: SENTIMENT_COLORS[s],
        values: series[s],
      })),
    }),
    [series],
  );
  const summary = i18n.t(
    series.bucket === 'day' ? 'insights.sentimentChartDay' : 'insights.sentimentChartWeek',
    [String(sum(series.positive)), String(sum(series.neutral)), String(sum(series.negative))],
  );
  return (
    <section aria-labelledby="insights-sentiment">
      <h3 id="insights-sentiment">{i18n.t('insights.sentiment')}</h3>
      <ul className="legend" aria-hidden="true">
        {[...ORDER].reverse().map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: SENTIMENT_COLORS[s] }} />
            {i18n.t(`sentiment.${s}`)}
          </li>
        ))}
      </ul>
      <BarChart spec={spec} height={200} label={summary} />
      <DataTable
        caption={i18n.t('insights.sentiment')}
        columns={[
          i18n.t(series.bucket === 'day' ? 'insights.day' : 'insights.weekOf'),
          i18n.t('sentiment.positive'),
          i18n.t('sentiment.neutral'),
          i18n.t('sentiment.negative'),
        ]}
        rows={spec.labels.map(
          (label, i) =>
            [label, series.positive[i] ?? 0, series.neutral[i] ?? 0, series.negative[i] ?? 0] as const,
        )}
      />
    </section>
  );
}
