import { z } from 'zod';
import { captureSchema } from '../capture/schema';
import type { TableName } from '../db/database';
import type { DbStats } from '../db/queries';
import type { CommentRecord, PageRecord } from '../db/records';
import type { StoreResult } from '../db/store-capture';

/**
 * Every request the background answers, with the zod schema its data must pass and who may send it.
 * The background parses each message's data with these before touching the database.
 */
export const requests = {
  ping: { data: z.object({}).strict(), from: ['page', 'content'] },
  getStats: { data: z.object({}).strict(), from: ['page'] },
  listPages: { data: z.object({}).strict(), from: ['page'] },
  recentComments: {
    data: z.object({ limit: z.number().int().min(1).max(200) }).strict(),
    from: ['page'],
  },
  storeCapture: { data: captureSchema, from: ['content'] },
} as const satisfies Record<string, { data: z.ZodType; from: readonly SenderKind[] }>;

/** "page": one of our own extension pages; "content": our content script in a Facebook or Instagram tab. */
export type SenderKind = 'page' | 'content';

export type RequestName = keyof typeof requests;
export type RequestData<K extends RequestName> = z.input<(typeof requests)[K]['data']>;

export interface Responses {
  ping: { version: string };
  getStats: DbStats;
  listPages: PageRecord[];
  recentComments: CommentRecord[];
  storeCapture: StoreResult;
}

/** Broadcast by the background after it writes, so open pages refresh. */
export const dbChangedSchema = z.object({ tables: z.array(z.string()) });
export type DbChanged = { tables: TableName[] };

export type ProtocolMap = {
  [K in RequestName]: (data: RequestData<K>) => Responses[K];
} & {
  dbChanged: (data: DbChanged) => void;
};
