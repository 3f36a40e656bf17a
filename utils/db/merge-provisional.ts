import type { CommentCapture } from '../capture/schema';
import type { TanggapDb } from './database';

/**
 * A comment first seen without its real id (Facebook fills permalinks in late) was stored under a
 * provisional one. Once the real id shows up, everything kept under the old id moves to the new
 * one, so no tag, correction or reply is lost. Runs inside the caller's transaction.
 */
export async function mergeProvisional(db: TanggapDb, comments: readonly CommentCapture[]): Promise<number> {
  let merged = 0;
  for (const { id, provisionalId } of comments) {
    if (!provisionalId || provisionalId === id) continue;
    const old = await db.comments.get(provisionalId);
    const annotation = await db.annotations.get(provisionalId);
    if (!old && !annotation) continue;
    if (annotation && !(await db.annotations.get(id)))
      await db.annotations.put({ ...annotation, commentId: id });
    await db.annotations.delete(provisionalId);
    await db.annotationHistory.where('commentId').equals(provisionalId).modify({ commentId: id });
    await db.replies.where('commentId').equals(provisionalId).modify({ commentId: id });
    await db.comments.where('parentId').equals(provisionalId).modify({ parentId: id });
    await db.comments.delete(provisionalId);
    merged++;
  }
  return merged;
}
