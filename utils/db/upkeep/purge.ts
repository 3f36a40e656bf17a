import type { TanggapDb } from '../database';
import { lastActivity, threadOf, threadRootOf } from './threads';

export interface PurgeResult {
  cutoff: number;
  /** Whole threads (a comment and all its replies) deleted, or that would be. */
  threads: number;
  comments: number;
  /** Posts left with no comments and not seen since the cutoff; counted by a real purge only. */
  posts: number;
}

export interface PurgeOptions {
  /** Candidate comments looked at per transaction: a failure undoes one batch, never half a thread. */
  batchSize?: number;
  /** Count what would go, delete nothing. */
  dryRun?: boolean;
}

const THREAD_TABLES = ['comments', 'annotations', 'annotationHistory', 'replies'] as const;

/**
 * Deletes every thread in which nothing happened since `cutoff` (see lastActivity), with its
 * tags and tag history; then posts left empty and unseen since the cutoff. Pages, templates,
 * settings and logged replies are never deleted: a reply keeps its comment's text and labels
 * (since version 2), so the reply history and its response times outlive the comments.
 * Each batch is checked and deleted in one transaction, so a thread that a capture touches
 * meanwhile is seen as active and kept. Running it again deletes nothing more.
 */
export async function purgeOldThreads(
  db: TanggapDb,
  cutoff: number,
  { batchSize = 200, dryRun = false }: PurgeOptions = {},
): Promise<PurgeResult> {
  const result: PurgeResult = { cutoff, threads: 0, comments: 0, posts: 0 };
  const candidates = await db.comments.where('lastSeenAt').below(cutoff).primaryKeys();
  // Threads already decided in this run (kept or deleted), by every comment id in them.
  const decided = new Set<string>();
  for (let i = 0; i < candidates.length; i += batchSize) {
    const batch = candidates.slice(i, i + batchSize);
    const found = await db.transaction(dryRun ? 'r' : 'rw', THREAD_TABLES, async () => {
      const gone: string[] = [];
      let threads = 0;
      for (const id of batch) {
        if (decided.has(id)) continue;
        const root = await threadRootOf(db, id);
        if (!root || decided.has(root.id)) continue;
        const thread = await threadOf(db, root);
        for (const c of thread) decided.add(c.id);
        if ((await lastActivity(db, thread)) >= cutoff) continue;
        threads += 1;
        gone.push(...thread.map((c) => c.id));
      }
      if (!dryRun && gone.length > 0) {
        await db.annotationHistory.where('commentId').anyOf(gone).delete();
        await db.annotations.bulkDelete(gone);
        await db.comments.bulkDelete(gone);
      }
      return { threads, comments: gone.length };
    });
    // Counted once the batch's transaction has committed.
    result.threads += found.threads;
    result.comments += found.comments;
  }
  if (!dryRun) result.posts = await purgeEmptyPosts(db, cutoff, batchSize);
  return result;
}

/** Posts unseen since the cutoff that no stored comment belongs to any more. */
async function purgeEmptyPosts(db: TanggapDb, cutoff: number, batchSize: number): Promise<number> {
  const old = await db.posts.where('lastSeenAt').below(cutoff).primaryKeys();
  let deleted = 0;
  for (let i = 0; i < old.length; i += batchSize) {
    deleted += await db.transaction('rw', ['posts', 'comments'], async () => {
      const empty: string[] = [];
      for (const id of old.slice(i, i + batchSize)) {
        const post = await db.posts.get(id);
        if (!post || post.lastSeenAt >= cutoff) continue;
        if ((await db.comments.where('postId').equals(id).count()) === 0) empty.push(id);
      }
      await db.posts.bulkDelete(empty);
      return empty.length;
    });
  }
  return deleted;
}
