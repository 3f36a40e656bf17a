import { i18n } from '#imports';
import type { HistoryRow } from '@/utils/db/history/rows';
import { formatDuration, formatTime } from './format';
import { openPermalink, safePermalink } from './permalink';

// Element Timing: the benchmark reads when the first row was painted (bench/db.ts).
const paintTimed = { elementtiming: 'history-row' } as Record<string, string>;

function Labels({ row }: { row: HistoryRow }) {
  const answered = row.answeredAt !== null;
  return (
    <span className="history-labels">
      {row.tag && (
        <>
          <span className="chip">{i18n.t(`stage.${row.tag.stage}`)}</span>
          <span className={`chip ${row.tag.sentiment}`}>{i18n.t(`sentiment.${row.tag.sentiment}`)}</span>
          {row.tag.intents.map((intent) => (
            <span key={intent} className="chip">
              {i18n.t(`intent.${intent}`)}
            </span>
          ))}
        </>
      )}
      {row.byPage ? (
        <span className="chip">{i18n.t('history.byPage')}</span>
      ) : (
        <span className={answered ? 'chip answered' : 'chip unanswered'} data-answered={answered}>
          {i18n.t(answered ? 'history.isAnswered' : 'history.isUnanswered')}
        </span>
      )}
    </span>
  );
}

function OurReply({ reply }: { reply: NonNullable<HistoryRow['reply']> }) {
  const details = [
    reply.checkScore === null ? null : i18n.t('history.check', [String(Math.round(reply.checkScore * 100))]),
    reply.responseMs === null ? null : i18n.t('history.responded', [formatDuration(reply.responseMs)]),
  ].filter((d) => d !== null);
  return (
    <p className="history-reply" title={reply.text}>
      <strong>{i18n.t('history.ourReply', [reply.agent])}</strong> {reply.text}
      {details.length > 0 && <span className="muted"> · {details.join(' · ')}</span>}
    </p>
  );
}

/** One comment of the history. Page text is only ever rendered as text. */
export function HistoryItem({ row }: { row: HistoryRow }) {
  const link = safePermalink(row.permalink);
  const time = formatTime(row.time);
  return (
    <article className="history-item" data-testid="history-row" data-comment-id={row.id}>
      <header className="history-meta">
        <strong>{row.authorName}</strong>
        <span className="muted">
          {row.pageName} · {i18n.t(`platform.${row.platform}`)} ·{' '}
          <time dateTime={new Date(row.time).toISOString()}>
            {row.dated ? time : i18n.t('history.firstSeen', [time])}
          </time>
        </span>
        {link && (
          <a
            href={link}
            onClick={(e) => {
              e.preventDefault();
              openPermalink(link);
            }}
          >
            {i18n.t('history.open')}
          </a>
        )}
      </header>
      <p className="history-text" title={row.text} {...paintTimed}>
        {row.text}
      </p>
      <Labels row={row} />
      {row.reply && <OurReply reply={row.reply} />}
    </article>
  );
}
