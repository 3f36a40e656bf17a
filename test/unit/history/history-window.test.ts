import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Corpus } from '@/bench/db/corpus';
import { TanggapDb } from '@/utils/db/database';
import { historyWindow } from '@/utils/db/history/history-window';
import { historyState, type HistoryState } from '@/utils/db/history/history-state';
import type { HistoryIndex } from '@/utils/db/history/search-index';
import { inProcessBackground } from '../in-process-background';
import { referenceSearch } from './reference';
import { seedCorpus } from './samples';

const NOW = 1_750_000_000_000;
let db: TanggapDb;
let state: HistoryState;
let index: HistoryIndex;
let corpus: Corpus;
beforeEach(async () => {
  db = new TanggapDb(`window-${crypto.randomUUID()}`);
  state = historyState(db);
  index = state.index;
  corpus = await seedCorpus(db, { comments: 400, replies: 80, now: NOW, undated: 0.05 });
});
afterEach(async () => {
  await db.delete();
});

const plain = (offset: number, limit: number, exact = false) => ({
  query: '',
  filters: {},
  offset,
  limit,
  exact,
});

describe('a window of the history', () => {
  test('the first screenful, read before the index exists, is the index’s own, counted later', async () => {
    // Equal times are ordered alike by both: the createdAt index breaks ties by id.
    const same = corpus.comments.slice(2, 6).map((c) => c.id);
    await db.comments
      .where(':id')
      .anyOf(same)
      .modify({ createdAt: NOW - 1_000 });
    expect(index.ready).toBe(false);
    const quick = await historyWindow(db, state, plain(0, 30));
    const built = await index.search({ query: '', filters: {} }, 0, 30);
    expect(index.ready).toBe(true);
    expect(quick.rows.map((r) => r.id)).toEqual(built.ids);
    expect(quick.total).toBeNull();
    const counted = await historyWindow(db, state, plain(0, 30, true));
    expect(counted.total).toBe(400);
    expect(counted.rows.map((r) => r.id)).toEqual(built.ids);
    expect(quick.rows.slice(0, 8).filter((r) => same.includes(r.id))).toHaveLength(4);
  });

  test('reaching the comments without a page time, it waits for the index and still ends with them', async () => {
    const undated = corpus.comments.filter((c) => c.createdAt === null).length;
    expect(undated).toBeGreaterThan(5);
    const tail = await historyWindow(db, state, plain(400 - undated - 5, 50));
    expect(tail.total).toBe(400);
    expect(tail.rows.map((r) => r.id)).toEqual(
      referenceSearch(corpus, { query: '', filters: {} }).slice(-undated - 5),
    );
    expect(tail.rows.slice(-undated).every((r) => !r.dated)).toBe(true);
  });

  test('rows carry the page’s name, the labels and our latest reply', async () => {
    const replied = corpus.replies[3]!;
    const later = {
      ...replied,
      id: undefined,
      text: 'Sudah kami kirim ulang ya kak',
      insertedAt: replied.insertedAt + 60_000,
    };
    await db.replies.add(later);
    const { ids } = await index.search({ query: 'kirim ulang', filters: {} }, 0, 5);
    const { rows } = await historyWindow(db, state, {
      query: 'kirim ulang',
      filters: {},
      offset: 0,
      limit: 5,
      exact: false,
    });
    expect(rows.map((r) => r.id)).toEqual(ids);
    const comment = corpus.comments.find((c) => c.id === replied.commentId)!;
    const tag = corpus.annotations.find((a) => a.commentId === replied.commentId)!;
    expect(rows[0]).toMatchObject({
      id: comment.id,
      pageName: corpus.pages.find((p) => p.id === comment.pageId)!.name,
      authorName: comment.authorName,
      text: comment.text,
      permalink: comment.permalink,
      tag: { stage: tag.stage, sentiment: tag.sentiment, intents: tag.intents },
      reply: { text: 'Sudah kami kirim ulang ya kak', agent: replied.agent, checkScore: replied.checkScore },
      replies: 2,
    });
  });
});

describe('rows served again', () => {
  test('come from memory until their comment, tag, reply or page changes', async () => {
    const first = (await historyWindow(db, state, plain(0, 10))).rows[0]!;
    // The very same object: nothing was read again.
    const again = (await historyWindow(db, state, plain(0, 10))).rows[0]!;
    expect(again).toBe(first);

    await db.annotations.update(first.id, { sentiment: 'negative', stage: 'creation' });
    const tagged = (await historyWindow(db, state, plain(0, 10))).rows[0]!;
    expect(tagged.tag).toMatchObject({ sentiment: 'negative', stage: 'creation' });

    await db.replies.add({
      ...corpus.replies[0]!,
      id: undefined,
      commentId: first.id,
      text: 'Siap kak',
      insertedAt: NOW + 86_400_000,
    });
    expect((await historyWindow(db, state, plain(0, 10))).rows[0]!.reply?.text).toBe('Siap kak');

    await db.pages.update(first.pageId, { name: 'Kopi Rindang Official' });
    expect((await historyWindow(db, state, plain(0, 10))).rows[0]!.pageName).toBe('Kopi Rindang Official');
  });
});

describe('the historyWindow request', () => {
  test.each([
    ['a limit over 200', { ...plain(0, 1_000) }],
    ['an unknown filter', { ...plain(0, 10), filters: { author: 'x' } }],
    ['an unknown stage', { ...plain(0, 10), filters: { stage: 'loyal' } }],
    ['a query of 201 characters', { ...plain(0, 10), query: 'a'.repeat(201) }],
    ['a negative offset', plain(-1, 10)],
    ['no exact', { query: '', filters: {}, offset: 0, limit: 10 }],
  ])('is refused with %s', async (_, data) => {
    const bg = inProcessBackground();
    await expect(bg.messenger.sendMessage('historyWindow', data)).rejects.toThrow(/invalid data/);
    await bg.db.delete();
  });

  test('is refused from a content script', async () => {
    const bg = inProcessBackground();
    await expect(bg.fromContent('historyWindow', plain(0, 10))).rejects.toThrow(/not accepted/);
    await bg.db.delete();
  });
});
