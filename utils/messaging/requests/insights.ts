import { z } from 'zod';
import { PERIOD_DAYS, type Insights } from '../../db/insights';
import type { UnansweredEntry } from '../../db/insights/unanswered';
import type { RequestSpecs } from './spec';

const empty = z.object({}).strict();

/** The popup's review across pages: what still waits for an answer, and how the pages are doing. */
export const insightsRequests = {
  unansweredAcrossPages: { data: empty, from: ['page'] },
  insights: {
    data: z
      .object({
        /** null: every page. */
        pageId: z.string().min(1).max(300).nullable(),
        days: z.literal(PERIOD_DAYS),
      })
      .strict(),
    from: ['page'],
  },
} as const satisfies RequestSpecs;

export interface InsightsResponses {
  unansweredAcrossPages: UnansweredEntry[];
  insights: Insights;
}
