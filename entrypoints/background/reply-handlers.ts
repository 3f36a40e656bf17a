import { logReply, recentReplies, replyContext, unansweredOnPage } from '@/utils/db/replies';
import { writeSetting } from '@/utils/db/settings';
import { deleteTemplate, listTemplates, resetTemplates, saveTemplate } from '@/utils/db/templates';
import type { replyRequests } from '@/utils/messaging/requests/replies';
import type { AreaHandlers, HandlerContext } from './handler-context';
import type { SelectionStore } from './selection';

/** The reply assistant's requests: brand voice, targets, templates, logged replies, selection. */
export function replyHandlers(
  context: HandlerContext,
  selection: SelectionStore,
): AreaHandlers<keyof typeof replyRequests> {
  const templatesChanged = async () => {
    context.changed(['templates']);
    return listTemplates(context.db);
  };
  return {
    setBrandVoice: async (voice) => {
      await writeSetting(context.db, 'brandVoice', voice);
      context.changed(['settings']);
      return context.settings();
    },
    setResponseTargets: async (targets) => {
      await writeSetting(context.db, 'responseTargets', targets);
      context.changed(['settings']);
      return context.settings();
    },
    listTemplates: () => listTemplates(context.db),
    saveTemplate: async (template) => {
      await saveTemplate(context.db, template);
      return templatesChanged();
    },
    deleteTemplate: async ({ id }) => {
      await deleteTemplate(context.db, id);
      return templatesChanged();
    },
    resetTemplates: async () => {
      await resetTemplates(context.db);
      return templatesChanged();
    },
    recentReplies: ({ limit }) => recentReplies(context.db, limit),
    replyContext: ({ commentId }) => replyContext(context.db, commentId),
    unansweredOnPage: ({ pageId }) => unansweredOnPage(context.db, pageId),
    logReply: async (request) => {
      const reply = await logReply(context.db, request, await context.moderator(), context.now());
      context.changed(['replies']);
      return reply;
    },
    selectComment: async ({ commentId }, sender) => {
      selection.select({ commentId, tabId: sender.tabId, at: context.now() });
    },
    currentSelection: async () => selection.current(),
  };
}
