import type { TanggapDb, TableName } from '@/utils/db/database';
import { listPages, readStats, recentComments } from '@/utils/db/queries';
import { storeCapture } from '@/utils/db/store-capture';
import type { Handlers } from '@/utils/messaging/route';

/** What each request does to the database. `changed` tells open pages to refresh. */
export function createHandlers(
  db: TanggapDb,
  version: string,
  changed: (tables: TableName[]) => void,
  now: () => number = Date.now,
): Handlers {
  return {
    ping: async () => ({ version }),
    getStats: () => readStats(db),
    listPages: () => listPages(db),
    recentComments: ({ limit }) => recentComments(db, limit),
    storeCapture: async (capture) => {
      const result = await storeCapture(db, capture, now());
      changed(['pages', 'posts', 'comments']);
      return result;
    },
  };
}
