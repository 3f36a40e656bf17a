import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { periodOf } from '@/utils/db/insights/period';
import {
  bySweep,
  byTimeIndex,
  taggedComments,
  type TaggedComment,
} from '@/utils/db/insights/tagged-comments';
import { NOW, daysAgo, storeComments, type Hand } from './build';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`tagged-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const IG = 'instagram:kopirindang';

/** Comments over four months, most of them older than a week: some untimed, some not to count. */
function hands(): Hand[] {
  const out: Hand[] = [];
  for (let d = 0; d < 120; d += 1) {
    out.push({ id: `fb-${d}`, at: daysAgo(d, d % 24) });
    if (d % 10 === 0) out.push({ id: `ig-${d}`, page: IG, at: daysAgo(d) });
    if (d % 15 === 0) out.push({ id: `untimed-${d}`, at: null, firstSeenAt: daysAgo(d) });
  }
  out.push({ id: 'ours', byPage: true, at: daysAgo(1) });
  out.push({ id: 'untagged', tagged: false, at: daysAgo(1) });
  out.push({ id: 'ahead', at: daysAgo(-2) });
  return out;
}

async function ids(batches: AsyncGenerator<TaggedComment[]>): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of batches) out.push(...batch.map((t) => t.comment.id));
  return out.sort();
}

describe("the period's tagged comments", () => {
  test.each([
    [7, null, ['fb-0', 'fb-1', 'fb-2', 'fb-3', 'fb-4', 'fb-5', 'fb-6', 'ig-0', 'untimed-0']],
    [7, IG, ['ig-0']],
    [30, IG, ['ig-0', 'ig-10', 'ig-20']],
  ] as const)(
    '%d days of %s: the same through the index and in the sweep',
    async (days, pageId, expected) => {
      await storeComments(db, hands());
      const period = periodOf(NOW, days);
      expect(await ids(byTimeIndex(db, period, pageId))).toEqual([...expected].sort());
      expect(await ids(bySweep(db, period, pageId))).toEqual([...expected].sort());
      expect(await ids(taggedComments(db, period, pageId))).toEqual([...expected].sort());
    },
  );

  test('ninety days: every way finds the same comments, in batches of any size', async () => {
    await storeComments(db, hands());
    const period = periodOf(NOW, 90);
    const viaIndex = await ids(byTimeIndex(db, period, null));
    // 90 timed on Facebook, 9 on Instagram, 6 untimed.
    expect(viaIndex).toHaveLength(105);
    expect(await ids(bySweep(db, period, null))).toEqual(viaIndex);
    // Small batches: the sweep's key ranges meet without a gap or an overlap.
    expect(await ids(byTimeIndex(db, period, null, 4))).toEqual(viaIndex);
    expect(await ids(bySweep(db, period, null, 7))).toEqual(viaIndex);
  });
});
