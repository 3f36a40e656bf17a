import type { RequestSpecs } from './spec';

/** Keeping the database healthy: retention, storage. */
export const upkeepRequests = {} as const satisfies RequestSpecs;

export type UpkeepResponses = Record<never, never>;
