import type { RequestSpecs } from './spec';

/** Export and import of history, templates and brand voice. */
export const transferRequests = {} as const satisfies RequestSpecs;

export type TransferResponses = Record<never, never>;
