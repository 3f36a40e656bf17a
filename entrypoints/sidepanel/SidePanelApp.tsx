import { i18n } from '#imports';
import { Loadable } from '@/components/Loadable';
import { StatsTable } from '@/components/StatsTable';
import { useRequest } from '@/components/use-request';
import { RecentComments } from './RecentComments';

export function SidePanelApp() {
  const stats = useRequest('getStats', {}, ['comments', 'annotations', 'replies']);
  const recent = useRequest('recentComments', { limit: 50 }, ['comments']);
  return (
    <main>
      <h1>{i18n.t('sidepanel.title')}</h1>
      <p className="muted">{i18n.t('sidepanel.selectHint')}</p>
      <Loadable state={stats}>{(value) => <StatsTable stats={value} />}</Loadable>
      <h2>{i18n.t('sidepanel.recent')}</h2>
      <Loadable state={recent}>{(comments) => <RecentComments comments={comments} />}</Loadable>
    </main>
  );
}
