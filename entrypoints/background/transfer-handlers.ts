import type { transferRequests } from '@/utils/messaging/requests/transfer';
import type { AreaHandlers, HandlerContext } from './handler-context';

export function transferHandlers(context: HandlerContext): AreaHandlers<keyof typeof transferRequests> {
  void context;
  return {};
}
