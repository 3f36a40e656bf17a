import type { TanggapDb } from '../database';
import type { ReplyRecord } from '../records';
import { fold, newestFirst, type HistoryEntry } from './filters';
import { labelsOf, toEntry, type Intern, type Labels } from './entry';

type ReplyText = Pick<ReplyRecord, 'text'>;

/** Tables are read in slices: a whole table at once would hold every record in memory together. */
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

/** Every record of a table, slice by slice in key order (`read` gives the slice after a key). */
async function eachSlice<T>(
  read: (after: string) => Promise<T[]>,
  keyOf: (row: T) => string,
  visit: (rows: T[]) => void,
): Promise<void> {
  // '' sorts before every id.
  for (let after = ''; ;) {
    const rows = await read(after);
    visit(rows);
    if (rows.length < SLICE) return;
    after = keyOf(rows.at(-1)!);
  }
}

/**
 * Every comment as an entry, newest first. Comments, their tags (only the labels kept) and
 * replies are read side by side, then joined: IndexedDB serves the three walks at once.
 */
export async function readAllEntries(db: TanggapDb, intern: Intern): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  const labels = new Map<string, Labels>();
  const [replies] = await Promise.all([
    db.replies.toArray().then(groupReplies),
    eachSlice(
      (after) => db.comments.where(':id').above(after).limit(SLICE).toArray(),
      (c) => c.id,
      (slice) => slice.forEach((c) => entries.push(toEntry(c, undefined, [], intern))),
    ),
    eachSlice(
      (after) => db.annotations.where(':id').above(after).limit(SLICE).toArray(),
      (a) => a.commentId,
      (slice) => slice.forEach((a) => labels.set(a.commentId, labelsOf(a))),
    ),
  ]);
  for (const e of entries) {
    const l = labels.get(e.id);
    if (l) Object.assign(e, l);
    const ours = replies.get(e.id);
    if (ours) e.hay += '\n' + fold(ours.map((r) => r.text).join('\n'));
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
