import { i18n } from '#imports';
import { useMemo } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { DataTable } from '@/components/charts/DataTable';
import type { StageCounts } from '@/utils/db/insights';
import { STAGES } from '@/utils/db/records';
import { ACCENT } from './colors';

/** Distinct commenters by the highest engagement stage they reached. */
export function StageMix({
  stages,
  commenters,
  comments,
}: {
  stages: StageCounts;
  commenters: number;
  comments: number;
}) {
  const rows = STAGES.map((s) => [i18n.t(`stage.${s}`), stages[s]] as const);
  const spec = useMemo(
    () => ({
      labels: STAGES.map((s) => i18n.t(`stage.${s}`)),
      series: [{ label: i18n.t('insights.people'), color: ACCENT, values: STAGES.map((s) => stages[s]) }],
    }),
    [stages],
  );
  return (
    <section aria-labelledby="insights-stages">
      <h3 id="insights-stages">{i18n.t('insights.stages')}</h3>
      <p className="muted">{i18n.t('insights.stagesHelp', [String(commenters), String(comments)])}</p>
      <BarChart
        spec={spec}
        height={160}
        label={i18n.t('insights.stagesChart', [rows.map(([label, n]) => `${label} ${n}`).join(', ')])}
      />
      <DataTable
        caption={i18n.t('insights.stages')}
        columns={[i18n.t('insights.stage'), i18n.t('insights.people')]}
        rows={rows}
      />
    </section>
  );
}
