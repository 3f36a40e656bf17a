import { i18n } from '#imports';
import type { ReplyContext } from '@/utils/db/replies';

/** The selected comment with its tags, and what we know of its author. Page text as text only. */
export function CommentCard({ context }: { context: ReplyContext }) {
  const { comment, tag, authorComments, authorReplies } = context;
  return (
    <section className="card" aria-label={i18n.t('sidepanel.selected')} data-testid="selected-comment">
      <p className="row">
        <strong>{comment.authorName}</strong>
        <span className="muted">· {i18n.t(`platform.${comment.platform}`)}</span>
      </p>
      <p className="comment-text">{comment.text}</p>
      {tag && (
        <p className="chips" data-testid="selected-tags">
          <span className="chip stage">{i18n.t(`stage.${tag.stage}`)}</span>
          <span className={`chip sentiment-${tag.sentiment}`}>{i18n.t(`sentiment.${tag.sentiment}`)}</span>
          {tag.intents.map((intent) => (
            <span key={intent} className="chip">
              {i18n.t(`intent.${intent}`)}
            </span>
          ))}
        </p>
      )}
      {comment.answeredAt !== null && <p className="muted">{i18n.t('sidepanel.answered')}</p>}
      <details data-testid="author-history">
        <summary>
          {i18n.t('sidepanel.authorHistory', [String(authorComments.length), String(authorReplies.length)])}
        </summary>
        <ul className="plain history">
          {authorComments.map((c) => (
            <li key={c.id}>
              <span className="muted">{new Date(c.createdAt ?? c.firstSeenAt).toLocaleDateString()}</span>{' '}
              {c.text}
            </li>
          ))}
          {authorReplies.map((r) => (
            <li key={r.id} className="ours">
              <span className="muted">
                {i18n.t('sidepanel.ourReply', [r.agent])} · {new Date(r.insertedAt).toLocaleDateString()}
              </span>{' '}
              {r.text}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
