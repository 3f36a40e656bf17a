import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';

/** The tables the history reads. */
export type HistoryTable = 'comments' | 'annotations' | 'replies' | 'pages';

/**
 * The comments (for pages: the pages) a write touched, or 'all' when a write cannot say (a range
 * delete, a reply deleted by its number).
 */
export type Written = readonly string[] | 'all';

/** Which comment each record belongs to; a page record, which page. */
const SUBJECT_OF: Record<HistoryTable, (value: Record<string, unknown>) => unknown> = {
  comments: (v) => v.id,
  annotations: (v) => v.commentId,
  replies: (v) => v.commentId,
  pages: (v) => v.id,
};
/** Tables whose primary key is that subject, so a delete by key names it. */
const KEYED_BY_SUBJECT = new Set<string>(['comments', 'annotations', 'pages']);

function written(table: HistoryTable, req: DBCoreMutateRequest): Written {
  if (req.type === 'add' || req.type === 'put') {
    return req.values.map((v) => String(SUBJECT_OF[table](v as Record<string, unknown>)));
  }
  if (req.type === 'delete' && KEYED_BY_SUBJECT.has(table)) return req.keys.map(String);
  return 'all';
}

const watched = (name: string): name is HistoryTable => name in SUBJECT_OF;

/**
 * Tells `onWrite` about every write to the tables the history reads, whoever makes it (captures,
 * tags, logged replies, merges, imports), so the history's memory never needs those writers to
 * know it exists. It hears of a write before it commits: a read started afterwards waits for
 * that transaction (IndexedDB orders overlapping transactions), and a write that aborts only
 * costs a needless re-read. Dexie builds its middleware stack when the database opens, hence
 * the check.
 */
export function watchHistoryWrites(
  db: Dexie,
  onWrite: (table: HistoryTable, written: Written) => void,
): void {
  if (db.isOpen()) throw new Error('watchHistoryWrites must be set up before the database opens');
  db.use({
    stack: 'dbcore',
    name: 'history-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!watched(name)) return table;
        return {
          ...table,
          mutate(req) {
            onWrite(name, written(name, req));
            return table.mutate(req);
          },
        };
      },
    }),
  });
}
