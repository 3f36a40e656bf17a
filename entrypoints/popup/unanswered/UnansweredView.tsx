import { i18n } from '#imports';
import { useMemo, useState } from 'react';
import { Loadable } from '@/components/Loadable';
import { useNow } from '@/components/use-now';
import { useRequest } from '@/components/use-request';
import type { UnansweredEntry } from '@/utils/db/insights/unanswered';
import { rankQueue } from '@/utils/replies/risk';
import type { ResponseTargets } from '@/utils/replies/types';
import { UnansweredItem, type UnansweredRow } from './UnansweredItem';
import './unanswered.css';

/** Shown at first and added per click: a long backlog stays quick to open. */
const PAGE = 50;

/** Complaints, questions and negative comments still waiting on any brand page, riskiest and oldest first. */
export function UnansweredView() {
  const entries = useRequest('unansweredAcrossPages', {}, ['comments', 'annotations', 'pages']);
  const settings = useRequest('getSettings', {}, ['settings']);
  const targets = settings.status === 'ready' ? settings.value.responseTargets : undefined;
  return (
    <section aria-labelledby="unanswered-title">
      <h2 id="unanswered-title">{i18n.t('unanswered.title')}</h2>
      <p className="muted">{i18n.t('unanswered.help')}</p>
      <Loadable state={entries}>{(value) => <Ranked entries={value} targets={targets} />}</Loadable>
    </section>
  );
}

function Ranked({ entries, targets }: { entries: UnansweredEntry[]; targets: ResponseTargets | undefined }) {
  const now = useNow();
  const [shown, setShown] = useState(PAGE);
  const rows: UnansweredRow[] = useMemo(
    () =>
      rankQueue(
        entries.map((entry) => ({
          ...entry,
          commentId: entry.comment.id,
          sentiment: entry.tag.sentiment,
          intents: entry.tag.intents,
          reactions: entry.comment.reactions,
          createdAt: entry.comment.createdAt,
          firstSeenAt: entry.comment.firstSeenAt,
        })),
        now,
        targets,
      ),
    [entries, now, targets],
  );
  if (rows.length === 0) return <p className="muted">{i18n.t('unanswered.empty')}</p>;
  return (
    <>
      <p>
        <strong>{i18n.t('unanswered.count', [String(rows.length)])}</strong>
      </p>
      <ol className="unanswered" data-testid="unanswered">
        {rows.slice(0, shown).map((row) => (
          <UnansweredItem key={row.item.comment.id} row={row} />
        ))}
      </ol>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {i18n.t('unanswered.showMore', [String(rows.length - shown)])}
        </button>
      )}
    </>
  );
}
