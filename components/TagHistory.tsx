import { i18n } from '#imports';
import { SENTIMENTS, STAGES, type Sentiment, type Stage } from '@/utils/analysis/labels';
import { ENGINE } from '@/utils/db/annotations';
import type { AnnotationEvent } from '@/utils/db/records';
import { Loadable } from './Loadable';
import { useRequest } from './use-request';

/** Every tag one comment was given, oldest first, as the background keeps them. */
export function TagHistory({ commentId }: { commentId: string }) {
  const events = useRequest('annotationHistory', { commentId }, ['annotationHistory']);
  return <Loadable state={events}>{(list) => <TagEvents events={list} />}</Loadable>;
}

/** The events as a list: when, automatic or manual (marked), by whom, and what was set. */
export function TagEvents({ events }: { events: readonly AnnotationEvent[] }) {
  if (events.length === 0) return <p className="muted">{i18n.t('unanswered.history.empty')}</p>;
  return (
    <ol className="tag-history" aria-label={i18n.t('unanswered.history.title')}>
      {events.map((event, i) => (
        <li key={event.id ?? i} data-kind={event.kind} className={event.kind}>
          <time dateTime={new Date(event.at).toISOString()}>{new Date(event.at).toLocaleString()}</time>{' '}
          <span className={`chip ${event.kind}`}>
            {i18n.t(event.kind === 'manual' ? 'unanswered.history.manual' : 'unanswered.history.automatic')}
          </span>{' '}
          <span className="muted">
            {i18n.t('unanswered.history.by', [
              event.by === ENGINE ? i18n.t('unanswered.history.engine') : event.by,
            ])}
          </span>{' '}
          {event.kind === 'auto' ? <AutoTagChips event={event} /> : <ManualValue event={event} />}
        </li>
      ))}
    </ol>
  );
}

function AutoTagChips({ event }: { event: Extract<AnnotationEvent, { kind: 'auto' }> }) {
  const { stage, sentiment, intents } = event.tag;
  return (
    <span className="chips">
      <span className="chip stage">{i18n.t(`stage.${stage}`)}</span>
      <span className={`chip sentiment-${sentiment}`}>{i18n.t(`sentiment.${sentiment}`)}</span>
      {intents.map((intent) => (
        <span key={intent} className="chip">
          {i18n.t(`intent.${intent}`)}
        </span>
      ))}
    </span>
  );
}

// A stored value is shown by its label when it is one we know, else as it was stored.
const isStage = (v: string): v is Stage => (STAGES as readonly string[]).includes(v);
const isSentiment = (v: string): v is Sentiment => (SENTIMENTS as readonly string[]).includes(v);

function ManualValue({ event }: { event: Extract<AnnotationEvent, { kind: 'manual' }> }) {
  const { field, value } = event;
  if (field === 'stage')
    return (
      <strong>
        {i18n.t('unanswered.history.stageSet', [isStage(value) ? i18n.t(`stage.${value}`) : value])}
      </strong>
    );
  return (
    <strong>
      {i18n.t('unanswered.history.sentimentSet', [isSentiment(value) ? i18n.t(`sentiment.${value}`) : value])}
    </strong>
  );
}
