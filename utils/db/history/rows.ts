import type { Platform } from '../../capture/schema';
import type { TanggapDb } from '../database';
import type { AnnotationRecord, ReplyRecord } from '../records';
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

/** The rows of some comments, in the order asked; a comment deleted meanwhile is left out. */
export async function readRows(db: TanggapDb, ids: readonly string[]): Promise<HistoryRow[]> {
  if (ids.length === 0) return [];
  return db.transaction('r', [db.comments, db.annotations, db.replies, db.pages], async () => {
    const [comments, tags, replies] = await Promise.all([
      db.comments.bulkGet([...ids]),
      db.annotations.bulkGet([...ids]),
      db.replies
        .where('commentId')
        .anyOf([...ids])
        .toArray(),
    ]);
    const pageIds = [...new Set(comments.flatMap((c) => (c ? [c.pageId] : [])))];
    const pages = new Map((await db.pages.bulkGet(pageIds)).flatMap((p) => (p ? [[p.id, p.name]] : [])));
    const ours = latest(replies);
    return comments.flatMap((c, i): HistoryRow[] => {
      if (!c) return [];
      const tag = tags[i];
      const reply = ours.get(c.id);
      return [
        {
          id: c.id,
          pageId: c.pageId,
          pageName: pages.get(c.pageId) || c.pageId,
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
        },
      ];
    });
  });
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
