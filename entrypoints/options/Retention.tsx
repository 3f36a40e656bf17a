import { i18n } from '#imports';
import { useState } from 'react';
import { useRequest } from '@/components/use-request';
import type { PurgeResult } from '@/utils/db/upkeep/purge';
import type { RetentionState } from '@/utils/db/upkeep/retention';
import { sendMessage } from '@/utils/messaging/messenger';
import { Field } from './BrandVoiceEditor';

/** 0 keeps everything. */
const CHOICES = [0, 1, 3, 6, 12, 24];

const monthsLabel = (months: number) =>
  months === 0
    ? i18n.t('upkeep.forever')
    : months === 1
      ? i18n.t('upkeep.oneMonth')
      : i18n.t('upkeep.months', [String(months)]);

/** How long comments are kept, what that would delete now, and a button to delete it (issue 6). */
export function Retention() {
  const state = useRequest('retention', {}, ['settings', 'comments']);
  if (state.status !== 'ready') return null;
  return <RetentionForm stored={state.value} />;
}

type Message = { text: string; error: boolean } | null;

function RetentionForm({ stored }: { stored: RetentionState }) {
  const [months, setMonths] = useState(stored.months);
  const [message, setMessage] = useState<Message>(null);
  // Counted afresh after a purge; not on every store, since a dry run reads every old thread.
  const [purges, setPurges] = useState(0);
  const choices = CHOICES.includes(stored.months)
    ? CHOICES
    : [...CHOICES, stored.months].sort((a, b) => a - b);

  const save = () =>
    act(setMessage, async () => {
      await sendMessage('setRetention', { months });
      return i18n.t('options.saved');
    });
  const purge = () =>
    act(setMessage, async () => {
      const done: PurgeResult | null = await sendMessage('purgeNow', {});
      setPurges((n) => n + 1);
      return i18n.t('upkeep.purged', [String(done?.threads ?? 0), String(done?.comments ?? 0)]);
    });

  return (
    <section aria-labelledby="retention-title" data-testid="retention">
      <h2 id="retention-title">{i18n.t('upkeep.title')}</h2>
      <Field label={i18n.t('upkeep.retention')} help={i18n.t('upkeep.retentionHelp')}>
        <select
          value={months}
          onChange={(e) => {
            setMonths(Number(e.target.value));
            setMessage(null);
          }}
        >
          {choices.map((m) => (
            <option key={m} value={m}>
              {monthsLabel(m)}
            </option>
          ))}
        </select>
      </Field>
      <p className="row">
        <button type="button" disabled={months === stored.months} onClick={() => void save()}>
          {i18n.t('options.save')}
        </button>
        <Preview key={purges} months={months} saved={months === stored.months} onPurge={() => void purge()} />
        {message && (
          <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
            {message.text}
          </span>
        )}
      </p>
      {stored.lastPurge && (
        <p className="muted">
          {i18n.t('upkeep.lastPurge', [
            new Date(stored.lastPurge.at).toLocaleString(),
            String(stored.lastPurge.comments),
          ])}
        </p>
      )}
    </section>
  );
}

async function act(show: (message: Message) => void, run: () => Promise<string>) {
  try {
    show({ text: await run(), error: false });
  } catch (error) {
    show({ text: String(error), error: true });
  }
}

/** What the chosen setting would delete now, and the button that deletes it once saved. */
function Preview({ months, saved, onPurge }: { months: number; saved: boolean; onPurge: () => void }) {
  const preview = useRequest('retentionPreview', { months }, []);
  const count = preview.status === 'ready' ? preview.value : null;
  return (
    <>
      {/* Deletes by the saved setting only: what this shows is what goes. */}
      <button type="button" disabled={!saved || !count || count.threads === 0} onClick={onPurge}>
        {i18n.t('upkeep.purgeNow')}
      </button>
      <span className="muted" data-testid="retention-preview">
        {months === 0
          ? i18n.t('upkeep.keepAll')
          : count &&
            i18n.t('upkeep.preview', [
              String(count.threads),
              String(count.comments),
              new Date(count.cutoff).toLocaleDateString(),
            ])}
      </span>
    </>
  );
}
