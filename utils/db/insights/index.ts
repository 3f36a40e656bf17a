import type { ResponseTargets } from '../../replies/types';
import type { TanggapDb } from '../database';
import { periodOf, type PeriodDays } from './period';
import { readResponseTimes, type ResponseTimes } from './response-times';
import { countSentiment, emptySeries, type SentimentSeries } from './sentiment-series';
import { commenterOf, StageMix, type StageCounts } from './stage-mix';
import { taggedComments } from './tagged-comments';

export { PERIOD_DAYS, type PeriodDays } from './period';
export { RESPONSE_BINS_MINUTES, type ResponseTimes } from './response-times';
export type { SentimentSeries } from './sentiment-series';
export type { StageCounts } from './stage-mix';

export interface InsightsQuery {
  /** One page, or null for every page. */
  pageId: string | null;
  days: PeriodDays;
}

export interface Insights {
  from: number;
  to: number;
  /** Tagged comments by the public in the period. */
  comments: number;
  /** Distinct people among their authors. */
  commenters: number;
  stages: StageCounts;
  sentiment: SentimentSeries;
  responses: ResponseTimes;
}

/** The insights view's numbers, in one pass over the period's comments and one over its replies. */
export async function readInsights(
  db: TanggapDb,
  query: InsightsQuery,
  now: number,
  targets: ResponseTargets,
): Promise<Insights> {
  const period = periodOf(now, query.days);
  const mix = new StageMix();
  const sentiment = emptySeries(period);
  let comments = 0;
  for await (const batch of taggedComments(db, period, query.pageId)) {
    for (const { comment, tag, at } of batch) {
      comments += 1;
      mix.add(commenterOf(comment), tag.stage);
      countSentiment(sentiment, period, at, tag.sentiment);
    }
  }
  return {
    from: period.from,
    to: period.to,
    comments,
    commenters: mix.commenters,
    stages: mix.counts(),
    sentiment,
    responses: await readResponseTimes(db, period, query.pageId, targets),
  };
}
