import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { readInsights } from '@/utils/db/insights';
import { DEFAULT_TARGETS } from '@/utils/replies/types';
import { NOW, daysAgo, storeComments } from './build';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`insights-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const FB = 'facebook:kopirindang';
const FB2 = 'facebook:rindangbakery';
const IG = 'instagram:kopirindang';

/** Five people in the last week, and what must not count. */
async function seed() {
  await storeComments(db, [
    // Ani: a "mantap", then her own experience; on the brand's other page she proposes a collaboration.
    { id: 'a1', author: 'ani', stage: 'consumption', at: daysAgo(5) },
    { id: 'a2', author: 'ani', stage: 'creation', at: daysAgo(2) },
    { id: 'a3', author: 'ani', page: FB2, stage: 'collaboration', at: daysAgo(1) },
    { id: 'b1', author: 'budi', stage: 'curation', at: daysAgo(3) },
    { id: 'b2', author: 'budi', stage: 'consumption', at: daysAgo(0) },
    { id: 'c1', author: 'citra', stage: 'consumption', at: daysAgo(6, 0) },
    // No time on the page: placed by when we first saw it.
    { id: 'd1', author: 'dewi', stage: 'curation', at: null, firstSeenAt: daysAgo(4) },
    { id: 'e1', author: 'eko', page: IG, stage: 'creation', at: daysAgo(6) },
    // Not counted: before the period, the page's own reply, an untagged comment, untimed and old.
    { id: 'x1', author: 'citra', stage: 'collaboration', at: daysAgo(7, 23) },
    { id: 'x2', author: 'kopirindang', stage: 'collaboration', byPage: true, at: daysAgo(1) },
    { id: 'x3', author: 'fajar', tagged: false, at: daysAgo(1) },
    { id: 'x4', author: 'gita', stage: 'creation', at: null, firstSeenAt: daysAgo(30) },
  ]);
}

describe('stage mix', () => {
  test('counts each commenter once, at the highest stage reached in the period, on every page', async () => {
    await seed();
    const insights = await readInsights(db, { pageId: null, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(insights.stages).toEqual({ consumption: 1, curation: 2, creation: 1, collaboration: 1 });
    expect(insights.commenters).toBe(5);
    expect(insights.comments).toBe(8);
  });

  test('one page counts only what was said there', async () => {
    await seed();
    const facebook = await readInsights(db, { pageId: FB, days: 7 }, NOW, DEFAULT_TARGETS);
    // Ani's collaboration was on the other page: on this one she reached creation.
    expect(facebook.stages).toEqual({ consumption: 1, curation: 2, creation: 1, collaboration: 0 });
    const other = await readInsights(db, { pageId: FB2, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(other.stages).toEqual({ consumption: 0, curation: 0, creation: 0, collaboration: 1 });
    const instagram = await readInsights(db, { pageId: IG, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(instagram.stages).toEqual({ consumption: 0, curation: 0, creation: 1, collaboration: 0 });
    expect(instagram.comments).toBe(1);
  });

  test('the same name on another platform is another profile: people are told apart by their profile link', async () => {
    await storeComments(db, [
      { id: 'f1', author: 'ani', stage: 'creation', at: daysAgo(1) },
      { id: 'i1', author: 'ani', page: IG, stage: 'consumption', at: daysAgo(1) },
    ]);
    const insights = await readInsights(db, { pageId: null, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(insights.commenters).toBe(2);
    expect(insights.stages).toMatchObject({ consumption: 1, creation: 1 });
  });

  test('a longer period reaches the older comments', async () => {
    await seed();
    const month = await readInsights(db, { pageId: null, days: 30 }, NOW, DEFAULT_TARGETS);
    // Citra's collaboration 7 days ago now counts; Gita, first seen 30 days ago, is still one day
    // out (the 30 days are today and the 29 before).
    expect(month.stages).toEqual({ consumption: 0, curation: 2, creation: 1, collaboration: 2 });
    expect(month.commenters).toBe(5);
  });

  test('a manual correction counts, not the engine tag', async () => {
    await storeComments(db, [{ id: 'm1', author: 'hana', stage: 'consumption', at: daysAgo(1) }]);
    await db.annotations.update('m1', { stage: 'creation', source: 'manual' });
    const insights = await readInsights(db, { pageId: null, days: 7 }, NOW, DEFAULT_TARGETS);
    expect(insights.stages.creation).toBe(1);
    expect(insights.stages.consumption).toBe(0);
  });
});
