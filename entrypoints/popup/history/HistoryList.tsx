import { i18n } from '#imports';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { HistoryQuery } from '@/utils/db/history/filters';
import { countText } from './format';
import { HistoryItem } from './HistoryItem';
import { useHistoryRows } from './use-history-rows';

/** Rows are one fixed height (long text is clipped, whole on hover): no measuring while scrolling. */
export const ROW_HEIGHT = 104;
export const LIST_HEIGHT = 336;

/**
 * The history as a virtual list: only the rows in view (and a few around) are in the page, and
 * only their windows are asked of the background, however many comments match.
 */
export function HistoryList({ query }: { query: HistoryQuery }) {
  const { store, snapshot } = useHistoryRows(query);
  const scroller = useRef<HTMLDivElement>(null);
  // No React Compiler in this project: nothing memoizes the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: snapshot.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    // Rows can be laid out on the first render, before the list has been measured.
    initialRect: { width: 728, height: LIST_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  // A new search starts at the top. (Braces: Chromium's scrollTo returns a promise, which React
  // would take for the effect's cleanup.)
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [store]);
  // Before the browser paints, so the request for rows does not wait a frame.
  useLayoutEffect(() => {
    store.show(first, last);
  }, [store, first, last]);

  return (
    <>
      <p className="muted" role="status" data-testid="history-count">
        {snapshot.error !== null
          ? i18n.t('common.error', [snapshot.error])
          : snapshot.total === null
            ? i18n.t(snapshot.rows.size > 0 ? 'history.counting' : 'common.loading')
            : countText(snapshot.total)}
      </p>
      <div
        ref={scroller}
        className="history-list"
        style={{ height: LIST_HEIGHT }}
        aria-label={i18n.t('history.results')}
        data-testid="history-list"
        data-total={snapshot.total ?? ''}
        aria-busy={snapshot.stale}
      >
        {snapshot.total === 0 && <p className="muted">{i18n.t('history.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = snapshot.rows.get(item.index);
            return (
              <div
                key={item.key}
                className="history-slot"
                data-index={item.index}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {row ? <HistoryItem row={row} /> : <p className="muted">{i18n.t('history.loadingRow')}</p>}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
