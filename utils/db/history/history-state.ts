import type { TanggapDb } from '../database';
import { RowCache } from './row-cache';
import { HistoryIndex } from './search-index';
import { watchHistoryWrites } from './watch-writes';

/** What the background keeps in memory for the history, and keeps fresh through every write. */
export interface HistoryState {
  index: HistoryIndex;
  rows: RowCache;
}

/** Must be set up before the database opens (it watches writes from the first one). */
export function historyState(db: TanggapDb): HistoryState {
  const state = { index: new HistoryIndex(db), rows: new RowCache() };
  watchHistoryWrites(db, (table, written) => {
    if (table !== 'pages') state.index.written(written);
    state.rows.written(table, written);
  });
  return state;
}
