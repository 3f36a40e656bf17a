import type { TanggapDb } from '../database';
import { hasFilters, type HistoryQuery } from './filters';
import { newestWindow } from './newest';
import { readRows, type HistoryRow } from './rows';
import type { HistoryIndex } from './search-index';

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
 * exact requests use the index; the first request starts building it.
 */
export async function historyWindow(
  db: TanggapDb,
  index: HistoryIndex,
  request: HistoryWindowRequest,
): Promise<HistoryWindow> {
  const { offset, limit } = request;
  const quick =
    !request.exact && !index.ready && !hasFilters(request) ? await newestWindow(db, offset, limit) : null;
  if (quick) {
    const rows = await readRows(db, quick);
    index.warm();
    return { total: null, offset, rows };
  }
  const found = await index.search(request, offset, limit);
  return { total: found.total, offset, rows: await readRows(db, found.ids) };
}
