import { i18n } from '#imports';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';
import './transfer.css';

/** The popup's Data view: take the data out of this browser, or bring a file in. */
export function TransferView() {
  return (
    <div className="transfer" data-testid="transfer">
      <section aria-labelledby="export-title">
        <h2 id="export-title">{i18n.t('transfer.exportTitle')}</h2>
        <p className="muted">{i18n.t('transfer.exportHelp')}</p>
        <ExportForm />
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">{i18n.t('transfer.importTitle')}</h2>
        <p className="muted">{i18n.t('transfer.importHelp')}</p>
        <ImportForm />
      </section>
    </div>
  );
}
