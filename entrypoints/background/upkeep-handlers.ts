import { i18n } from '#imports';
import type { TableName, TanggapDb } from '@/utils/db/database';
import { writeSetting } from '@/utils/db/settings';
import { purgeOldThreads, type PurgeResult } from '@/utils/db/upkeep/purge';
import { purgeByRetention, purgeIfDue, retentionCutoff, retentionState } from '@/utils/db/upkeep/retention';
import { StorageProblemError, type StorageProblem } from '@/utils/db/upkeep/storage-problem';
import {
  noteOpenError,
  noteStorageError,
  noteStoredOk,
  storageStatus,
  watchStorage,
} from '@/utils/db/upkeep/storage-watch';
import type { RequestName } from '@/utils/messaging/protocol';
import type { upkeepRequests } from '@/utils/messaging/requests/upkeep';
import type { AreaHandlers, HandlerContext } from './handler-context';

const PURGED: TableName[] = ['comments', 'annotations', 'annotationHistory', 'posts'];

export function upkeepHandlers(context: HandlerContext): AreaHandlers<keyof typeof upkeepRequests> {
  const { db, changed, now } = context;
  return {
    storageStatus: () => storageStatus(db),
    retryStorage: async () => {
      if (!db.isOpen()) {
        // A blocked open waits for the other page: answer with the status meanwhile.
        const open = db.open().then(
          () => undefined,
          (error: unknown) => void noteOpenError(db, error),
        );
        await Promise.race([open, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      }
      return storageStatus(db);
    },
    retention: () => retentionState(db),
    setRetention: async ({ months }) => {
      await writeSetting(db, 'retentionMonths', months);
      changed(['settings']);
      return retentionState(db);
    },
    retentionPreview: async ({ months }) => {
      const cutoff = retentionCutoff(months, now());
      return cutoff === null ? null : purgeOldThreads(db, cutoff, { dryRun: true });
    },
    purgeNow: async () => {
      const result = await purgeByRetention(db, now());
      reportPurge(db, result, changed);
      return result;
    },
  };
}

function reportPurge(db: TanggapDb, result: PurgeResult | null, changed: (tables: TableName[]) => void) {
  if (!result || result.comments + result.posts === 0) return;
  // Space was freed: a full quota may be over; the next failed write would say so again.
  noteStoredOk(db);
  changed(PURGED);
}

/**
 * The background's upkeep, from its first moment: storage problems watched from the first open
 * (a blocked upgrade waits silently otherwise), retention run once opened and then at most once
 * a day after data is stored. `guard` wraps every request so a storage failure reaches the
 * asking page as a clear StorageProblemError and the popup can explain it.
 */
export function startUpkeep(db: TanggapDb, changed: (tables: TableName[]) => void, now = Date.now) {
  watchStorage(db);
  const purge = () =>
    purgeIfDue(db, now()).then(
      (result) => reportPurge(db, result, changed),
      (error: unknown) => void noteStorageError(db, error),
    );
  const opened = db.open().then(purge, (error: unknown) => void noteOpenError(db, error));
  return {
    opened,
    guard: async <T>(name: RequestName, run: () => Promise<T>): Promise<T> => {
      try {
        const result = await run();
        if (name === 'storeCapture') {
          noteStoredOk(db);
          void purge();
        }
        return result;
      } catch (error) {
        const found = noteStorageError(db, error);
        throw found ? storageError(found) : error;
      }
    },
  };
}

function storageError({ problem, detail }: StorageProblem): StorageProblemError {
  const message = {
    quota: () => i18n.t('upkeep.errorQuota', [detail]),
    blocked: () => i18n.t('upkeep.errorBlocked', [detail]),
    version: () => i18n.t('upkeep.errorVersion', [detail]),
  }[problem]();
  return new StorageProblemError(problem, message);
}
