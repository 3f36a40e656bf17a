import { historyWindow } from '@/utils/db/history/history-window';
import { HistoryIndex } from '@/utils/db/history/search-index';
import type { historyRequests } from '@/utils/messaging/requests/history';
import type { AreaHandlers, HandlerContext } from './handler-context';

/** The popup's history. Its search index lives as long as the background does, built on first use. */
export function historyHandlers(context: HandlerContext): AreaHandlers<keyof typeof historyRequests> {
  const index = new HistoryIndex(context.db);
  return {
    historyWindow: (request) => historyWindow(context.db, index, request),
  };
}
