import { i18n } from '#imports';
import type { DbStats } from '@/utils/db/queries';

const ROWS = [
  ['pages', () => i18n.t('stats.pages')],
  ['posts', () => i18n.t('stats.posts')],
  ['comments', () => i18n.t('stats.comments')],
  ['annotations', () => i18n.t('stats.annotations')],
  ['replies', () => i18n.t('stats.replies')],
  ['templates', () => i18n.t('stats.templates')],
] as const satisfies ReadonlyArray<readonly [keyof DbStats, () => string]>;

/** The database's counts, as every extension page shows them. */
export function StatsTable({ stats }: { stats: DbStats }) {
  return (
    <dl className="stats" aria-label={i18n.t('common.database')}>
      {ROWS.map(([key, label]) => (
        <div key={key} className="stat">
          <dt>{label()}</dt>
          <dd data-testid={`stat-${key}`}>{stats[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
