/** The periods the insights view offers, in days. */
export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

export interface Period {
  /** Local midnight of the first day, inclusive. */
  from: number;
  /** Local midnight after today, exclusive: a comment stamped a little ahead of our clock still counts. */
  to: number;
  bucket: 'day' | 'week';
  /** Where each bucket starts; the last one ends at `to`. */
  starts: number[];
}

// Days are stepped with Date so that a day with a daylight-saving change is still one day.
function midnight(at: number, plusDays = 0): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays).getTime();
}

/** The last `days` days up to today, in days (up to a month) or weeks (longer: 90 bars would be noise). */
export function periodOf(now: number, days: PeriodDays): Period {
  const from = midnight(now, -(days - 1));
  const to = midnight(now, 1);
  const bucket = days <= 30 ? 'day' : 'week';
  const step = bucket === 'day' ? 1 : 7;
  const starts: number[] = [];
  for (let i = 0; i < days; i += step) starts.push(midnight(from, i));
  return { from, to, bucket, starts };
}

/** The bucket a time falls in, or -1 outside the period. Binary search: buckets are sorted. */
export function bucketOf(period: Period, at: number): number {
  if (!(at >= period.from && at < period.to)) return -1;
  let lo = 0;
  let hi = period.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (period.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
