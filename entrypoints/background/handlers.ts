import { brandIdFromUrl } from '@/utils/brand-pages';
import { annotationHistory, setManualTag, storeAutoTags } from '@/utils/db/annotations';
import type { TanggapDb, TableName } from '@/utils/db/database';
import { listPages, readStats, recentComments } from '@/utils/db/queries';
import { logReply, recentReplies, replyContext, unansweredOnPage } from '@/utils/db/replies';
import { readSetting, writeSetting, type Settings } from '@/utils/db/settings';
import { deleteTemplate, listTemplates, resetTemplates, saveTemplate } from '@/utils/db/templates';
import type { CommentSelection } from '@/utils/messaging/protocol';
import { storeCapture } from '@/utils/db/store-capture';
import type { Handlers } from '@/utils/messaging/route';

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
  const templatesChanged = async () => {
    changed(['templates']);
    return listTemplates(db);
  };
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
    setBrandVoice: async (voice) => {
      await writeSetting(db, 'brandVoice', voice);
      changed(['settings']);
      return settings();
    },
    setResponseTargets: async (targets) => {
      await writeSetting(db, 'responseTargets', targets);
      changed(['settings']);
      return settings();
    },
    listTemplates: () => listTemplates(db),
    saveTemplate: async (template) => {
      await saveTemplate(db, template);
      return templatesChanged();
    },
    deleteTemplate: async ({ id }) => {
      await deleteTemplate(db, id);
      return templatesChanged();
    },
    resetTemplates: async () => {
      await resetTemplates(db);
      return templatesChanged();
    },
    recentReplies: ({ limit }) => recentReplies(db, limit),
    replyContext: ({ commentId }) => replyContext(db, commentId),
    unansweredOnPage: ({ pageId }) => unansweredOnPage(db, pageId),
    logReply: async (request) => {
      const reply = await logReply(db, request, await moderator(), now());
      changed(['replies']);
      return reply;
    },
    selectComment: async ({ commentId }, sender) => {
      selection.select({ commentId, tabId: sender.tabId, at: now() });
    },
    currentSelection: async () => selection.current(),
  };
}

/** The comment last chosen for replying; the background tells open side panels when it changes. */
export interface SelectionStore {
  select(selection: CommentSelection): void;
  current(): CommentSelection | null;
}

export function memorySelection(onSelect: (s: CommentSelection) => void = () => undefined): SelectionStore {
  let last: CommentSelection | null = null;
  return {
    select(s) {
      last = s;
      onSelect(s);
    },
    current: () => last,
  };
}
