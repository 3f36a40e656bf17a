import { i18n } from '#imports';
import { useState } from 'react';
import { TagHistory } from '@/components/TagHistory';
import type { UnansweredEntry } from '@/utils/db/insights/unanswered';
import type { QueueItem, RankedItem } from '@/utils/replies/risk';
import { openInTab, safePermalink } from './permalink';
import { WaitedFor } from './WaitedFor';

export type UnansweredRow = RankedItem<UnansweredEntry & QueueItem>;

/** One waiting comment: who, where, how long, what it says; a link to it and its tag history. */
export function UnansweredItem({ row }: { row: UnansweredRow }) {
  const { comment, tag, pageName } = row.item;
  const [showHistory, setShowHistory] = useState(false);
  const link = safePermalink(comment.permalink);
  const historyId = `tag-history-${comment.id}`;
  return (
    <li className="waiting" data-comment-id={comment.id} data-late={row.late || undefined}>
      <p className="row">
        <strong>{comment.authorName}</strong>
        <span className="muted">
          {pageName} · {i18n.t(`platform.${comment.platform}`)}
        </span>
        <WaitedFor minutes={row.ageMinutes} target={row.targetMinutes} late={row.late} />
      </p>
      <p className="comment-text">{comment.text}</p>
      <p className="row">
        <span className="chips">
          <span className={`chip sentiment-${tag.sentiment}`}>{i18n.t(`sentiment.${tag.sentiment}`)}</span>
          {tag.intents.map((intent) => (
            <span key={intent} className="chip">
              {i18n.t(`intent.${intent}`)}
            </span>
          ))}
        </span>
        {link && (
          <button type="button" onClick={() => void openInTab(link)}>
            {i18n.t('unanswered.openComment')}
          </button>
        )}
        <button
          type="button"
          aria-expanded={showHistory}
          aria-controls={historyId}
          onClick={() => setShowHistory((v) => !v)}
        >
          {i18n.t('unanswered.tagHistory')}
        </button>
      </p>
      {showHistory && (
        <div id={historyId}>
          <TagHistory commentId={comment.id} />
        </div>
      )}
    </li>
  );
}
