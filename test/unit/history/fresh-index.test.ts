import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setManualTag, storeAutoTags } from '@/utils/db/annotations';
import type { Capture } from '@/utils/capture/schema';
import { TanggapDb } from '@/utils/db/database';
import type { AutoTag } from '@/utils/db/records';
import type { HistoryQuery } from '@/utils/db/history/filters';
import { historyState } from '@/utils/db/history/history-state';
import type { HistoryIndex } from '@/utils/db/history/search-index';
import { logReply } from '@/utils/db/replies';
import { storeCapture } from '@/utils/db/store-capture';
import { sampleCapture } from '../capture-fixture';

const T = 1_750_000_000_000;
let db: TanggapDb;
let index: HistoryIndex;
beforeEach(() => {
  db = new TanggapDb(`fresh-${crypto.randomUUID()}`);
  index = historyState(db).index;
});
afterEach(async () => {
  await db.delete();
});

const tag = (over: Partial<AutoTag> = {}): AutoTag => ({
  stage: 'curation',
  stageConfidence: 0.7,
  sentiment: 'neutral',
  sentimentScore: 0,
  intents: [],
  language: 'id',
  cues: { stage: [], sentiment: [] },
  ...over,
});

/** Three customers' comments a minute apart, newest last; no page reply. */
function capture(): Capture {
  const c = sampleCapture(3);
  c.comments = c.comments.filter((x) => !x.byPage);
  c.comments[0]!.text = 'Kopi susunya enak banget';
  c.comments[1]!.text = 'Paket saya belum sampai, sudah 4 hari';
  c.comments[2]!.text = 'Ada promo buat member?';
  c.comments.forEach((x, i) => (x.createdAt = T + i * 60_000));
  return c;
}

const find = async (query: string, filters: HistoryQuery['filters'] = {}) =>
  (await index.search({ query, filters }, 0, 100)).ids;

describe('the search index after writes', () => {
  test('sees comments, tags, corrections and replies written after it was built', async () => {
    await storeCapture(db, capture(), T);
    expect(await find('')).toEqual(['facebook:1002', 'facebook:1001', 'facebook:1000']);

    const more = capture();
    more.comments = [
      { ...more.comments[0]!, id: 'facebook:1003', text: 'Halo min, mau tanya ongkir ke Medan' },
    ];
    more.comments[0]!.createdAt = T + 10 * 60_000;
    await storeCapture(db, more, T + 11 * 60_000);
    await storeAutoTags(
      db,
      'facebook:kopirindang',
      [{ commentId: 'facebook:1001', tag: tag({ sentiment: 'negative' }) }],
      T,
    );
    expect(await find('ongkir')).toEqual(['facebook:1003']);
    expect(await find('', { sentiment: 'negative' })).toEqual(['facebook:1001']);

    await setManualTag(db, { commentId: 'facebook:1001', field: 'sentiment', value: 'neutral' }, 'Ayu', T);
    expect(await find('', { sentiment: 'negative' })).toEqual([]);

    await logReply(
      db,
      { commentId: 'facebook:1002', templateId: null, text: 'Ada kak, diskon 10%', checkScore: 0.9 },
      'Ayu',
      T,
    );
    expect(await find('diskon')).toEqual(['facebook:1002']);
  });

  test('a page reply makes its comment answered; the page’s own comment is never unanswered', async () => {
    await storeCapture(db, capture(), T);
    expect(await find('', { answered: 'unanswered' })).toHaveLength(3);
    const answer = sampleCapture(1);
    answer.comments = answer.comments.filter((x) => x.byPage);
    answer.comments[0]!.parentId = 'facebook:1001';
    await storeCapture(db, answer, T + 5 * 60_000);
    expect(await find('', { answered: 'unanswered' })).toEqual(['facebook:1002', 'facebook:1000']);
    expect(await find('', { answered: 'answered' })).toEqual(['facebook:1001']);
    expect(await find('terima kasih')).toEqual(['facebook:2000']);
  });

  test('a provisional comment merged under its real id is found once, by the real id', async () => {
    const first = capture();
    first.comments[1]!.id = 'facebook:p:abc';
    first.comments[1]!.provisional = true;
    await storeCapture(db, first, T);
    expect(await find('belum sampai')).toEqual(['facebook:p:abc']);
    const later = capture();
    later.comments[1]!.provisionalId = 'facebook:p:abc';
    await storeCapture(db, later, T + 60_000);
    expect(await find('belum sampai')).toEqual(['facebook:1001']);
    expect(await find('')).toHaveLength(3);
  });

  test('a bulk delete of replies (no comment named) makes it read everything again', async () => {
    await storeCapture(db, capture(), T);
    await logReply(
      db,
      { commentId: 'facebook:1000', templateId: null, text: 'Makasih kak!', checkScore: 1 },
      'Ayu',
      T,
    );
    expect(await find('makasih')).toEqual(['facebook:1000']);
    await db.replies
      .where('insertedAt')
      .below(T + 1)
      .delete();
    expect(await find('makasih')).toEqual([]);
  });

  test('styled letters and accents are found as plain ones', async () => {
    const c = capture();
    c.comments[0]!.text = '𝐌𝐚𝐧𝐭𝐚𝐩 café-nya 👍';
    await storeCapture(db, c, T);
    expect(await find('mantap cafe')).toEqual(['facebook:1000']);
  });

  test('must be set up before the database opens, or it would miss writes', async () => {
    await db.open();
    expect(() => historyState(db)).toThrow(/before the database opens/);
  });
});
