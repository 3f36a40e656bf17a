import { i18n } from '#imports';
import type { QueueEntry } from '@/utils/db/replies';
import type { QueueItem, RankedItem } from '@/utils/replies/risk';
import { Age } from './Age';

export type QueueRow = RankedItem<QueueEntry & QueueItem>;

/** The page's unanswered comments, riskiest first; a click selects one. Page text as text only. */
export function Queue({
  rows,
  selectedId,
  onSelect,
}: {
  rows: readonly QueueRow[];
  selectedId: string | null;
  onSelect: (commentId: string) => void;
}) {
  if (rows.length === 0) return <p className="muted">{i18n.t('sidepanel.queueEmpty')}</p>;
  return (
    <ol className="queue plain" data-testid="queue">
      {rows.map((row) => {
        const { comment, tag } = row.item;
        return (
          <li key={comment.id}>
            <button
              type="button"
              className="queue-item"
              aria-current={comment.id === selectedId ? 'true' : undefined}
              data-comment-id={comment.id}
              data-late={row.late || undefined}
              onClick={() => onSelect(comment.id)}
            >
              <span className="queue-head">
                <strong>{comment.authorName}</strong>
                <Age minutes={row.ageMinutes} target={row.targetMinutes} late={row.late} />
              </span>
              <span className="queue-text">{comment.text}</span>
              {tag && (
                <span className="chips">
                  <span className={`chip sentiment-${tag.sentiment}`}>
                    {i18n.t(`sentiment.${tag.sentiment}`)}
                  </span>
                  {tag.intents.map((intent) => (
                    <span key={intent} className="chip">
                      {i18n.t(`intent.${intent}`)}
                    </span>
                  ))}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
