import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Corpus } from '@/bench/db/corpus';
import { TanggapDb } from '@/utils/db/database';
import type { HistoryQuery } from '@/utils/db/history/filters';
import { HistoryIndex } from '@/utils/db/history/search-index';
import { referenceSearch } from './reference';
import { seedCorpus } from './samples';

const NOW = 1_750_000_000_000;
const DAY = 86_400_000;

let db: TanggapDb;
let index: HistoryIndex;
let corpus: Corpus;
// Searches only read: one database for the file. Over 5,000 comments, so the table is read in slices.
beforeAll(async () => {
  db = new TanggapDb(`history-${crypto.randomUUID()}`);
  index = new HistoryIndex(db);
  corpus = await seedCorpus(db, { comments: 6_000, replies: 1_200, now: NOW, undated: 0.02 });
});
afterAll(async () => {
  await db.delete();
});

const q = (query: string, filters: HistoryQuery['filters'] = {}): HistoryQuery => ({ query, filters });

describe('the history search index', () => {
  test.each([
    ['everything', q('')],
    ['words in any order, any case', q('MIN belum')],
    ['an author', q('rina wulandari')],
    ['words of our reply', q('kami cek dulu')],
    ['a page', q('', { pageId: 'instagram:tehlembayung' })],
    ['a platform', q('', { platform: 'instagram' })],
    ['a stage', q('', { stage: 'collaboration' })],
    ['a sentiment and a word', q('kecewa', { sentiment: 'negative' })],
    ['an intent', q('', { intent: 'purchase_intent' })],
    ['unanswered, the brand’s own comments left out', q('', { answered: 'unanswered' })],
    ['answered on one platform', q('', { answered: 'answered', platform: 'facebook' })],
    ['a week', q('', { from: NOW - 30 * DAY, to: NOW - 23 * DAY })],
    ['nothing', q('tidak ada yang begini', { stage: 'creation' })],
  ])('finds %s, newest first, as the records say', async (_, query) => {
    const expected = referenceSearch(corpus, query);
    const found = await index.search(query, 0, 100_000);
    expect(found.total).toBe(expected.length);
    expect(found.ids).toEqual(expected);
  });

  test('the corpus has what the table above relies on', () => {
    expect(corpus.comments.some((c) => c.createdAt === null)).toBe(true);
    expect(corpus.comments.some((c) => c.byPage && c.answeredAt === null)).toBe(true);
    expect(referenceSearch(corpus, q('kecewa', { sentiment: 'negative' })).length).toBeGreaterThan(10);
  });

  test('gives a window of the results and their total', async () => {
    const all = referenceSearch(corpus, q('', { sentiment: 'negative' }));
    const window = await index.search(q('', { sentiment: 'negative' }), 200, 50);
    expect(window).toEqual({ total: all.length, ids: all.slice(200, 250) });
    const last = await index.search(q('', { sentiment: 'negative' }), all.length - 10, 50);
    expect(last.ids).toEqual(all.slice(-10));
  });

  test('comments without a page time come after all dated ones', async () => {
    const { ids } = await index.search(q(''), 0, 100_000);
    const dated = new Map(corpus.comments.map((c) => [c.id, c.createdAt !== null]));
    const firstUndated = ids.findIndex((id) => !dated.get(id));
    expect(firstUndated).toBeGreaterThan(0);
    expect(ids.slice(firstUndated).every((id) => !dated.get(id))).toBe(true);
  });
});
