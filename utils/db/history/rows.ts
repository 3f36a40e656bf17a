import type { Platform } from '../../capture/schema';
import type { TanggapDb } from '../database';
import type { AnnotationRecord, CommentRecord, ReplyRecord } from '../records';
import { commentTime } from './entry';

/** Our latest reply to a comment, as the history shows it. */
export type HistoryReply = Pick<
  ReplyRecord,
  'text' | 'agent' | 'checkScore' | 'responseMs' | 'insertedAt' | 'templateId'
>;

/** One comment of the history with its labels and our reply: what one row of the list shows. */
export interface HistoryRow {
  id: string;
  pageId: string;
  /** The page's name, or its id when the page record is gone. */
  pageName: string;
  platform: Platform;
  authorName: string;
  authorUrl: string;
  text: string;
  time: number;
  /** False when `time` is only when Tanggap first saw it. */
  dated: boolean;
  permalink: string;
  byPage: boolean;
  answeredAt: number | null;
  tag: Pick<AnnotationRecord, 'stage' | 'sentiment' | 'intents' | 'source'> | null;
  reply: HistoryReply | null;
  /** How many replies Tanggap logged for it. */
  replies: number;
}

function latest(replies: readonly ReplyRecord[]): Map<string, { reply: ReplyRecord; count: number }> {
  const byComment = new Map<string, { reply: ReplyRecord; count: number }>();
  for (const r of replies) {
    const seen = byComment.get(r.commentId);
    if (!seen) byComment.set(r.commentId, { reply: r, count: 1 });
    else
      byComment.set(r.commentId, {
        reply: r.insertedAt >= seen.reply.insertedAt ? r : seen.reply,
        count: seen.count + 1,
      });
  }
  return byComment;
}

/**
 * The rows of some comments, in the order asked; a comment deleted meanwhile is left out.
 * `known` are comments already read (the first screenful comes with its records). Everything is
 * asked at once, one round trip: a long count another view starts meanwhile cannot slip between.
 */
export async function readRows(
  db: TanggapDb,
  ids: readonly string[],
  known: ReadonlyMap<string, CommentRecord> = new Map(),
): Promise<HistoryRow[]> {
  if (ids.length === 0) return [];
  const unknown = ids.filter((id) => !known.has(id));
  return db.transaction('r', [db.comments, db.annotations, db.replies, db.pages], async () => {
    const [read, tags, replies, pages] = await Promise.all([
      unknown.length > 0 ? db.comments.bulkGet(unknown) : [],
      db.annotations.bulkGet([...ids]),
      db.replies
        .where('commentId')
        .anyOf([...ids])
        .toArray(),
      // A handful of brand pages: cheaper whole than by key.
      db.pages.toArray(),
    ]);
    const comments = new Map(known);
    for (const c of read) if (c) comments.set(c.id, c);
    const names = new Map(pages.map((p) => [p.id, p.name]));
    const ours = latest(replies);
    return ids.flatMap((id, i): HistoryRow[] => {
      const c = comments.get(id);
      return c ? [toRow(c, tags[i], ours.get(id), names.get(c.pageId))] : [];
    });
  });
}

function toRow(
  c: CommentRecord,
  tag: AnnotationRecord | undefined,
  reply: { reply: ReplyRecord; count: number } | undefined,
  pageName: string | undefined,
): HistoryRow {
  return {
    id: c.id,
    pageId: c.pageId,
    pageName: pageName || c.pageId,
    platform: c.platform,
    authorName: c.authorName,
    authorUrl: c.authorUrl,
    text: c.text,
    time: commentTime(c),
    dated: c.createdAt !== null,
    permalink: c.permalink,
    byPage: c.byPage,
    answeredAt: c.answeredAt,
    tag: tag
      ? { stage: tag.stage, sentiment: tag.sentiment, intents: tag.intents, source: tag.source }
      : null,
    reply: reply ? pickReply(reply.reply) : null,
    replies: reply?.count ?? 0,
  };
}

function pickReply(r: ReplyRecord): HistoryReply {
  return {
    text: r.text,
    agent: r.agent,
    checkScore: r.checkScore,
    responseMs: r.responseMs,
    insertedAt: r.insertedAt,
    templateId: r.templateId,
  };
}
