import type { TanggapDb } from '../database';
import type { CommentRecord } from '../records';

/**
 * A window of the unfiltered history straight from the createdAt index, newest first: what the
 * popup paints first while the search index is still being built. It walks only the records
 * it returns; counting 100,000 comments would take IndexedDB longer than the whole first paint may,
 * so the total is left to the index. Comments without a page time come after all others (see
 * newestFirst) and no index holds them: a window reaching them is null, for the index to answer.
 */
export async function newestWindow(
  db: TanggapDb,
  offset: number,
  limit: number,
): Promise<CommentRecord[] | null> {
  const comments = await db.comments
    .orderBy('createdAt')
    .reverse()
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return comments.length > limit ? comments.slice(0, limit) : null;
}
