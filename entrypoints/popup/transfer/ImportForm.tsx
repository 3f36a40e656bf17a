import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import type { ImportOutcome } from '@/utils/transfer/outcome';
import { ImportResult } from './ImportResult';
import { ProblemList } from './ProblemList';
import { importFile, MAX_IMPORT_MB } from './transfer-client';

type Status =
  | { kind: 'idle' }
  | { kind: 'sending'; share: number }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'error'; message: string };

/** A JSON export or a templates CSV: checked whole, then written whole or not at all. */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setStatus({ kind: 'error', message: i18n.t('transfer.noFile') });
    const mb = file.size / 1_000_000;
    if (mb > MAX_IMPORT_MB)
      return setStatus({
        kind: 'error',
        message: i18n.t('transfer.tooLarge', [mb.toFixed(0), String(MAX_IMPORT_MB)]),
      });
    try {
      setStatus({ kind: 'sending', share: 0 });
      const outcome = await importFile(file, (share) => setStatus({ kind: 'sending', share }));
      setStatus({ kind: 'done', outcome });
    } catch (error) {
      setStatus({ kind: 'error', message: i18n.t('common.error', [String(error)]) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="import">
      <p className="row">
        <label>
          {i18n.t('transfer.file')}{' '}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={status.kind === 'sending'}>
          {i18n.t('transfer.import')}
        </button>
      </p>
      {status.kind === 'sending' && (
        <p role="status">
          {status.share < 1
            ? i18n.t('transfer.sending', [String(Math.floor(status.share * 100))])
            : i18n.t('transfer.checking')}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
      {status.kind === 'done' &&
        (status.outcome.ok ? (
          <ImportResult counts={status.outcome.counts} />
        ) : (
          <ProblemList problems={status.outcome.problems} total={status.outcome.total} />
        ))}
    </form>
  );
}
