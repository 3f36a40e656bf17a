import { z } from 'zod';
import { platformSchema } from '../../capture/schema';
import type { HistoryFilters } from '../../db/history/filters';
import type { HistoryWindow } from '../../db/history/history-window';
import { INTENTS, SENTIMENTS, STAGES } from '../../db/records';
import type { RequestSpecs } from './spec';

const time = z.number().int().nonnegative();

export const historyFiltersSchema = z
  .object({
    pageId: z.string().min(1).max(300).optional(),
    platform: platformSchema.optional(),
    stage: z.enum(STAGES).optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
    intent: z.enum(INTENTS).optional(),
    answered: z.enum(['answered', 'unanswered']).optional(),
    from: time.optional(),
    to: time.optional(),
  })
  .strict() satisfies z.ZodType<HistoryFilters>;

/** The popup's review of what happened: reply history, unanswered, insights. */
export const historyRequests = {
  /** One window of the reply history, newest first, searched and filtered, with the total when known. */
  historyWindow: {
    data: z
      .object({
        query: z.string().max(200),
        filters: historyFiltersSchema,
        offset: z.number().int().min(0).max(10_000_000),
        limit: z.number().int().min(1).max(200),
        exact: z.boolean(),
      })
      .strict(),
    from: ['page'],
  },
} as const satisfies RequestSpecs;

export interface HistoryResponses {
  historyWindow: HistoryWindow;
}
