import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { readInsights } from '@/utils/db/insights';
import { percentile } from '@/utils/db/insights/percentile';
import { DEFAULT_TARGETS } from '@/utils/replies/types';
import { NOW, daysAgo, reply } from './build';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`insights-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('percentiles', () => {
  test.each([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4, 5], 0.5, 3],
    // 5 of 6 is not 90%: the sixth it is.
    [[1, 2, 3, 4, 5, 6], 0.9, 6],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
  ])('nearest rank of %j at %d is %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('response times', () => {
  /** Ten answered replies on the page, minutes to the answer; complaints have the 60-minute target. */
  async function seed() {
    const minutes = [5, 10, 20, 30, 40, 50, 60, 90, 120, 600];
    await db.replies.bulkAdd([
      // Shuffled: order in the table must not matter.
      ...[...minutes].reverse().map((m) =>
        reply({
          responseMinutes: m,
          // The 90-minute one answered a complaint: late. The 600-minute one is late for anything.
          ...(m === 90 ? { intents: ['complaint' as const] } : {}),
          ...(m === 50 ? { sentiment: 'negative' as const } : {}),
        }),
      ),
      reply({ responseMinutes: null }),
      reply({ responseMinutes: 1, pageId: 'instagram:kopirindang', platform: 'instagram' }),
      reply({ responseMinutes: 1, insertedAt: daysAgo(8) }),
    ]);
  }

  test('median and p90 of the period’s answered replies, and the share within target', async () => {
    await seed();
    const { responses } = await readInsights(
      db,
      { pageId: 'facebook:kopirindang', days: 7 },
      NOW,
      DEFAULT_TARGETS,
    );
    expect(responses.answered).toBe(10);
    expect(responses.pending).toBe(1);
    expect(responses.medianMs).toBe(40 * 60_000);
    expect(responses.p90Ms).toBe(120 * 60_000);
    // Late: the complaint at 90 minutes and the 600-minute one; the negative one at 50 was in time.
    expect(responses.withinTarget).toBe(8);
    // ≤15 min, ≤1 h, ≤4 h, ≤24 h, longer.
    expect(responses.histogram).toEqual([2, 5, 2, 1, 0]);
  });

  test('all pages take every page’s replies; the targets come from the settings given', async () => {
    await seed();
    const { responses } = await readInsights(db, { pageId: null, days: 7 }, NOW, {
      complaintMinutes: 30,
      otherMinutes: 30,
    });
    expect(responses.answered).toBe(11);
    // 1, 5, 10, 20, 30, 40, …: the 6th of 11.
    expect(responses.medianMs).toBe(40 * 60_000);
    // 1, 5, 10, 20, 30 within 30 minutes.
    expect(responses.withinTarget).toBe(5);
  });

  test('no replies: no times rather than zero', async () => {
    const { responses } = await readInsights(db, { pageId: null, days: 30 }, NOW, DEFAULT_TARGETS);
    expect(responses).toMatchObject({
      answered: 0,
      pending: 0,
      medianMs: null,
      p90Ms: null,
      withinTarget: 0,
    });
  });
});
