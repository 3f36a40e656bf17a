import type { TanggapDb } from './database';
import type { CommentRecord, PageRecord } from './records';

export interface DbStats {
  pages: number;
  posts: number;
  comments: number;
  annotations: number;
  replies: number;
  templates: number;
}

export async function readStats(db: TanggapDb): Promise<DbStats> {
  const [pages, posts, comments, annotations, replies, templates] = await Promise.all([
    db.pages.count(),
    db.posts.count(),
    db.comments.count(),
    db.annotations.count(),
    db.replies.count(),
    db.templates.count(),
  ]);
  return { pages, posts, comments, annotations, replies, templates };
}

export function listPages(db: TanggapDb): Promise<PageRecord[]> {
  return db.pages.orderBy('lastSeenAt').reverse().toArray();
}

export function recentComments(db: TanggapDb, limit: number): Promise<CommentRecord[]> {
  return db.comments.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}
