import { i18n } from '#imports';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReplyContext } from '@/utils/db/replies';
import { sendMessage } from '@/utils/messaging/messenger';
import { checkReply } from '@/utils/replies/check';
import { fillTemplate, hasUnfilled } from '@/utils/replies/fill';
import { rankTemplates } from '@/utils/replies/rank';
import { subjectOf } from '@/utils/replies/subject';
import { replyLanguage } from '@/utils/replies/types';
import { CheckList } from './CheckList';
import { CommentCard } from './CommentCard';
import { MissingValues, placeholdersIn } from './MissingValues';
import { Suggestions, type Suggestion } from './Suggestions';
import type { ReplyData } from './use-reply-data';

const SUGGESTIONS = 5;

/** Message names cannot have dashes. */
const FAILURE_KEY = {
  'not-found': 'notFound',
  'no-reply-box': 'noReplyBox',
  'not-inserted': 'notInserted',
} as const;

type Outcome = { kind: 'inserted' } | { kind: 'error'; message: string } | null;

/**
 * One comment being answered: suggestions ranked for it, the draft with its live check, and
 * "Insert", which puts the reply into the page's own reply box. Nothing is ever sent from here.
 */
export function ReplyWorkspace({
  context,
  data,
  tabId,
  insertSignal,
}: {
  context: ReplyContext;
  data: ReplyData;
  tabId: number | null;
  /** Bumped by the "insert reply" keyboard shortcut. */
  insertSignal: number;
}) {
  const subject = useMemo(() => subjectOf(context.comment, context.tag), [context]);
  const agent = data.settings.moderatorName;
  const voice = data.settings.brandVoice;
  const now = Date.now();
  const suggestions: Suggestion[] = useMemo(() => {
    const lang = replyLanguage(subject.language);
    return rankTemplates(data.templates, subject, data.history, { limit: SUGGESTIONS, now }).map((ranked) => {
      const filled = fillTemplate({
        text: ranked.template.text,
        lang: ranked.template.lang,
        subject,
        voice,
        agent,
      });
      return {
        template: ranked.template,
        text: filled.text,
        missing: filled.missing,
        reasons: ranked.reasons,
        lang,
      };
    });
    // `now` moves every render; the ranking need not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.templates, data.history, subject, voice, agent]);

  const [draft, setDraft] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // A new comment starts from its best suggestion.
  useEffect(() => {
    const best = suggestions[0];
    setDraft(best?.text ?? '');
    setTemplateId(best?.template.id ?? null);
    setOutcome(null);
    // Only when the comment changes, not when the history grows after an insert.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [context.comment.id]);

  const check = useMemo(
    () =>
      checkReply({
        draft,
        subject,
        voice,
        agent,
        recent: data.recent,
        now,
        targets: data.settings.responseTargets,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, subject, voice, agent, data.recent, data.settings.responseTargets],
  );
  const missing = placeholdersIn(draft);
  const blocked = draft.trim() === '' || hasUnfilled(draft);

  const insert = async () => {
    if (blocked || busy) return;
    if (tabId === null) {
      setOutcome({ kind: 'error', message: i18n.t('sidepanel.noTab') });
      return;
    }
    setBusy(true);
    try {
      const result = await sendMessage('insertReply', { commentId: context.comment.id, text: draft }, tabId);
      if (!result.ok) {
        setOutcome({
          kind: 'error',
          message: i18n.t(`sidepanel.insertFailed.${FAILURE_KEY[result.reason]}`),
        });
        return;
      }
      await sendMessage('logReply', {
        commentId: context.comment.id,
        templateId,
        text: draft,
        checkScore: check.score,
      });
      setOutcome({ kind: 'inserted' });
    } catch (error) {
      setOutcome({ kind: 'error', message: i18n.t('common.error', [String(error)]) });
    } finally {
      setBusy(false);
    }
  };
  const insertRef = useRef(insert);
  insertRef.current = insert;
  useEffect(() => {
    if (insertSignal > 0) void insertRef.current();
  }, [insertSignal]);

  return (
    <>
      <CommentCard context={context} />
      <h2>{i18n.t('sidepanel.suggestions')}</h2>
      <Suggestions
        suggestions={suggestions}
        chosenId={templateId}
        onChoose={(s) => {
          setDraft(s.text);
          setTemplateId(s.template.id);
          setOutcome(null);
        }}
      />
      <h2>
        <label htmlFor="draft">{i18n.t('sidepanel.draft')}</label>
      </h2>
      <textarea
        id="draft"
        className="draft"
        rows={6}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setOutcome(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void insert();
          }
        }}
      />
      <MissingValues
        names={missing}
        onFill={(name, value) =>
          setDraft((d) => d.replace(new RegExp(`\\{${name}\\??\\}`, 'g'), () => value))
        }
      />
      <p className="row">
        <button type="button" className="primary" disabled={blocked || busy} onClick={() => void insert()}>
          {i18n.t('sidepanel.insert')}
        </button>
        <span className="muted">{i18n.t('sidepanel.neverSends')}</span>
      </p>
      {outcome?.kind === 'inserted' && (
        <p role="status" className="ok" data-testid="inserted">
          {i18n.t('sidepanel.inserted')}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <p role="alert" className="error">
          {outcome.message}
        </p>
      )}
      <CheckList result={check} />
    </>
  );
}
