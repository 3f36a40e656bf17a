import { i18n } from '#imports';
import { useRequest } from '@/components/use-request';
import { INTENTS, SENTIMENTS, STAGES } from '@/utils/db/records';
import { EMPTY_FORM, type FilterForm } from './filter-form';

const PLATFORMS = ['facebook', 'instagram'] as const;

/** One "any or one of these" choice. */
function Choice<K extends keyof FilterForm>(props: {
  form: FilterForm;
  field: K;
  label: string;
  any: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange: (form: FilterForm) => void;
}) {
  const { form, field, label, any, options, onChange } = props;
  return (
    <select
      aria-label={label}
      title={label}
      value={form[field]}
      onChange={(e) => onChange({ ...form, [field]: e.target.value })}
    >
      <option value="">{any}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** The search box and the filters above the history list. */
export function HistoryFilters({
  form,
  onChange,
}: {
  form: FilterForm;
  onChange: (form: FilterForm) => void;
}) {
  const pages = useRequest('listPages', {}, ['pages']);
  const choice = { form, onChange };
  return (
    <div className="history-filters" role="search">
      <input
        type="search"
        aria-label={i18n.t('history.search')}
        placeholder={i18n.t('history.searchHint')}
        value={form.query}
        onChange={(e) => onChange({ ...form, query: e.target.value })}
      />
      <Choice
        {...choice}
        field="pageId"
        label={i18n.t('history.page')}
        any={i18n.t('history.allPages')}
        options={pages.status === 'ready' ? pages.value.map((p) => [p.id, p.name || p.id] as const) : []}
      />
      <Choice
        {...choice}
        field="platform"
        label={i18n.t('history.platform')}
        any={i18n.t('history.allPlatforms')}
        options={PLATFORMS.map((p) => [p, i18n.t(`platform.${p}`)] as const)}
      />
      <Choice
        {...choice}
        field="stage"
        label={i18n.t('history.stage')}
        any={i18n.t('history.allStages')}
        options={STAGES.map((s) => [s, i18n.t(`stage.${s}`)] as const)}
      />
      <Choice
        {...choice}
        field="sentiment"
        label={i18n.t('history.sentiment')}
        any={i18n.t('history.allSentiments')}
        options={SENTIMENTS.map((s) => [s, i18n.t(`sentiment.${s}`)] as const)}
      />
      <Choice
        {...choice}
        field="intent"
        label={i18n.t('history.intent')}
        any={i18n.t('history.allIntents')}
        options={INTENTS.map((s) => [s, i18n.t(`intent.${s}`)] as const)}
      />
      <Choice
        {...choice}
        field="answered"
        label={i18n.t('history.answered')}
        any={i18n.t('history.answeredAll')}
        options={[
          ['answered', i18n.t('history.answeredYes')],
          ['unanswered', i18n.t('history.answeredNo')],
        ]}
      />
      <label>
        {i18n.t('history.from')}{' '}
        <input type="date" value={form.from} onChange={(e) => onChange({ ...form, from: e.target.value })} />
      </label>
      <label>
        {i18n.t('history.to')}{' '}
        <input type="date" value={form.to} onChange={(e) => onChange({ ...form, to: e.target.value })} />
      </label>
      <button type="button" onClick={() => onChange(EMPTY_FORM)}>
        {i18n.t('history.clear')}
      </button>
    </div>
  );
}
