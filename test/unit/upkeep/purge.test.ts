import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import type { AnnotationRecord, CommentRecord, PostRecord, ReplyRecord } from '@/utils/db/records';
import { purgeOldThreads } from '@/utils/db/upkeep/purge';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const CUTOFF = NOW - 90 * DAY;
const OLD = CUTOFF - 30 * DAY;
const RECENT = NOW - 5 * DAY;

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`purge-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function comment(id: string, parentId: string | null, seen: number, postId = 'facebook:p1'): CommentRecord {
  return {
    id,
    pageId: 'facebook:kopirindang',
    postId,
    platform: 'facebook',
    parentId,
    depth: parentId ? 1 : 0,
    authorName: 'Sari',
    authorUrl: 'https://www.facebook.com/sari',
    text: `komentar ${id}`,
    createdAt: null,
    permalink: '',
    reactions: 0,
    byPage: false,
    provisional: false,
    firstSeenAt: seen,
    lastSeenAt: seen,
    answeredAt: null,
  };
}

function tag(commentId: string, at: number): AnnotationRecord {
  const auto = {
    stage: 'consumption' as const,
    stageConfidence: 0.5,
    sentiment: 'neutral' as const,
    sentimentScore: 0,
    intents: [],
    language: 'id' as const,
    cues: { stage: [], sentiment: [] },
  };
  return { commentId, pageId: 'facebook:kopirindang', auto, manual: {}, ...auto, source: 'auto', at };
}

function reply(commentId: string, insertedAt: number): ReplyRecord {
  return {
    commentId,
    pageId: 'facebook:kopirindang',
    platform: 'facebook',
    templateId: null,
    text: 'Halo Kak',
    checkScore: null,
    agent: 'Ayu',
    insertedAt,
    commentText: `komentar ${commentId}`,
    stage: 'consumption',
    sentiment: 'neutral',
    intents: [],
    language: 'id',
    answeredAt: null,
    responseMs: null,
  };
}

function post(id: string, seen: number): PostRecord {
  const page = 'facebook:kopirindang';
  const base = { pageId: page, platform: 'facebook' as const, url: '', text: '', authorName: '' };
  return { id, ...base, firstSeenAt: seen, lastSeenAt: seen };
}

/** Comments with a tag and a tag event each, as the background stores them. */
async function store(...comments: CommentRecord[]) {
  await db.comments.bulkPut(comments);
  await db.annotations.bulkPut(comments.map((c) => tag(c.id, c.lastSeenAt)));
  await db.annotationHistory.bulkAdd(
    comments.map((c) => ({
      commentId: c.id,
      kind: 'auto' as const,
      tag: tag(c.id, 0).auto,
      by: 'engine',
      at: c.lastSeenAt,
    })),
  );
}

/** Everything in the database, to compare before and after. */
async function snapshot() {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

async function ids() {
  return (await db.comments.toCollection().primaryKeys()).sort();
}

describe('retention purge', () => {
  test('deletes whole quiet threads with their tags, keeps any thread with something newer', async () => {
    await store(
      // Quiet: a comment, the page's answer and a reply to that answer.
      comment('old', null, OLD),
      comment('old-answer', 'old', OLD),
      comment('old-answer-2', 'old-answer', OLD),
      // An old question whose reply was seen recently: the whole thread stays.
      comment('revived', null, OLD),
      comment('revived-reply', 'revived', RECENT),
      // Old comments, but a moderator acted recently.
      comment('retagged', null, OLD),
      comment('replied', null, OLD),
      comment('recent', null, RECENT, 'facebook:p2'),
    );
    await db.annotations.update('retagged', {
      manual: { stage: { value: 'creation', by: 'Ayu', at: RECENT } },
    });
    await db.replies.bulkAdd([reply('replied', RECENT), reply('old', OLD)]);
    await db.posts.bulkPut([post('facebook:p1', OLD), post('facebook:p2', OLD), post('facebook:p3', OLD)]);
    await db.templates.put({
      id: 't',
      lang: 'id',
      title: 'T',
      text: 'Halo',
      stages: [],
      sentiments: [],
      intents: [],
      updatedAt: OLD,
    });
    await db.settings.put({ key: 'moderatorName', value: 'Ayu' });

    const result = await purgeOldThreads(db, CUTOFF);

    expect(result).toEqual({ cutoff: CUTOFF, threads: 1, comments: 3, posts: 1 });
    expect(await ids()).toEqual(['recent', 'replied', 'retagged', 'revived', 'revived-reply']);
    const kept = await db.annotations.toCollection().primaryKeys();
    expect(kept.sort()).toEqual(await ids());
    expect((await db.annotationHistory.toArray()).map((e) => e.commentId).sort()).toEqual(await ids());
    // Logged replies stay (they carry their comment's text), even the quiet thread's.
    expect((await db.replies.toArray()).map((r) => r.commentId).sort()).toEqual(['old', 'replied']);
    // p1 still has comments, p2's comment is recent; p3 is old and empty.
    expect((await db.posts.toCollection().primaryKeys()).sort()).toEqual(['facebook:p1', 'facebook:p2']);
    expect(await db.templates.count()).toBe(1);
    expect(await db.settings.get('moderatorName')).toEqual({ key: 'moderatorName', value: 'Ayu' });
  });

  test('a dry run counts what a purge deletes and changes nothing', async () => {
    await store(
      comment('a', null, OLD),
      comment('a1', 'a', OLD),
      comment('b', null, OLD),
      comment('c', null, RECENT),
    );
    const before = await snapshot();
    const preview = await purgeOldThreads(db, CUTOFF, { dryRun: true });
    expect(await snapshot()).toEqual(before);
    const done = await purgeOldThreads(db, CUTOFF);
    expect(preview).toEqual({ ...done, posts: 0 });
    expect(done).toMatchObject({ threads: 2, comments: 3 });
  });

  test('running it again deletes nothing more', async () => {
    await store(comment('a', null, OLD), comment('b', null, RECENT), comment('b1', 'b', OLD));
    await purgeOldThreads(db, CUTOFF);
    const after = await snapshot();
    expect(await purgeOldThreads(db, CUTOFF)).toEqual({ cutoff: CUTOFF, threads: 0, comments: 0, posts: 0 });
    expect(await snapshot()).toEqual(after);
    expect(await ids()).toEqual(['b', 'b1']);
  });

  test('small batches delete the same as one, a thread split over batches included', async () => {
    const threads = Array.from({ length: 7 }, (_, i) => [
      comment(`t${i}`, null, OLD - i),
      comment(`t${i}-r`, `t${i}`, OLD + i),
    ]);
    await store(...threads.flat(), comment('keep', null, OLD), comment('keep-r', 'keep', RECENT));
    expect(await purgeOldThreads(db, CUTOFF, { batchSize: 3 })).toMatchObject({ threads: 7, comments: 14 });
    expect(await ids()).toEqual(['keep', 'keep-r']);
  });

  test('a batch that fails is undone whole; earlier batches stay done and a rerun finishes', async () => {
    await store(...['a', 'b', 'c', 'd'].map((id, i) => comment(id, null, OLD + i)));
    let failOn: string | null = 'c';
    db.comments.hook('deleting', (key) => {
      if (key === failOn) throw new Error('disk trouble');
    });
    await expect(purgeOldThreads(db, CUTOFF, { batchSize: 2 })).rejects.toThrow(/disk trouble/);
    // a and b went in the first batch; c and d's batch left both comments and tags as they were.
    expect(await ids()).toEqual(['c', 'd']);
    expect((await db.annotations.toCollection().primaryKeys()).sort()).toEqual(['c', 'd']);
    expect(await db.annotationHistory.where('commentId').anyOf(['c', 'd']).count()).toBe(2);
    failOn = null;
    expect(await purgeOldThreads(db, CUTOFF, { batchSize: 2 })).toMatchObject({ threads: 2, comments: 2 });
    expect(await db.comments.count()).toBe(0);
  });

  test('a reply whose parent was never stored is a thread of its own; a loop of parents ends', async () => {
    await store(
      comment('orphan', 'never-stored', OLD),
      comment('loop-a', 'loop-b', OLD),
      comment('loop-b', 'loop-a', OLD),
      comment('kept', 'never-stored-2', RECENT),
    );
    expect(await purgeOldThreads(db, CUTOFF)).toMatchObject({ threads: 2, comments: 3 });
    expect(await ids()).toEqual(['kept']);
  });

  test('a comment without a usable time is never deleted', async () => {
    await store(comment('garbled', null, OLD));
    await db.annotations.update('garbled', { at: Number.NaN });
    expect(await purgeOldThreads(db, CUTOFF)).toMatchObject({ threads: 0 });
    expect(await ids()).toEqual(['garbled']);
  });
});
