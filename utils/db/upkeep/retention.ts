import type { TanggapDb } from '../database';
import { readSetting } from '../settings';
import { purgeOldThreads, type PurgeResult } from './purge';

export const MAX_RETENTION_MONTHS = 120;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A stored setting as months to keep; anything but a whole number in range keeps everything (0), so bad settings data never deletes. */
export function retentionMonths(value: unknown): number {
  const valid =
    typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_RETENTION_MONTHS;
  return valid ? value : 0;
}

/**
 * The moment `months` calendar months before `now` (UTC, the day clamped to the month's
 * length: 31 March less one month is 28 or 29 February); null when it keeps everything.
 */
export function retentionCutoff(value: unknown, now: number): number | null {
  const months = retentionMonths(value);
  if (months === 0) return null;
  const at = new Date(now);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return at.getTime();
}

export interface RetentionState {
  months: number;
  /** The last purge this background ran (it forgets on restart), when it deleted or checked. */
  lastPurge: (PurgeResult & { at: number }) | null;
}

// Per database object, in memory: a restarted background purges once at start anyway.
const lastRun = new WeakMap<TanggapDb, number>();
const lastResult = new WeakMap<TanggapDb, PurgeResult & { at: number }>();

/** Purges by the stored setting; null when it says keep everything. */
export async function purgeByRetention(db: TanggapDb, now: number): Promise<PurgeResult | null> {
  lastRun.set(db, now);
  const cutoff = retentionCutoff(await readSetting(db, 'retentionMonths'), now);
  if (cutoff === null) return null;
  const result = await purgeOldThreads(db, cutoff);
  lastResult.set(db, { ...result, at: now });
  return result;
}

/** Purges at most once a day (the first call always runs); null when it did not run or keeps all. */
export async function purgeIfDue(db: TanggapDb, now: number): Promise<PurgeResult | null> {
  const last = lastRun.get(db);
  if (last !== undefined && now - last < DAY_MS && now >= last) return null;
  return purgeByRetention(db, now);
}

export async function retentionState(db: TanggapDb): Promise<RetentionState> {
  const months = retentionMonths(await readSetting(db, 'retentionMonths'));
  return { months, lastPurge: lastResult.get(db) ?? null };
}
