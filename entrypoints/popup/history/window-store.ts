import type { HistoryQuery } from '@/utils/db/history/filters';
import type { HistoryWindow, HistoryWindowRequest } from '@/utils/db/history/history-window';
import type { HistoryRow } from '@/utils/db/history/rows';

/** Rows are asked for in windows of this many: a few screens, cheap for the background to read. */
export const WINDOW = 25;

export interface WindowSnapshot {
  /** How many comments match; null until counted (the first rows may come before the count). */
  total: number | null;
  /** How many places the list has: the total, or the rows so far and one more that loads the rest. */
  length: number;
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

const EMPTY: WindowSnapshot = { total: null, length: 0, rows: new Map(), error: null, stale: false };

/**
 * The rows of one search, loaded window by window as the list scrolls: the page never holds
 * more than what was scrolled past. The first window may come without the total (the
 * background has not counted yet); the store then asks once more, waiting for the count.
 * A reply from before a refresh is dropped.
 */
export function windowStore(
  query: HistoryQuery,
  fetchWindow: (request: HistoryWindowRequest) => Promise<HistoryWindow>,
  previous?: WindowSnapshot,
): WindowStore {
  let snapshot: WindowSnapshot = previous ? { ...previous, stale: true } : EMPTY;
  let generation = 0;
  let shown: [number, number] = [0, 0];
  let counting = false;
  const loaded = new Map<number, number>();
  const loading = new Set<string>();
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  const apply = (w: HistoryWindow, gen: number) => {
    if (gen !== generation) return;
    loaded.set(Math.floor(w.offset / WINDOW), gen);
    const rows = new Map(snapshot.stale ? [] : snapshot.rows);
    for (let i = 0; i < WINDOW; i++) rows.delete(w.offset + i);
    w.rows.forEach((row, i) => rows.set(w.offset + i, row));
    const total = w.total ?? (snapshot.stale ? null : snapshot.total);
    const length = total ?? (rows.size === 0 ? 0 : Math.max(...rows.keys()) + 2);
    snapshot = { total, length, rows, error: null, stale: false };
    emit();
    if (total === null && !counting) count(gen);
  };
  const fail = (error: unknown) => {
    snapshot = { ...snapshot, error: String(error) };
    emit();
  };
  const ask = (page: number, exact: boolean) =>
    fetchWindow({ ...query, offset: page * WINDOW, limit: WINDOW, exact });

  const count = (gen: number) => {
    counting = true;
    const counted = (w: HistoryWindow) => {
      counting = false;
      if (gen === generation) apply(w, gen);
      // The database changed meanwhile: count what is shown now.
      else if (snapshot.total === null) count(generation);
    };
    // Once the rows are on screen: counting has the background read every comment (it builds its
    // search index), which would slow painting them.
    requestAnimationFrame(() =>
      setTimeout(() =>
        ask(0, true).then(counted, (error: unknown) => {
          counting = false;
          fail(error);
        }),
      ),
    );
  };

  const load = (page: number) => {
    const gen = generation;
    const key = `${gen}:${page}`;
    if ((loaded.get(page) ?? -1) >= gen || loading.has(key)) return;
    loading.add(key);
    ask(page, snapshot.total !== null && !snapshot.stale)
      .then((w) => apply(w, gen), fail)
      .finally(() => loading.delete(key));
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
