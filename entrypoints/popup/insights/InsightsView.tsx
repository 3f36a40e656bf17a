import { i18n } from '#imports';
import { useState } from 'react';
import { Loadable } from '@/components/Loadable';
import { useRequest } from '@/components/use-request';
import type { PeriodDays } from '@/utils/db/insights';
import { InsightsFilters } from './InsightsFilters';
import { ResponseTimes } from './ResponseTimes';
import { SentimentTrend } from './SentimentTrend';
import { StageMix } from './StageMix';
import './insights.css';

/** How the brand pages are doing: who engages how deeply, the mood over time, how fast the team answers. */
export function InsightsView() {
  const [pageId, setPageId] = useState<string | null>(null);
  const [days, setDays] = useState<PeriodDays>(30);
  const pages = useRequest('listPages', {}, ['pages']);
  const insights = useRequest('insights', { pageId, days }, [
    'comments',
    'annotations',
    'replies',
    'settings',
  ]);
  return (
    <div className="insights">
      <h2 className="visually-hidden">{i18n.t('insights.title')}</h2>
      <InsightsFilters
        pages={pages.status === 'ready' ? pages.value : []}
        pageId={pageId}
        days={days}
        onPage={setPageId}
        onDays={setDays}
      />
      <Loadable state={insights}>
        {(value) =>
          value.comments === 0 && value.responses.answered + value.responses.pending === 0 ? (
            <p className="muted">{i18n.t('insights.empty')}</p>
          ) : (
            <>
              <StageMix stages={value.stages} commenters={value.commenters} comments={value.comments} />
              <SentimentTrend series={value.sentiment} />
              <ResponseTimes responses={value.responses} />
            </>
          )
        }
      </Loadable>
    </div>
  );
}
