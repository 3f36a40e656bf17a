import { i18n } from '#imports';
import { useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import { Loadable } from '@/components/Loadable';
import { subscribe } from '@/components/page-messages';
import { useNow } from '@/components/use-now';
import { useRequest } from '@/components/use-request';
import type { ReplyContext } from '@/utils/db/replies';
import { sendMessage } from '@/utils/messaging/messenger';
import { rankQueue } from '@/utils/replies/risk';
import { Queue, type QueueRow } from './Queue';
import { ReplyWorkspace } from './ReplyWorkspace';
import { useReplyData } from './use-reply-data';
import { useTargetTab } from './use-target-tab';

/**
 * The reply assistant: the current page's unanswered comments, riskiest first, and the one
 * selected (from its badge on the page, or from the queue) with suggested replies.
 */
export function SidePanelApp() {
  const target = useTargetTab();
  const data = useReplyData();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { follow } = target;

  // What was selected before the panel opened, then every new selection.
  useEffect(() => {
    let alive = true;
    void sendMessage('currentSelection', {}).then((s) => {
      if (!alive || !s) return;
      setSelectedId((current) => current ?? s.commentId);
      if (s.tabId !== null) follow(s.tabId);
    });
    const stop = subscribe('commentSelected', (s) => {
      setSelectedId(s.commentId);
      if (s.tabId !== null) follow(s.tabId);
    });
    return () => {
      alive = false;
      stop();
    };
  }, [follow]);

  const pageId = target.status?.isBrandPage ? target.status.pageId : null;
  const rows = useQueue(pageId, data.status === 'ready' ? data.settings.responseTargets : undefined);

  const select = (commentId: string) => {
    setSelectedId(commentId);
    if (target.tabId !== null)
      void sendMessage('revealComment', { commentId }, target.tabId).catch(() => false);
  };

  // Keyboard shortcuts arrive from the background (manifest commands); "insert-reply" is the
  // workspace's to handle. The next comment is the one after the shown one, revealed on the page.
  const onNext = useEffectEvent(() => {
    const next = nextUnanswered(rows, selectedId);
    if (next) select(next);
  });
  useEffect(
    () =>
      subscribe('panelCommand', ({ command }) => {
        if (command === 'next-unanswered') onNext();
      }),
    [],
  );

  return (
    <main className="panel">
      <h1>{i18n.t('sidepanel.title')}</h1>
      {pageId === null && <p className="muted">{i18n.t('sidepanel.openBrandPage')}</p>}
      {pageId !== null && (
        <details open className="queue-box">
          <summary>
            <h2>{i18n.t('sidepanel.queue', [String(rows.length)])}</h2>
          </summary>
          <Queue rows={rows} selectedId={selectedId} onSelect={select} />
          {rows.length > 1 && (
            <button
              type="button"
              onClick={() => select(nextUnanswered(rows, selectedId) ?? rows[0]!.item.comment.id)}
            >
              {i18n.t('sidepanel.next')}
            </button>
          )}
        </details>
      )}
      {data.status === 'error' && (
        <p role="alert" className="error">
          {i18n.t('common.error', [data.message])}
        </p>
      )}
      {selectedId === null ? (
        <p className="muted">{i18n.t('sidepanel.selectHint')}</p>
      ) : (
        data.status === 'ready' && (
          <Selected commentId={selectedId}>
            {(context) => <ReplyWorkspace context={context} data={data} tabId={target.tabId} />}
          </Selected>
        )
      )}
    </main>
  );
}

function Selected({
  commentId,
  children,
}: {
  commentId: string;
  children: (context: ReplyContext) => ReactNode;
}) {
  const context = useRequest('replyContext', { commentId }, ['comments', 'annotations', 'replies']);
  return <Loadable state={context}>{children}</Loadable>;
}

function useQueue(pageId: string | null, targets: Parameters<typeof rankQueue>[2]): QueueRow[] {
  const now = useNow();
  const queue = useRequest('unansweredOnPage', { pageId: pageId ?? '-' }, [
    'comments',
    'annotations',
    'replies',
  ]);
  return useMemo(() => {
    if (pageId === null || queue.status !== 'ready') return [];
    const items = queue.value.map((entry) => ({
      ...entry,
      commentId: entry.comment.id,
      sentiment: entry.tag?.sentiment ?? 'neutral',
      intents: entry.tag?.intents ?? [],
      reactions: entry.comment.reactions,
      createdAt: entry.comment.createdAt,
      firstSeenAt: entry.comment.firstSeenAt,
    }));
    return rankQueue(items, now, targets);
  }, [pageId, queue, targets, now]);
}

/** The riskiest unanswered comment after the current one in the queue's order. */
function nextUnanswered(rows: readonly QueueRow[], current: string | null): string | null {
  const at = rows.findIndex((r) => r.item.comment.id === current);
  return rows[(at + 1) % Math.max(rows.length, 1)]?.item.comment.id ?? null;
}
