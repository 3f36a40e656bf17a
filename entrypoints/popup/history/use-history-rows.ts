import { useEffect, useState, useSyncExternalStore } from 'react';
import { subscribeDbChanged } from '@/components/db-changes';
import type { HistoryQuery } from '@/utils/db/history/filters';
import { sendMessage } from '@/utils/messaging/messenger';
import { windowStore, type WindowSnapshot, type WindowStore } from './window-store';

const READ = ['comments', 'annotations', 'replies', 'pages'];
const fetchWindow = (request: Parameters<typeof sendMessage<'historyWindow'>>[1]) =>
  sendMessage('historyWindow', request);

/** The rows of a search, window by window, kept fresh while the background writes. */
export function useHistoryRows(query: HistoryQuery): { store: WindowStore; snapshot: WindowSnapshot } {
  const key = JSON.stringify(query);
  const [current, setCurrent] = useState(() => ({ key, store: windowStore(query, fetchWindow) }));
  if (current.key !== key) {
    // A new search gets its own store, which shows the old rows until its first window comes.
    setCurrent({ key, store: windowStore(query, fetchWindow, current.store.snapshot()) });
  }
  const { store } = current;
  const snapshot = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(
    () =>
      subscribeDbChanged((tables) => {
        if (tables.some((t) => READ.includes(t))) store.refresh();
      }),
    [store],
  );
  return { store, snapshot };
}
