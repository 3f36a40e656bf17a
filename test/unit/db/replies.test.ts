import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeAutoTags } from '@/utils/db/annotations';
import { TanggapDb } from '@/utils/db/database';
import type { AutoTag } from '@/utils/db/records';
import { logReply, replyContext, unansweredOnPage } from '@/utils/db/replies';
import { storeCapture } from '@/utils/db/store-capture';
import { sampleCapture } from '../capture-fixture';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`replies-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const complaint: AutoTag = {
  stage: 'curation',
  stageConfidence: 0.8,
  sentiment: 'negative',
  sentimentScore: -0.7,
  intents: ['complaint'],
  language: 'id',
  cues: { stage: [], sentiment: ['blm nyampe'] },
};

/** Three comments, none answered yet (the capture's page reply left out), one tagged a complaint. */
async function seed(at = 1_000_000) {
  const capture = sampleCapture(3);
  capture.comments = capture.comments.filter((c) => !c.byPage);
  capture.comments[1]!.createdAt = at - 600_000;
  await storeCapture(db, capture, at);
  await storeAutoTags(db, capture.page.id, [{ commentId: 'facebook:1001', tag: complaint }], at);
  return capture;
}

describe('logged replies', () => {
  test('keep the comment text and labels of the moment, and get the response time once the answer shows', async () => {
    const capture = await seed();
    const reply = await logReply(
      db,
      { commentId: 'facebook:1001', templateId: 'id-complaint', text: 'Halo Kak, maaf ya', checkScore: 0.9 },
      'Ayu',
      1_002_000,
    );
    expect(reply).toMatchObject({
      commentText: 'komentar ke-1',
      stage: 'curation',
      sentiment: 'negative',
      intents: ['complaint'],
      agent: 'Ayu',
      answeredAt: null,
      responseMs: null,
    });
    // The moderator sends it; the page then shows the brand's reply under the comment.
    const later = { ...capture };
    later.comments = [
      {
        ...capture.comments[1]!,
        id: 'facebook:3001',
        parentId: 'facebook:1001',
        depth: 1,
        byPage: true,
        authorName: 'Kopi Rindang',
        text: 'Halo Kak, maaf ya',
        createdAt: null,
      },
    ];
    await storeCapture(db, later, 1_005_000);
    const stored = await db.replies.get(reply.id!);
    expect(stored?.answeredAt).toBe(1_005_000);
    // From the comment's own time (10 minutes before the first sighting) to the answer.
    expect(stored?.responseMs).toBe(1_005_000 - (1_000_000 - 600_000));
    expect((await db.comments.get('facebook:1001'))?.answeredAt).toBe(1_005_000);
  });

  test('a reply to an unknown comment is refused and nothing is stored', async () => {
    await seed();
    await expect(
      logReply(db, { commentId: 'facebook:nope', templateId: null, text: 'x', checkScore: null }, 'Ayu', 1),
    ).rejects.toThrow(/No comment stored/);
    expect(await db.replies.count()).toBe(0);
  });

  test("the context holds the author's other comments and our replies to them", async () => {
    const capture = await seed();
    // The same person comments again on another post.
    const again = sampleCapture(1);
    again.comments = [
      { ...capture.comments[1]!, id: 'facebook:1900', postId: 'facebook:222', text: 'masih belum' },
    ];
    await storeCapture(db, again, 1_003_000);
    await logReply(
      db,
      { commentId: 'facebook:1900', templateId: null, text: 'Sudah kami DM ya', checkScore: 1 },
      'Ayu',
      1_003_500,
    );
    const context = await replyContext(db, 'facebook:1001');
    expect(context.tag?.intents).toEqual(['complaint']);
    expect(context.authorComments.map((c) => c.id)).toEqual(['facebook:1900']);
    expect(context.authorReplies.map((r) => r.text)).toEqual(['Sudah kami DM ya']);
  });

  test("the queue is the page's unanswered comments, not the brand's own", async () => {
    await storeCapture(db, sampleCapture(3), 1_000);
    const queue = await unansweredOnPage(db, 'facebook:kopirindang');
    // 1000 is answered by the page's reply 2000; 2000 is the brand's own.
    expect(queue.map((q) => q.comment.id).sort()).toEqual(['facebook:1001', 'facebook:1002']);
  });
});

describe('database upgrade', () => {
  test('a version 1 database with a reply in it opens as version 2 with nothing lost', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      pages: 'id, platform, lastSeenAt',
      posts: 'id, pageId, lastSeenAt',
      comments: 'id, pageId, postId, parentId, authorUrl, createdAt, lastSeenAt, answeredAt',
      annotations: 'commentId, pageId, stage, sentiment, source, at, *intents',
      annotationHistory: '++id, commentId, at',
      replies: '++id, commentId, pageId, insertedAt, templateId',
      templates: 'id, lang, updatedAt',
      settings: 'key',
    });
    const comment = sampleCapture(1).comments[0]!;
    await v1.table('comments').put({ ...comment, firstSeenAt: 100, lastSeenAt: 100, answeredAt: 400 });
    await v1.table('annotations').put({
      commentId: comment.id,
      pageId: comment.pageId,
      auto: complaint,
      manual: {},
      stage: 'curation',
      sentiment: 'negative',
      intents: ['complaint'],
      source: 'auto',
      at: 100,
    });
    await v1.table('replies').add({
      commentId: comment.id,
      pageId: comment.pageId,
      platform: 'facebook',
      templateId: null,
      text: 'Halo Kak',
      checkScore: 0.5,
      agent: 'Ayu',
      insertedAt: 300,
    });
    await v1.table('replies').add({
      commentId: 'facebook:gone',
      pageId: comment.pageId,
      platform: 'facebook',
      templateId: null,
      text: 'Halo',
      checkScore: null,
      agent: 'Ayu',
      insertedAt: 310,
    });
    v1.close();

    const upgraded = new TanggapDb(name);
    const replies = await upgraded.replies.orderBy('insertedAt').toArray();
    expect(upgraded.verno).toBe(2);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({
      text: 'Halo Kak',
      commentText: comment.text,
      stage: 'curation',
      sentiment: 'negative',
      intents: ['complaint'],
      answeredAt: 400,
      responseMs: 300,
    });
    expect(replies[1]).toMatchObject({
      text: 'Halo',
      commentText: '',
      stage: 'consumption',
      answeredAt: null,
    });
    expect(await upgraded.comments.count()).toBe(1);
    await upgraded.delete();
  });
});
