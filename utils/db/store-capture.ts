import type { Capture } from '../capture/schema';
import type { TanggapDb } from './database';
import { mergeProvisional } from './merge-provisional';
import { markAnswered } from './mark-answered';
import type { CommentRecord } from './records';

export interface StoreResult {
  posts: number;
  comments: number;
  newComments: number;
}

/** Keeps the first time we saw something; everything else follows the page. */
function keepFirstSeen<T extends { firstSeenAt: number }>(old: T | undefined, now: number) {
  return old?.firstSeenAt ?? now;
}

/**
 * Upserts one batch from the content script in a single transaction, so a failure
 * (a full quota, say) leaves the database as it was.
 */
export async function storeCapture(db: TanggapDb, capture: Capture, now: number): Promise<StoreResult> {
  const tables = [db.pages, db.posts, db.comments, db.annotations, db.annotationHistory, db.replies];
  return db.transaction('rw', tables, async () => {
    await mergeProvisional(db, capture.comments);
    const oldPage = await db.pages.get(capture.page.id);
    await db.pages.put({ ...capture.page, firstSeenAt: keepFirstSeen(oldPage, now), lastSeenAt: now });

    const oldPosts = await db.posts.bulkGet(capture.posts.map((p) => p.id));
    await db.posts.bulkPut(
      capture.posts.map((p, i) => ({ ...p, firstSeenAt: keepFirstSeen(oldPosts[i], now), lastSeenAt: now })),
    );

    const oldComments = await db.comments.bulkGet(capture.comments.map((c) => c.id));
    const rows: CommentRecord[] = capture.comments.map((c, i) => ({
      ...c,
      firstSeenAt: keepFirstSeen(oldComments[i], now),
      lastSeenAt: now,
      answeredAt: oldComments[i]?.answeredAt ?? null,
    }));
    await db.comments.bulkPut(rows);

    await markAnswered(db, capture.comments, now);
    return {
      posts: capture.posts.length,
      comments: rows.length,
      newComments: oldComments.filter((c) => c === undefined).length,
    };
  });
}
