import type { historyRequests } from '@/utils/messaging/requests/history';
import type { AreaHandlers, HandlerContext } from './handler-context';

export function historyHandlers(context: HandlerContext): AreaHandlers<keyof typeof historyRequests> {
  void context;
  return {};
}
