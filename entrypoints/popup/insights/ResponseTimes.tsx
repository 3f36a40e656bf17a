import { i18n } from '#imports';
import { useMemo } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { DataTable } from '@/components/charts/DataTable';
import { RESPONSE_BINS_MINUTES, type ResponseTimes as Times } from '@/utils/db/insights';
import { ACCENT } from './colors';
import { duration } from './duration';

/** "up to 15 min", "15 min to 1 h", …, "over 24 h". */
function binLabels(): string[] {
  const edges = RESPONSE_BINS_MINUTES.map(duration);
  return [
    i18n.t('insights.upTo', [edges[0]!]),
    ...edges.slice(1).map((edge, i) => i18n.t('insights.between', [edges[i]!, edge])),
    i18n.t('insights.over', [edges[edges.length - 1]!]),
  ];
}

const ms = (value: number | null) => (value === null ? '–' : duration(value / 60_000));

/** Median and 90th percentile of the time to answer, the share within target, and how the times spread. */
export function ResponseTimes({ responses }: { responses: Times }) {
  const spec = useMemo(
    () => ({
      labels: binLabels(),
      series: [{ label: i18n.t('insights.replies'), color: ACCENT, values: responses.histogram }],
    }),
    [responses.histogram],
  );
  const rows = spec.labels.map((label, i) => [label, responses.histogram[i] ?? 0] as const);
  const share =
    responses.answered === 0 ? 0 : Math.round((100 * responses.withinTarget) / responses.answered);
  return (
    <section aria-labelledby="insights-responses">
      <h3 id="insights-responses">{i18n.t('insights.responses')}</h3>
      <p className="muted">{i18n.t('insights.responsesHelp')}</p>
      {responses.answered === 0 ? (
        <p className="muted">{i18n.t('insights.noReplies')}</p>
      ) : (
        <>
          <dl className="stats" data-testid="response-stats">
            <div className="stat">
              <dt>{i18n.t('insights.median')}</dt>
              <dd>{ms(responses.medianMs)}</dd>
            </div>
            <div className="stat">
              <dt>{i18n.t('insights.p90')}</dt>
              <dd>{ms(responses.p90Ms)}</dd>
            </div>
            <div className="stat">
              <dt>{i18n.t('insights.withinTarget')}</dt>
              <dd>
                {i18n.t('insights.withinTargetValue', [
                  String(share),
                  String(responses.withinTarget),
                  String(responses.answered),
                ])}
              </dd>
            </div>
          </dl>
          <BarChart
            spec={spec}
            height={150}
            label={i18n.t('insights.responsesChart', [rows.map(([label, n]) => `${label}: ${n}`).join(', ')])}
          />
          <DataTable
            caption={i18n.t('insights.responses')}
            columns={[i18n.t('insights.timeToAnswer'), i18n.t('insights.replies')]}
            rows={rows}
          />
        </>
      )}
      {responses.pending > 0 && (
        <p className="muted">{i18n.t('insights.pending', [String(responses.pending)])}</p>
      )}
    </section>
  );
}
