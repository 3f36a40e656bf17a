import { i18n } from '#imports';
import { useState } from 'react';
import type { TableName } from '@/utils/db/database';
import type { StorageStatus } from '@/utils/db/upkeep/storage-watch';
import { sendMessage } from '@/utils/messaging/messenger';
import { useRequest } from './use-request';

/** A store or a purge is what ends a storage problem: ask again after either. */
const ENDS_PROBLEMS: readonly TableName[] = ['comments'];
const NEARLY_FULL = 0.9;

const megabytes = (bytes: number) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(bytes / 1_000_000);

/** Why Tanggap cannot store (a full disk, an upgrade held up, data it cannot open) and what to do (issue 6). */
export function StorageNotice() {
  const asked = useRequest('storageStatus', {}, ENDS_PROBLEMS);
  // A retry's answer stands until the background next reports a change.
  const [retried, setRetried] = useState<{ over: unknown; status: StorageStatus } | null>(null);
  const current = asked.status === 'ready' ? asked.value : null;
  const status = retried && retried.over === current ? retried.status : current;
  if (!status) return null;

  const usage = status.usage && status.usage.quota > 0 ? status.usage : null;
  if (!status.problem) {
    if (!usage || usage.usage / usage.quota < NEARLY_FULL) return null;
    const percent = Math.floor((usage.usage / usage.quota) * 100);
    return (
      <p role="status" className="callout">
        {i18n.t('upkeep.nearlyFull', [String(percent)])}
      </p>
    );
  }

  const retry = async () => {
    const next = await sendMessage('retryStorage', {}).catch(() => null);
    if (next) setRetried({ over: current, status: next });
  };
  const text = {
    quota: [i18n.t('upkeep.quotaTitle'), i18n.t('upkeep.quotaTodo')],
    blocked: [i18n.t('upkeep.blockedTitle'), i18n.t('upkeep.blockedTodo')],
    version: [i18n.t('upkeep.versionTitle'), i18n.t('upkeep.versionTodo')],
  }[status.problem];
  return (
    <div role="alert" className="callout" data-testid="storage-notice">
      <strong className="error">{text[0]}</strong>
      <p>{text[1]}</p>
      {usage && (
        <p className="muted">{i18n.t('upkeep.usage', [megabytes(usage.usage), megabytes(usage.quota)])}</p>
      )}
      {status.detail && (
        <details>
          <summary>{i18n.t('upkeep.detail')}</summary>
          <code>{status.detail}</code>
        </details>
      )}
      {/* A full disk is over when a save succeeds, not when asked again. */}
      {status.problem !== 'quota' && (
        <button type="button" onClick={() => void retry()}>
          {i18n.t('upkeep.retry')}
        </button>
      )}
    </div>
  );
}
