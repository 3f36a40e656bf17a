import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import { CSV_TABLES, type CsvTable } from '@/utils/transfer/csv-export';
import { GROUPS, type Group } from '@/utils/transfer/envelope';
import { Checklist } from './Checklist';
import { download } from './download';
import { exportFiles } from './transfer-client';

type Format = 'json' | 'csv';
type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; names: string[] }
  | { kind: 'error'; message: string };

/** JSON for Tanggap (the parts chosen), or CSV for a spreadsheet (the tables chosen). */
export function ExportForm() {
  const [format, setFormat] = useState<Format>('json');
  const [groups, setGroups] = useState<Group[]>([...GROUPS]);
  const [tables, setTables] = useState<CsvTable[]>([...CSV_TABLES]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const nothing = format === 'json' ? groups.length === 0 : tables.length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    try {
      const files = await exportFiles(format === 'json' ? { format, groups } : { format, tables });
      for (const file of files) download(file.name, file.blob);
      setStatus({ kind: 'done', names: files.map((f) => f.name) });
    } catch (error) {
      setStatus({ kind: 'error', message: String(error) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="export">
      <fieldset>
        <legend>{i18n.t('transfer.format')}</legend>
        {(['json', 'csv'] as const).map((f) => (
          <label key={f} className="choice">
            <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
            {f === 'json' ? i18n.t('transfer.formatJson') : i18n.t('transfer.formatCsv')}
          </label>
        ))}
      </fieldset>
      {format === 'json' ? (
        <Checklist
          legend={i18n.t('transfer.choose')}
          options={GROUPS}
          label={(g) => i18n.t(`transfer.groups.${g}`)}
          chosen={groups}
          onChange={setGroups}
        />
      ) : (
        <Checklist
          legend={i18n.t('transfer.choose')}
          options={CSV_TABLES}
          label={(t) => i18n.t(`transfer.tables.${t}`)}
          chosen={tables}
          onChange={setTables}
        />
      )}
      <p className="row">
        <button type="submit" className="primary" disabled={nothing || status.kind === 'busy'}>
          {i18n.t('transfer.export')}
        </button>
      </p>
      {status.kind === 'busy' && <p role="status">{i18n.t('transfer.exporting')}</p>}
      {status.kind === 'done' && (
        <p role="status">{i18n.t('transfer.exported', [status.names.join(', ')])}</p>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="error">
          {i18n.t('common.error', [status.message])}
        </p>
      )}
    </form>
  );
}
