import { z } from 'zod';
import type { PurgeResult } from '../../db/upkeep/purge';
import { MAX_RETENTION_MONTHS, type RetentionState } from '../../db/upkeep/retention';
import type { StorageStatus } from '../../db/upkeep/storage-watch';
import type { RequestSpecs } from './spec';

const empty = z.object({}).strict();
const months = z.object({ months: z.number().int().min(0).max(MAX_RETENTION_MONTHS) }).strict();

/** Keeping the database healthy: retention, storage. */
export const upkeepRequests = {
  /** Never touches the database: it answers even while the database is stuck. */
  storageStatus: { data: empty, from: ['page'] },
  /** Opens the database again after a failed open (space freed, other tabs closed). */
  retryStorage: { data: empty, from: ['page'] },
  retention: { data: empty, from: ['page'] },
  setRetention: { data: months, from: ['page'] },
  /** What a purge with this setting would delete now; deletes nothing. */
  retentionPreview: { data: months, from: ['page'] },
  /** Purges now by the saved setting. */
  purgeNow: { data: empty, from: ['page'] },
} as const satisfies RequestSpecs;

export interface UpkeepResponses {
  storageStatus: StorageStatus;
  retryStorage: StorageStatus;
  retention: RetentionState;
  setRetention: RetentionState;
  /** Null when the setting keeps everything. */
  retentionPreview: PurgeResult | null;
  purgeNow: PurgeResult | null;
}
