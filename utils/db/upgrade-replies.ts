import type { Transaction } from 'dexie';
import type { AnnotationRecord, CommentRecord, ReplyRecord } from './records';

/**
 * Version 1 → 2: replies gain their comment's text and labels (from the stored comment and tag)
 * and the answer's time. A reply whose comment is gone keeps neutral labels rather than being lost.
 */
export async function upgradeReplies(tx: Transaction): Promise<void> {
  const replies = tx.table<ReplyRecord, number>('replies');
  const comments = tx.table<CommentRecord, string>('comments');
  const annotations = tx.table<AnnotationRecord, string>('annotations');
  const old = await replies.toArray();
  const ids = [...new Set(old.map((r) => r.commentId))];
  const [commentRows, tagRows] = await Promise.all([comments.bulkGet(ids), annotations.bulkGet(ids)]);
  const comment = new Map(ids.map((id, i) => [id, commentRows[i]]));
  const tag = new Map(ids.map((id, i) => [id, tagRows[i]]));
  await replies.bulkPut(
    old.map((reply) => {
      const c = comment.get(reply.commentId);
      const t = tag.get(reply.commentId);
      const answeredAt = c?.answeredAt ?? null;
      return {
        ...reply,
        commentText: c?.text ?? '',
        stage: t?.stage ?? 'consumption',
        sentiment: t?.sentiment ?? 'neutral',
        intents: t?.intents ?? [],
        language: t?.auto.language ?? 'id',
        answeredAt,
        responseMs: c && answeredAt !== null ? responseMs(c, answeredAt) : null,
      };
    }),
  );
}

/** From when the comment was posted (or first seen, when the page gave no time) to the answer. */
export function responseMs(comment: Pick<CommentRecord, 'createdAt' | 'firstSeenAt'>, answeredAt: number) {
  return Math.max(0, answeredAt - (comment.createdAt ?? comment.firstSeenAt));
}
