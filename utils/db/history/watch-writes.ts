import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';

/** The comments a write touched, or 'all' when a write cannot say (a range delete, a reply deleted by its number). */
export type Written = readonly string[] | 'all';

/** The tables the history reads, and which comment each of their records belongs to. */
const COMMENT_OF: Record<string, (value: Record<string, unknown>) => unknown> = {
  comments: (v) => v.id,
  annotations: (v) => v.commentId,
  replies: (v) => v.commentId,
};
/** Tables whose primary key is the comment's id, so a delete by key names the comment. */
const KEYED_BY_COMMENT = new Set(['comments', 'annotations']);

function written(table: string, req: DBCoreMutateRequest): Written {
  if (req.type === 'add' || req.type === 'put') {
    const commentOf = COMMENT_OF[table]!;
    return req.values.map((v) => String(commentOf(v as Record<string, unknown>)));
  }
  if (req.type === 'delete' && KEYED_BY_COMMENT.has(table)) return req.keys.map(String);
  return 'all';
}

/**
 * Tells `onWrite` about every write to comments, annotations and replies, whoever makes it
 * (captures, tags, logged replies, merges, imports), so the search index never needs those
 * writers to know it exists. It hears of a write before it commits: a read started afterwards
 * waits for that transaction (IndexedDB orders overlapping transactions), and a write that
 * aborts only costs a needless re-read. Dexie builds its middleware stack when the database
 * opens, hence the check.
 */
export function watchCommentWrites(db: Dexie, onWrite: (written: Written) => void): void {
  if (db.isOpen()) throw new Error('watchCommentWrites must be set up before the database opens');
  db.use({
    stack: 'dbcore',
    name: 'history-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!(name in COMMENT_OF)) return table;
        return {
          ...table,
          mutate(req) {
            onWrite(written(name, req));
            return table.mutate(req);
          },
        };
      },
    }),
  });
}
