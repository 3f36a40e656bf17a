import type { RequestSpecs } from './spec';

/** The popup's review of what happened: reply history, unanswered, insights. */
export const historyRequests = {} as const satisfies RequestSpecs;

export type HistoryResponses = Record<never, never>;
