import { useMemo } from 'react';
import { useRequest } from '@/components/use-request';
import type { ReplyRecord } from '@/utils/db/records';
import { NearDuplicateIndex } from '@/utils/replies/near-duplicate';
import { ReplyHistory } from '@/utils/replies/history';

/** Replies kept in memory for ranking and the near-duplicate check: well over a busy team's month. */
export const HISTORY_LIMIT = 10_000;

/** Everything the side panel needs besides the comment: settings, templates and the team's replies. */
export function useReplyData() {
  const settings = useRequest('getSettings', {}, ['settings']);
  const templates = useRequest('listTemplates', {}, ['templates']);
  const replies = useRequest('recentReplies', { limit: HISTORY_LIMIT }, ['replies']);
  const indexes = useMemo(() => (replies.status === 'ready' ? buildIndexes(replies.value) : null), [replies]);
  if (settings.status !== 'ready' || templates.status !== 'ready' || !indexes) {
    const failed = [settings, templates, replies].find((s) => s.status === 'error');
    return { status: failed ? ('error' as const) : ('loading' as const), message: failed?.message ?? '' };
  }
  return {
    status: 'ready' as const,
    settings: settings.value,
    templates: templates.value,
    ...indexes,
  };
}

function buildIndexes(newestFirst: readonly ReplyRecord[]) {
  // The history index expects its entries oldest first.
  const replies = [...newestFirst].reverse();
  const history = new ReplyHistory(
    replies.map((r) => ({
      templateId: r.templateId,
      replyText: r.text,
      commentText: r.commentText,
      stage: r.stage,
      sentiment: r.sentiment,
      intents: r.intents,
      language: r.language,
      checkScore: r.checkScore,
      insertedAt: r.insertedAt,
    })),
  );
  return { history, recent: new NearDuplicateIndex(replies.map((r) => r.text)) };
}

export type ReplyData = Extract<ReturnType<typeof useReplyData>, { status: 'ready' }>;
