import { historyState } from '@/utils/db/history/history-state';
import { historyWindow } from '@/utils/db/history/history-window';
import type { historyRequests } from '@/utils/messaging/requests/history';
import type { AreaHandlers, HandlerContext } from './handler-context';

/**
 * The popup's history. Its search index and recent rows live as long as the background does
 * (the index is built on first use); created with the handlers, before the database opens.
 */
export function historyHandlers(context: HandlerContext): AreaHandlers<keyof typeof historyRequests> {
  const state = historyState(context.db);
  return {
    historyWindow: (request) => historyWindow(context.db, state, request),
  };
}
