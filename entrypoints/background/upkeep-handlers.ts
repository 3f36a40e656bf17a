import type { upkeepRequests } from '@/utils/messaging/requests/upkeep';
import type { AreaHandlers, HandlerContext } from './handler-context';

export function upkeepHandlers(context: HandlerContext): AreaHandlers<keyof typeof upkeepRequests> {
  void context;
  return {};
}
