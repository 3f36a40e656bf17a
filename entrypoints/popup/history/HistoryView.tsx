import { i18n } from '#imports';
import { useDeferredValue, useMemo, useState } from 'react';
import { EMPTY_FORM, toQuery, type FilterForm } from './filter-form';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import './history.css';

/**
 * Every comment Tanggap stored, with its labels and our reply: searched and filtered in the
 * background's index (utils/db/history), shown as a virtual list that asks for rows window by
 * window.
 */
export function HistoryView() {
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  // Typing stays responsive while the list catches up.
  const deferred = useDeferredValue(form);
  const query = useMemo(() => toQuery(deferred), [deferred]);
  return (
    <section aria-label={i18n.t('history.title')} data-testid="history">
      <HistoryFilters form={form} onChange={setForm} />
      <HistoryList query={query} />
    </section>
  );
}
