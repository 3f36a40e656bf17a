import type { TanggapDb } from './database';
import type { AnnotationRecord, CommentRecord, ReplyRecord } from './records';
import { UnknownComment } from './annotations';

export interface LogReplyRequest {
  commentId: string;
  templateId: string | null;
  text: string;
  checkScore: number | null;
}

/**
 * Logs a reply Tanggap put into the page's reply box, with the comment's text and labels as
 * they are now (the history ranks templates by what was answered to similar comments).
 */
export async function logReply(
  db: TanggapDb,
  request: LogReplyRequest,
  agent: string,
  now: number,
): Promise<ReplyRecord> {
  return db.transaction('rw', db.comments, db.annotations, db.replies, async () => {
    const [comment, tag] = await Promise.all([
      db.comments.get(request.commentId),
      db.annotations.get(request.commentId),
    ]);
    if (!comment) throw new UnknownComment(`No comment stored with id ${request.commentId}`);
    const reply: ReplyRecord = {
      ...request,
      pageId: comment.pageId,
      platform: comment.platform,
      agent,
      insertedAt: now,
      commentText: comment.text,
      stage: tag?.stage ?? 'consumption',
      sentiment: tag?.sentiment ?? 'neutral',
      intents: tag?.intents ?? [],
      language: tag?.auto.language ?? 'id',
      answeredAt: null,
      responseMs: null,
    };
    reply.id = await db.replies.add(reply);
    return reply;
  });
}

/** The latest replies, newest first: the side panel's memory of what the team wrote. */
export function recentReplies(db: TanggapDb, limit: number): Promise<ReplyRecord[]> {
  return db.replies.orderBy('insertedAt').reverse().limit(limit).toArray();
}

export interface ReplyContext {
  comment: CommentRecord;
  tag: AnnotationRecord | null;
  /** The same author's other comments on any brand page, newest first. */
  authorComments: CommentRecord[];
  /** Our logged replies to this comment and to those. */
  authorReplies: ReplyRecord[];
}

const AUTHOR_HISTORY = 20;

export async function replyContext(db: TanggapDb, commentId: string): Promise<ReplyContext> {
  const comment = await db.comments.get(commentId);
  if (!comment) throw new UnknownComment(`No comment stored with id ${commentId}`);
  const [tag, others] = await Promise.all([
    db.annotations.get(commentId),
    comment.authorUrl ? db.comments.where('authorUrl').equals(comment.authorUrl).toArray() : [],
  ]);
  const authorComments = others
    .filter((c) => c.id !== commentId)
    .sort((a, b) => (b.createdAt ?? b.firstSeenAt) - (a.createdAt ?? a.firstSeenAt))
    .slice(0, AUTHOR_HISTORY);
  const ids = [commentId, ...authorComments.map((c) => c.id)];
  const authorReplies = await db.replies.where('commentId').anyOf(ids).reverse().sortBy('insertedAt');
  return { comment, tag: tag ?? null, authorComments, authorReplies };
}

export interface QueueEntry {
  comment: CommentRecord;
  tag: AnnotationRecord | null;
  /** Replies by others in its thread: a busy thread is a visible one. */
  replies: number;
}

/** A page's comments still without the brand's answer (the brand's own comments excluded). */
export async function unansweredOnPage(db: TanggapDb, pageId: string): Promise<QueueEntry[]> {
  const all = await db.comments.where('pageId').equals(pageId).toArray();
  const threadSize = new Map<string, number>();
  for (const c of all) {
    if (c.parentId !== null && !c.byPage) threadSize.set(c.parentId, (threadSize.get(c.parentId) ?? 0) + 1);
  }
  const open = all.filter((c) => c.answeredAt === null && !c.byPage);
  const tags = await db.annotations.bulkGet(open.map((c) => c.id));
  return open.map((comment, i) => ({
    comment,
    tag: tags[i] ?? null,
    replies: threadSize.get(comment.id) ?? 0,
  }));
}
