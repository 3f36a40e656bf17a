import type { TanggapDb } from '../database';
import { hasFilters, type HistoryQuery } from './filters';
import { newestWindow } from './newest';
import { readRows, type HistoryRow } from './rows';
import type { HistoryIndex } from './search-index';

export interface HistoryWindowRequest extends HistoryQuery {
  offset: number;
  limit: number;
}

/** Some rows of a (filtered) history and how many there are in all: the list asks window by window. */
export interface HistoryWindow {
  total: number;
  offset: number;
  rows: HistoryRow[];
}

/**
 * First paint must not wait for 100,000 comments: while the index is not built, the plain
 * newest-first history comes from the createdAt index. Searches and filters use the index, and
 * the first request starts building it.
 */
export async function historyWindow(
  db: TanggapDb,
  index: HistoryIndex,
  request: HistoryWindowRequest,
): Promise<HistoryWindow> {
  const { offset, limit } = request;
  const quick = !index.ready && !hasFilters(request) ? await newestWindow(db, offset, limit) : null;
  const found = quick ?? (await index.search(request, offset, limit));
  const rows = await readRows(db, found.ids);
  index.warm();
  return { total: found.total, offset, rows };
}
