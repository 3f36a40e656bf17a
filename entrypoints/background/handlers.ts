import { brandIdFromUrl } from '@/utils/brand-pages';
import { annotationHistory, setManualTag, storeAutoTags } from '@/utils/db/annotations';
import type { TanggapDb, TableName } from '@/utils/db/database';
import { listPages, readStats, recentComments } from '@/utils/db/queries';
import { readSetting, writeSetting, type Settings } from '@/utils/db/settings';
import { storeCapture } from '@/utils/db/store-capture';
import type { Handlers } from '@/utils/messaging/route';
import type { HandlerContext } from './handler-context';
import { historyHandlers } from './history-handlers';
import { insightsHandlers } from './insights-handlers';
import { replyHandlers } from './reply-handlers';
import { memorySelection, type SelectionStore } from './selection';
import { transferHandlers } from './transfer-handlers';
import { upkeepHandlers } from './upkeep-handlers';

export { memorySelection, type SelectionStore } from './selection';

export class InvalidRequest extends Error {
  override name = 'InvalidRequest';
}

/** What each request does to the database. `changed` tells open pages to refresh. */
export function createHandlers(
  db: TanggapDb,
  version: string,
  changed: (tables: TableName[]) => void,
  now: () => number = Date.now,
  selection: SelectionStore = memorySelection(),
): Handlers {
  const moderator = async () => (await readSetting(db, 'moderatorName')) || 'moderator';
  const settings = async (): Promise<Settings> => ({
    brandPages: await readSetting(db, 'brandPages'),
    moderatorName: await readSetting(db, 'moderatorName'),
    brandVoice: await readSetting(db, 'brandVoice'),
    responseTargets: await readSetting(db, 'responseTargets'),
    templatesSeeded: await readSetting(db, 'templatesSeeded'),
  });
  const context: HandlerContext = { db, changed, now, moderator, settings };
  return {
    ping: async () => ({ version }),
    getStats: () => readStats(db),
    listPages: () => listPages(db),
    recentComments: ({ limit }) => recentComments(db, limit),
    storeCapture: async ({ tags, ...capture }) => {
      const at = now();
      const result = await storeCapture(db, capture, at);
      const manual = await storeAutoTags(db, capture.page.id, tags, at);
      changed(['pages', 'posts', 'comments', 'annotations', 'annotationHistory']);
      return { ...result, manual };
    },
    setManualTag: async (request) => {
      const record = await setManualTag(db, request, await moderator(), now());
      changed(['annotations', 'annotationHistory']);
      return record;
    },
    annotationHistory: ({ commentId }) => annotationHistory(db, commentId),
    brandPages: () => readSetting(db, 'brandPages'),
    addBrandPage: async ({ url }) => {
      const found = brandIdFromUrl(url);
      if (!found) throw new InvalidRequest(`Not a Facebook or Instagram page address: ${url}`);
      const pages = await readSetting(db, 'brandPages');
      if (pages.some((p) => p.id === found.id)) return pages;
      const next = [...pages, { ...found, addedAt: now() }];
      await writeSetting(db, 'brandPages', next);
      changed(['settings']);
      return next;
    },
    removeBrandPage: async ({ id }) => {
      const next = (await readSetting(db, 'brandPages')).filter((p) => p.id !== id);
      await writeSetting(db, 'brandPages', next);
      changed(['settings']);
      return next;
    },
    getSettings: settings,
    setModeratorName: async ({ name }) => {
      await writeSetting(db, 'moderatorName', name);
      changed(['settings']);
      return settings();
    },
    ...replyHandlers(context, selection),
    ...historyHandlers(context),
    ...transferHandlers(context),
    ...upkeepHandlers(context),
    ...insightsHandlers(context),
  };
}
