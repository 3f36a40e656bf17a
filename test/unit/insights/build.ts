import type { TanggapDb } from '@/utils/db/database';
import type {
  AnnotationRecord,
  CommentRecord,
  Intent,
  ReplyRecord,
  Sentiment,
  Stage,
} from '@/utils/db/records';

/** 20 March 2025, 15:00 local time: the tests' "now". */
export const NOW = new Date(2025, 2, 20, 15, 0).getTime();

/** `hour` o'clock local time, `days` days before the day of `now`. */
export function dayBefore(now: number, days: number, hour = 12): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - days, hour).getTime();
}

/** `hour` o'clock local time, `days` days before NOW's day. */
export const daysAgo = (days: number, hour = 12): number => dayBefore(NOW, days, hour);

export interface Hand {
  id: string;
  page?: string;
  author?: string;
  at?: number | null;
  firstSeenAt?: number;
  stage?: Stage;
  sentiment?: Sentiment;
  intents?: Intent[];
  byPage?: boolean;
  parentId?: string | null;
  answeredAt?: number | null;
  /** false: stored without a tag. */
  tagged?: boolean;
  text?: string;
}

/** A comment (and its tag) written by hand: only what a test says differs from a plain one. */
export function comment(h: Hand): { comment: CommentRecord; tag: AnnotationRecord | null } {
  const pageId = h.page ?? 'facebook:kopirindang';
  const platform = pageId.startsWith('instagram:') ? 'instagram' : 'facebook';
  const author = h.author ?? `author-${h.id}`;
  const at = h.at === undefined ? daysAgo(1) : h.at;
  const record: CommentRecord = {
    id: h.id,
    pageId,
    postId: `${platform}:post`,
    platform,
    parentId: h.parentId ?? null,
    depth: h.parentId ? 1 : 0,
    authorName: author,
    authorUrl: `https://www.${platform}.com/${author}`,
    text: h.text ?? `comment ${h.id}`,
    createdAt: at,
    permalink: `https://www.${platform}.com/p/${h.id}`,
    reactions: 0,
    byPage: h.byPage ?? false,
    provisional: false,
    firstSeenAt: h.firstSeenAt ?? at ?? NOW,
    lastSeenAt: NOW,
    answeredAt: h.answeredAt ?? null,
  };
  if (h.tagged === false) return { comment: record, tag: null };
  const stage = h.stage ?? 'consumption';
  const sentiment = h.sentiment ?? 'neutral';
  const intents = h.intents ?? [];
  const tag: AnnotationRecord = {
    commentId: h.id,
    pageId,
    auto: {
      stage,
      stageConfidence: 0.8,
      sentiment,
      sentimentScore: 0,
      intents,
      language: 'id',
      cues: { stage: [], sentiment: [] },
    },
    manual: {},
    stage,
    sentiment,
    intents,
    source: 'auto',
    at: NOW,
  };
  return { comment: record, tag };
}

export async function storeComments(db: TanggapDb, hands: Hand[]) {
  const rows = hands.map(comment);
  await db.comments.bulkAdd(rows.map((r) => r.comment));
  await db.annotations.bulkAdd(rows.flatMap((r) => (r.tag ? [r.tag] : [])));
}

export function reply(over: Partial<ReplyRecord> & { responseMinutes: number | null }): ReplyRecord {
  const { responseMinutes, ...rest } = over;
  return {
    commentId: 'facebook:c',
    pageId: 'facebook:kopirindang',
    platform: 'facebook',
    templateId: null,
    text: 'Halo Kak',
    checkScore: null,
    agent: 'Ayu',
    insertedAt: daysAgo(1),
    commentText: '',
    stage: 'curation',
    sentiment: 'neutral',
    intents: [],
    language: 'id',
    answeredAt: responseMinutes === null ? null : daysAgo(1) + responseMinutes * 60_000,
    responseMs: responseMinutes === null ? null : responseMinutes * 60_000,
    ...rest,
  };
}
