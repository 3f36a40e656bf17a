import { i18n } from '#imports';
import type { CommentRecord } from '@/utils/db/records';

/** Page text is rendered by React as text, never as HTML. */
export function RecentComments({ comments }: { comments: CommentRecord[] }) {
  if (comments.length === 0) return <p className="muted">{i18n.t('common.nothingYet')}</p>;
  return (
    <ul className="plain" data-testid="recent-comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.authorName}</strong> <span className="muted">· {i18n.t(`platform.${c.platform}`)}</span>
          <div>{c.text}</div>
        </li>
      ))}
    </ul>
  );
}
