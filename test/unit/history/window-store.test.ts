import { describe, expect, test, vi } from 'vitest';
import type { HistoryWindow, HistoryWindowRequest } from '@/utils/db/history/history-window';
import type { HistoryRow } from '@/utils/db/history/rows';
import { WINDOW, windowStore } from '@/entrypoints/popup/history/window-store';

const row = (id: string) => ({ id }) as HistoryRow;
const query = { query: '', filters: {} };

/** A background that answers when told, and remembers what it was asked. */
function background() {
  const asked: Array<{ request: HistoryWindowRequest; answer: (w: Omit<HistoryWindow, 'offset'>) => void }> =
    [];
  const fetchWindow = (request: HistoryWindowRequest) =>
    new Promise<HistoryWindow>((resolve) =>
      asked.push({ request, answer: (w) => resolve({ ...w, offset: request.offset }) }),
    );
  return { asked, fetchWindow };
}

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(`c${from + i}`));

describe('the history list’s windows', () => {
  test('rows that come before the count are shown, then the count is asked for exactly', async () => {
    const bg = background();
    const store = windowStore(query, bg.fetchWindow);
    store.show(0, 3);
    expect(bg.asked.map((a) => a.request.exact)).toEqual([false]);
    bg.asked[0]!.answer({ total: null, rows: rows(0, WINDOW) });
    await vi.waitFor(() => expect(store.snapshot().rows.size).toBe(WINDOW));
    // One place more than the rows: scrolling to it loads the next window.
    expect(store.snapshot()).toMatchObject({ total: null, length: WINDOW + 1 });
    await vi.waitFor(() => expect(bg.asked).toHaveLength(2));
    expect(bg.asked[1]!.request).toMatchObject({ offset: 0, exact: true });
    bg.asked[1]!.answer({ total: 1234, rows: rows(0, WINDOW) });
    await vi.waitFor(() => expect(store.snapshot()).toMatchObject({ total: 1234, length: 1234 }));
    store.show(WINDOW * 3, WINDOW * 3 + 2);
    expect(bg.asked[2]!.request).toMatchObject({ offset: WINDOW * 3, exact: true });
  });

  test('a window asked before the database changed is dropped, and what is shown is asked again', async () => {
    const bg = background();
    const store = windowStore(query, bg.fetchWindow);
    store.show(0, 3);
    store.refresh();
    expect(bg.asked).toHaveLength(2);
    bg.asked[0]!.answer({ total: 10, rows: [row('old')] });
    bg.asked[1]!.answer({ total: 10, rows: [row('new')] });
    await vi.waitFor(() => expect(store.snapshot().rows.get(0)?.id).toBe('new'));
  });

  test('a count overtaken by a change is asked again for the new rows', async () => {
    const bg = background();
    const store = windowStore(query, bg.fetchWindow);
    store.show(0, 3);
    bg.asked[0]!.answer({ total: null, rows: rows(0, WINDOW) });
    await vi.waitFor(() => expect(bg.asked).toHaveLength(2));
    store.refresh();
    bg.asked[2]!.answer({ total: null, rows: rows(100, WINDOW) });
    bg.asked[1]!.answer({ total: 50, rows: rows(0, WINDOW) });
    await vi.waitFor(() => expect(bg.asked).toHaveLength(4));
    expect(bg.asked[3]!.request.exact).toBe(true);
    bg.asked[3]!.answer({ total: 60, rows: rows(100, WINDOW) });
    await vi.waitFor(() => expect(store.snapshot().total).toBe(60));
    expect(store.snapshot().rows.get(0)?.id).toBe('c100');
  });

  test('a new search shows the old rows until its own come, then only its own', async () => {
    const bg = background();
    const first = windowStore(query, bg.fetchWindow);
    first.show(0, 3);
    bg.asked[0]!.answer({ total: 100, rows: rows(0, WINDOW) });
    await vi.waitFor(() => expect(first.snapshot().total).toBe(100));
    const second = windowStore({ query: 'kecewa', filters: {} }, bg.fetchWindow, first.snapshot());
    expect(second.snapshot()).toMatchObject({ stale: true, total: 100 });
    second.show(0, 3);
    bg.asked[1]!.answer({ total: 2, rows: [row('k1'), row('k2')] });
    await vi.waitFor(() => expect(second.snapshot().stale).toBe(false));
    expect([...second.snapshot().rows.values()].map((r) => r.id)).toEqual(['k1', 'k2']);
    expect(second.snapshot().total).toBe(2);
  });
});
