import type { TanggapDb } from '../database';
import type { AnnotationRecord, CommentRecord } from '../records';
import type { QueueEntry } from '../replies';

export interface UnansweredEntry extends QueueEntry {
  tag: AnnotationRecord;
  /** The page's name as last seen, or its id when the page itself was never stored. */
  pageName: string;
}

/** The intents that ask the brand for an answer; a negative comment does too, whatever its intents. */
const NEEDS_ANSWER = ['complaint', 'urgent', 'question'] as const;

/**
 * Complaints, questions and negative comments still without the brand's answer, on every page.
 * Found through the tags' intent and sentiment indexes, so the cost follows how many such
 * comments there are, not how many comments are stored.
 */
export async function unansweredAcrossPages(db: TanggapDb): Promise<UnansweredEntry[]> {
  // One plain key range per label (read at once) rather than anyOf (a cursor hopping between keys).
  const [pages, answered, ...found] = await Promise.all([
    db.pages.toArray(),
    db.comments.orderBy('answeredAt').primaryKeys(),
    db.annotations.where('sentiment').equals('negative').toArray(),
    ...NEEDS_ANSWER.map((intent) => db.annotations.where('intents').equals(intent).toArray()),
  ]);
  // A comment with several of these labels is found once per label.
  const tags = new Map(found.flat().map((t) => [t.commentId, t]));
  // Most complaints get their answer: the answeredAt index's keys rule those out before any comment is read.
  const done = new Set(answered);
  const comments = await db.comments.bulkGet([...tags.keys()].filter((id) => !done.has(id)));
  const open = comments.filter(
    (c): c is CommentRecord => c !== undefined && c.answeredAt === null && !c.byPage,
  );
  // Thread sizes from the parentId index's keys alone, no records read. The page's own replies
  // are not told apart here, and need not be: one under a comment marks it answered.
  const threadSize = new Map<string, number>();
  for (const parent of await db.comments.orderBy('parentId').keys()) {
    const id = String(parent);
    threadSize.set(id, (threadSize.get(id) ?? 0) + 1);
  }
  const pageName = new Map(pages.map((p) => [p.id, p.name]));
  return open.map((comment) => ({
    comment,
    tag: tags.get(comment.id)!,
    replies: threadSize.get(comment.id) ?? 0,
    pageName: pageName.get(comment.pageId) || comment.pageId,
  }));
}
