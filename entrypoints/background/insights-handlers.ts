import type { z } from 'zod';
import { readInsights } from '@/utils/db/insights';
import { unansweredAcrossPages } from '@/utils/db/insights/unanswered';
import type { InsightsResponses, insightsRequests } from '@/utils/messaging/requests/insights';
import type { HandlerContext } from './handler-context';

type Requests = typeof insightsRequests;
// Typed from this area's own specs (not the protocol's full map) so the file stands on its own.
type InsightsHandlers = {
  [K in keyof Requests]: (data: z.output<Requests[K]['data']>) => Promise<InsightsResponses[K]>;
};

/** Unanswered comments across pages, and the numbers behind the insights view. */
export function insightsHandlers(context: HandlerContext): InsightsHandlers {
  return {
    unansweredAcrossPages: () => unansweredAcrossPages(context.db),
    insights: async (query) =>
      readInsights(context.db, query, context.now(), (await context.settings()).responseTargets),
  };
}
