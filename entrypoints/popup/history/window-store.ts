import type { HistoryQuery } from '@/utils/db/history/filters';
import type { HistoryWindow, HistoryWindowRequest } from '@/utils/db/history/history-window';
import type { HistoryRow } from '@/utils/db/history/rows';

/** Rows are asked for in windows of this many. */
export const WINDOW = 50;

export interface WindowSnapshot {
  /** Null until the first window arrives. */
  total: number | null;
  /** Loaded rows by their position in the results. */
  rows: ReadonlyMap<number, HistoryRow>;
  error: string | null;
  /** Still the previous search's rows: shown until this search's first window comes, not blanked. */
  stale: boolean;
}

export interface WindowStore {
  subscribe(listener: () => void): () => void;
  snapshot(): WindowSnapshot;
  /** Loads whatever of positions start..end is missing or out of date. */
  show(start: number, end: number): void;
  /** The database changed: reload what is shown, keeping the old rows until the new ones come. */
  refresh(): void;
}

/**
 * The rows of one search, loaded window by window as the list scrolls: the page never holds
 * more than what was scrolled past. A reply from before a refresh is dropped.
 */
export function windowStore(
  query: HistoryQuery,
  fetchWindow: (request: HistoryWindowRequest) => Promise<HistoryWindow>,
  previous?: WindowSnapshot,
): WindowStore {
  let snapshot: WindowSnapshot = previous
    ? { ...previous, stale: true }
    : { total: null, rows: new Map(), error: null, stale: false };
  let generation = 0;
  let shown: [number, number] = [0, 0];
  const loaded = new Map<number, number>();
  const loading = new Set<string>();
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  const load = (page: number) => {
    const gen = generation;
    const key = `${gen}:${page}`;
    if ((loaded.get(page) ?? -1) >= gen || loading.has(key)) return;
    loading.add(key);
    fetchWindow({ ...query, offset: page * WINDOW, limit: WINDOW }).then(
      (w) => {
        loading.delete(key);
        if (gen !== generation) return;
        loaded.set(page, gen);
        const rows = new Map(snapshot.stale ? [] : snapshot.rows);
        for (let i = 0; i < WINDOW; i++) rows.delete(w.offset + i);
        w.rows.forEach((row, i) => rows.set(w.offset + i, row));
        snapshot = { total: w.total, rows, error: null, stale: false };
        emit();
      },
      (error: unknown) => {
        loading.delete(key);
        snapshot = { ...snapshot, error: String(error) };
        emit();
      },
    );
  };

  const show = (start: number, end: number) => {
    shown = [start, end];
    for (let page = Math.floor(start / WINDOW); page <= Math.floor(end / WINDOW); page++) load(page);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snapshot,
    show,
    refresh() {
      generation++;
      show(...shown);
    },
  };
}
