import type { HistoryRow } from './rows';
import type { HistoryTable, Written } from './watch-writes';

/**
 * The rows the background served lately, so the history opened again needs no IndexedDB read:
 * another view may have it busy counting 100,000 records. A row goes with any write to its
 * comment, tag or replies; all go when a page record changes (rows carry page names).
 */
export class RowCache {
  readonly #rows = new Map<string, HistoryRow>();

  constructor(private readonly max = 1_000) {}

  /** The cached rows among `ids`, and the ids to read. */
  take(ids: readonly string[]): { cached: Map<string, HistoryRow>; missing: string[] } {
    const cached = new Map<string, HistoryRow>();
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.#rows.get(id);
      if (row) cached.set(id, row);
      else missing.push(id);
    }
    return { cached, missing };
  }

  put(rows: readonly HistoryRow[]): void {
    for (const row of rows) {
      // Map keeps insertion order: re-inserting makes a row the newest, the first key the oldest.
      this.#rows.delete(row.id);
      this.#rows.set(row.id, row);
    }
    for (const oldest of this.#rows.keys()) {
      if (this.#rows.size <= this.max) break;
      this.#rows.delete(oldest);
    }
  }

  written(table: HistoryTable, written: Written): void {
    if (table === 'pages' || written === 'all') this.#rows.clear();
    else for (const id of written) this.#rows.delete(id);
  }
}
