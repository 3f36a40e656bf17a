import type { TanggapDb } from '../database';
import { hasFilters, type HistoryQuery } from './filters';
import { newestWindow } from './newest';
import type { HistoryState } from './history-state';
import type { CommentRecord } from '../records';
import type { RowCache } from './row-cache';
import { readRows, type HistoryRow } from './rows';

export interface HistoryWindowRequest extends HistoryQuery {
  offset: number;
  limit: number;
  /** Wait for the search index if need be, for the total; false accepts rows without it. */
  exact: boolean;
}

/** Some rows of a (filtered) history: the list asks window by window. */
export interface HistoryWindow {
  /** How many comments match in all; null when these rows came before the count (more follow). */
  total: number | null;
  offset: number;
  rows: HistoryRow[];
}

/**
 * First paint must not wait for 100,000 comments: until the search index is built, the plain
 * newest-first history comes from the createdAt index, without a total. Searches, filters and
 * exact requests use the index, built by the first of them (the list asks for the total once
 * its first rows are painted).
 */
export async function historyWindow(
  db: TanggapDb,
  { index, rows: cache }: HistoryState,
  request: HistoryWindowRequest,
): Promise<HistoryWindow> {
  const { offset, limit } = request;
  const quick =
    !request.exact && !index.ready && !hasFilters(request) ? await newestWindow(db, offset, limit) : null;
  if (quick) {
    const known = new Map(quick.map((c) => [c.id, c]));
    return { total: null, offset, rows: await cachedRows(db, cache, [...known.keys()], known) };
  }
  const found = await index.search(request, offset, limit);
  return { total: found.total, offset, rows: await cachedRows(db, cache, found.ids) };
}

/** The rows of some comments, in the order asked, from the cache where it has them. */
async function cachedRows(
  db: TanggapDb,
  cache: RowCache,
  ids: readonly string[],
  known?: ReadonlyMap<string, CommentRecord>,
): Promise<HistoryRow[]> {
  const { cached, missing } = cache.take(ids);
  const read = await readRows(db, missing, known);
  cache.put(read);
  for (const row of read) cached.set(row.id, row);
  return ids.flatMap((id) => cached.get(id) ?? []);
}
