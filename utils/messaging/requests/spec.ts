import type { z } from 'zod';

/** "page": one of our own extension pages; "content": our content script in a Facebook or Instagram tab. */
export type SenderKind = 'page' | 'content';

/** A request's data schema and who may send it. */
export type RequestSpecs = Record<string, { data: z.ZodType; from: readonly SenderKind[] }>;
