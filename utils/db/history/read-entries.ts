import type { TanggapDb } from '../database';
import type { AnnotationRecord, CommentRecord, ReplyRecord } from '../records';
import { newestFirst, type HistoryEntry } from './filters';
import { toEntry, type Intern } from './entry';

type ReplyText = Pick<ReplyRecord, 'text'>;

/** Comments are read in slices: the whole table at once would hold every record in memory together. */
const SLICE = 5_000;

function groupReplies(replies: readonly ReplyRecord[]): Map<string, ReplyText[]> {
  const byComment = new Map<string, ReplyText[]>();
  for (const r of replies) {
    const list = byComment.get(r.commentId);
    if (list) list.push({ text: r.text });
    else byComment.set(r.commentId, [{ text: r.text }]);
  }
  return byComment;
}

/** The next slice of comments after `after` (by id) and their tags, read together. */
function readSlice(
  db: TanggapDb,
  after: string | null,
): Promise<{ comments: CommentRecord[]; tags: AnnotationRecord[] }> {
  return db.transaction('r', db.comments, db.annotations, async () => {
    const byId = after === null ? db.comments.orderBy(':id') : db.comments.where(':id').above(after);
    const comments = await byId.limit(SLICE).toArray();
    if (comments.length === 0) return { comments, tags: [] };
    const range = db.annotations.where(':id').between(comments[0]!.id, comments.at(-1)!.id, true, true);
    return { comments, tags: await range.toArray() };
  });
}

/**
 * Every comment as an entry, newest first. Comments and their tags share keys (a tag is keyed by
 * its comment's id), so each slice of comments meets its tags in one key range.
 */
export async function readAllEntries(db: TanggapDb, intern: Intern): Promise<HistoryEntry[]> {
  const replies = groupReplies(await db.replies.toArray());
  const entries: HistoryEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const { comments, tags } = await readSlice(db, after);
    const tagOf = new Map(tags.map((t) => [t.commentId, t]));
    for (const c of comments) entries.push(toEntry(c, tagOf.get(c.id), replies.get(c.id) ?? [], intern));
    if (comments.length < SLICE) break;
    after = comments.at(-1)!.id;
  }
  return entries.sort(newestFirst);
}

/** The current entries of some comments; null for a comment no longer stored. */
export async function readEntries(
  db: TanggapDb,
  ids: readonly string[],
  intern: Intern,
): Promise<Map<string, HistoryEntry | null>> {
  return db.transaction('r', db.comments, db.annotations, db.replies, async () => {
    const [comments, tags, replies] = await Promise.all([
      db.comments.bulkGet([...ids]),
      db.annotations.bulkGet([...ids]),
      db.replies
        .where('commentId')
        .anyOf([...ids])
        .toArray(),
    ]);
    const byComment = groupReplies(replies);
    return new Map(
      ids.map((id, i) => {
        const c = comments[i];
        return [id, c ? toEntry(c, tags[i], byComment.get(id) ?? [], intern) : null] as const;
      }),
    );
  });
}
