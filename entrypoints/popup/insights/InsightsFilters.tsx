import { i18n } from '#imports';
import { PERIOD_DAYS, type PeriodDays } from '@/utils/db/insights';
import type { PageRecord } from '@/utils/db/records';

/** Which page ("all pages" by default) and how many days back. */
export function InsightsFilters({
  pages,
  pageId,
  days,
  onPage,
  onDays,
}: {
  pages: readonly PageRecord[];
  pageId: string | null;
  days: PeriodDays;
  onPage: (pageId: string | null) => void;
  onDays: (days: PeriodDays) => void;
}) {
  return (
    <div className="row filters">
      <label>
        {i18n.t('insights.page')}{' '}
        <select value={pageId ?? ''} onChange={(e) => onPage(e.target.value || null)}>
          <option value="">{i18n.t('insights.allPages')}</option>
          {pages.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || p.id} · {i18n.t(`platform.${p.platform}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('insights.period')}{' '}
        <select value={days} onChange={(e) => onDays(Number(e.target.value) as PeriodDays)}>
          {PERIOD_DAYS.map((d) => (
            <option key={d} value={d}>
              {i18n.t('insights.lastDays', [String(d)])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
