import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { readInsights } from '@/utils/db/insights';
import { bucketOf, periodOf } from '@/utils/db/insights/period';
import { DEFAULT_TARGETS } from '@/utils/replies/types';
import { NOW, daysAgo, storeComments } from './build';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`insights-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('periods', () => {
  test('seven days are today and the six before, one bucket per local day', () => {
    const period = periodOf(NOW, 7);
    expect(period.bucket).toBe('day');
    expect(period.starts).toEqual([6, 5, 4, 3, 2, 1, 0].map((d) => daysAgo(d, 0)));
    expect(period.to).toBe(daysAgo(-1, 0));
    expect(bucketOf(period, daysAgo(6, 0))).toBe(0);
    expect(bucketOf(period, daysAgo(3, 23))).toBe(3);
    expect(bucketOf(period, NOW)).toBe(6);
    expect(bucketOf(period, daysAgo(6, 0) - 1)).toBe(-1);
    expect(bucketOf(period, daysAgo(-1, 0))).toBe(-1);
  });

  test('ninety days come in weeks, the last one shorter', () => {
    const period = periodOf(NOW, 90);
    expect(period.bucket).toBe('week');
    expect(period.starts).toHaveLength(13);
    expect(period.starts[0]).toBe(daysAgo(89, 0));
    expect(period.starts[12]).toBe(daysAgo(89 - 84, 0));
  });

  test('a day with a clock change is still one day', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      // Clocks went forward on 30 March 2025 in Berlin: that day has 23 hours.
      const period = periodOf(new Date(2025, 2, 31, 10).getTime(), 7);
      expect(period.starts.map((s) => new Date(s).getHours())).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(period.starts[6]! - period.starts[5]!).toBe(23 * 3_600_000);
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('sentiment over time', () => {
  test('counts comments per day by sentiment, and leaves out the page, other pages and older days', async () => {
    await storeComments(db, [
      { id: 'p1', sentiment: 'positive', at: daysAgo(0, 9) },
      { id: 'p2', sentiment: 'positive', at: daysAgo(0, 14) },
      { id: 'n1', sentiment: 'negative', at: daysAgo(6, 1) },
      { id: 'n2', sentiment: 'negative', at: null, firstSeenAt: daysAgo(2) },
      { id: 'u1', sentiment: 'neutral', at: daysAgo(3) },
      { id: 'x1', sentiment: 'negative', at: daysAgo(7, 23) },
      { id: 'x2', sentiment: 'positive', at: daysAgo(1), byPage: true },
      { id: 'x3', sentiment: 'negative', at: daysAgo(1), page: 'instagram:kopirindang' },
    ]);
    const { sentiment } = await readInsights(
      db,
      { pageId: 'facebook:kopirindang', days: 7 },
      NOW,
      DEFAULT_TARGETS,
    );
    expect(sentiment.bucket).toBe('day');
    expect(sentiment.positive).toEqual([0, 0, 0, 0, 0, 0, 2]);
    expect(sentiment.neutral).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(sentiment.negative).toEqual([1, 0, 0, 0, 1, 0, 0]);
  });

  test('a corrected sentiment counts as corrected', async () => {
    await storeComments(db, [{ id: 's1', sentiment: 'positive', at: daysAgo(0) }]);
    // "mantap, 3 minggu gak nyampe 👏": the engine read praise, the moderator sarcasm.
    await db.annotations.update('s1', { sentiment: 'negative', source: 'manual' });
    const { sentiment } = await readInsights(db, { pageId: null, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(sentiment.negative[6]).toBe(1);
    expect(sentiment.positive[6]).toBe(0);
  });

  test('ninety days are counted per week', async () => {
    await storeComments(db, [
      // The first week: its first hour and its last.
      { id: 'w0', sentiment: 'neutral', at: daysAgo(89, 0) },
      { id: 'w0b', sentiment: 'neutral', at: daysAgo(83, 23) },
      { id: 'w1', sentiment: 'positive', at: daysAgo(82, 0) },
      { id: 'w12', sentiment: 'negative', at: daysAgo(0) },
      { id: 'old', sentiment: 'negative', at: daysAgo(90) },
    ]);
    const { sentiment } = await readInsights(db, { pageId: null, days: 90 }, NOW, DEFAULT_TARGETS);
    expect(sentiment.bucket).toBe('week');
    expect(sentiment.neutral.slice(0, 2)).toEqual([2, 0]);
    expect(sentiment.positive.slice(0, 2)).toEqual([0, 1]);
    expect(sentiment.negative[12]).toBe(1);
    expect(sentiment.negative.reduce((a, b) => a + b)).toBe(1);
  });
});
