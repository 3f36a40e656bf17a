import { i18n } from '#imports';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { subscribe } from '@/components/page-messages';
import { useNow } from '@/components/use-now';
import type { ReplyContext } from '@/utils/db/replies';
import { sendMessage } from '@/utils/messaging/messenger';
import { checkReply } from '@/utils/replies/check';
import { fillTemplate, hasUnfilled } from '@/utils/replies/fill';
import { rankTemplates } from '@/utils/replies/rank';
import { subjectOf } from '@/utils/replies/subject';
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
}: {
  context: ReplyContext;
  data: ReplyData;
  tabId: number | null;
}) {
  const subject = useMemo(() => subjectOf(context.comment, context.tag), [context]);
  const agent = data.settings.moderatorName;
  const voice = data.settings.brandVoice;
  const now = useNow();
  const suggestions: Suggestion[] = useMemo(
    () =>
      rankTemplates(data.templates, subject, data.history, { limit: SUGGESTIONS, now }).map((ranked) => {
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
        };
      }),
    [data.templates, data.history, subject, voice, agent, now],
  );

  // The caller keys this component by comment: each comment starts from its best suggestion.
  const [draft, setDraft] = useState(() => suggestions[0]?.text ?? '');
  const [templateId, setTemplateId] = useState<string | null>(() => suggestions[0]?.template.id ?? null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

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
    [draft, subject, voice, agent, data.recent, data.settings.responseTargets, now],
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
  // The "insert reply" keyboard shortcut, passed on by the background.
  const onShortcut = useEffectEvent(() => void insert());
  useEffect(
    () =>
      subscribe('panelCommand', ({ command }) => {
        if (command === 'insert-reply') onShortcut();
      }),
    [],
  );

  return (
    <>
      <CommentCard context={context} />
      {subject.intents.includes('spam') && <p className="callout">{i18n.t('sidepanel.spamHint')}</p>}
      {agent === '' && <p className="muted">{i18n.t('sidepanel.noAgent')}</p>}
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
