import type { CommentCapture } from '../capture/schema';
import type { TanggapDb } from './database';
import { responseMs } from './upgrade-replies';

/**
 * A reply by the page itself answers its parent, whether or not the parent came in the same
 * batch. The answer's time is the reply's own time when the page shows one (it may have been
 * posted before this tab saw it), else now; our logged replies to that comment get the
 * response time. Runs inside the caller's transaction over comments and replies.
 */
export async function markAnswered(db: TanggapDb, comments: readonly CommentCapture[], now: number) {
  const answers = new Map<string, number>();
  for (const c of comments) {
    if (!c.byPage || c.parentId === null) continue;
    const at = Math.min(now, c.createdAt ?? now);
    answers.set(c.parentId, Math.min(at, answers.get(c.parentId) ?? at));
  }
  if (answers.size === 0) return;
  const parents = await db.comments.bulkGet([...answers.keys()]);
  const newly = parents.filter((c) => c !== undefined && c.answeredAt === null);
  if (newly.length === 0) return;
  await db.comments.bulkUpdate(
    newly.map((c) => ({ key: c!.id, changes: { answeredAt: Math.max(answers.get(c!.id)!, 0) } })),
  );
  const byComment = new Map(newly.map((c) => [c!.id, c!]));
  await db.replies
    .where('commentId')
    .anyOf([...byComment.keys()])
    .filter((r) => r.answeredAt === null)
    .modify((reply) => {
      const comment = byComment.get(reply.commentId)!;
      const at = answers.get(reply.commentId)!;
      reply.answeredAt = at;
      reply.responseMs = responseMs(comment, at);
    });
}
