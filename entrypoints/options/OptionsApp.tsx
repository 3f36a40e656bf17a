import { i18n } from '#imports';
import { Loadable } from '@/components/Loadable';
import { StatsTable } from '@/components/StatsTable';
import { useDbStats } from '@/components/use-db-stats';
import { useRequest } from '@/components/use-request';
import type { PageRecord } from '@/utils/db/records';
import { BrandPagesEditor } from './BrandPagesEditor';
import { BrandVoiceEditor } from './BrandVoiceEditor';
import { ModeratorName } from './ModeratorName';
import { ResponseTargets } from './ResponseTargets';
import { Retention } from './Retention';
import { TemplatesEditor } from './TemplatesEditor';

function PageList({ pages }: { pages: PageRecord[] }) {
  if (pages.length === 0) return <p className="muted">{i18n.t('options.noPages')}</p>;
  return (
    <ul className="plain" data-testid="pages-seen">
      {pages.map((p) => (
        <li key={p.id}>
          <strong>{p.name}</strong> <span className="muted">· {i18n.t(`platform.${p.platform}`)}</span>{' '}
          <span className="muted">
            {i18n.t('options.lastSeen', [new Date(p.lastSeenAt).toLocaleString()])}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function OptionsApp() {
  const stats = useDbStats();
  const pages = useRequest('listPages', {}, ['pages']);
  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <BrandPagesEditor />
      <ModeratorName />
      <BrandVoiceEditor />
      <ResponseTargets />
      <TemplatesEditor />
      <Retention />
      <Loadable state={stats}>{(value) => <StatsTable stats={value} />}</Loadable>
      <h2>{i18n.t('options.pages')}</h2>
      <Loadable state={pages}>{(value) => <PageList pages={value} />}</Loadable>
      <p className="muted">{i18n.t('common.privacy')}</p>
    </main>
  );
}
