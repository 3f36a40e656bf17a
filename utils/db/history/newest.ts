import type { TanggapDb } from '../database';

/**
 * A window of the unfiltered history straight from the createdAt index, newest first, and the
 * total: what the popup paints first while the search index is still being built. Comments
 * without a page time come after all others (see newestFirst) and no index holds them, so a
 * window reaching them is null: the caller waits for the search index.
 */
export async function newestWindow(
  db: TanggapDb,
  offset: number,
  limit: number,
): Promise<{ total: number; ids: string[] } | null> {
  return db.transaction('r', db.comments, async () => {
    const byTime = db.comments.orderBy('createdAt');
    const [total, dated, ids] = await Promise.all([
      db.comments.count(),
      byTime.clone().count(),
      byTime.clone().reverse().offset(offset).limit(limit).primaryKeys(),
    ]);
    return offset + limit <= dated || total === dated ? { total, ids: ids as string[] } : null;
  });
}
