import type { Sentiment } from '../records';
import { bucketOf, type Period } from './period';

/** Comments per bucket of the period, by sentiment: one array per sentiment, aligned with `starts`. */
export interface SentimentSeries {
  starts: number[];
  bucket: Period['bucket'];
  positive: number[];
  neutral: number[];
  negative: number[];
}

export function emptySeries(period: Period): SentimentSeries {
  const zeros = () => period.starts.map(() => 0);
  return {
    starts: period.starts,
    bucket: period.bucket,
    positive: zeros(),
    neutral: zeros(),
    negative: zeros(),
  };
}

/** Counts one comment in its bucket; a time outside the period is ignored. */
export function countSentiment(series: SentimentSeries, period: Period, at: number, sentiment: Sentiment) {
  const i = bucketOf(period, at);
  if (i >= 0) series[sentiment][i]! += 1;
}
