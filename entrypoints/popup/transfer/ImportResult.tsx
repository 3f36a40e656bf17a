import { i18n } from '#imports';
import type { ImportCounts } from '@/utils/transfer/apply-import';
import { SETTING_PARTS, TABLE_PARTS } from '@/utils/transfer/envelope';

/** What the import did, part by part. */
export function ImportResult({ counts }: { counts: ImportCounts }) {
  const parts = [...TABLE_PARTS, ...SETTING_PARTS].filter((p) => counts[p] !== undefined);
  return (
    <div data-testid="import-result">
      <p role="status">{i18n.t('transfer.imported')}</p>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col">{i18n.t('transfer.part')}</th>
            <th scope="col">{i18n.t('transfer.added')}</th>
            <th scope="col">{i18n.t('transfer.updated')}</th>
            <th scope="col">{i18n.t('transfer.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part} data-part={part}>
              <th scope="row">{i18n.t(`transfer.partNames.${part}`)}</th>
              <td>{counts[part]!.added}</td>
              <td>{counts[part]!.updated}</td>
              <td>{counts[part]!.unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
