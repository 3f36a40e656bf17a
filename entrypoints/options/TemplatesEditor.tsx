import { i18n } from '#imports';
import { useState } from 'react';
import { Loadable } from '@/components/Loadable';
import { useRequest } from '@/components/use-request';
import type { TemplateRecord } from '@/utils/db/records';
import { sendMessage } from '@/utils/messaging/messenger';
import { TemplateForm } from './TemplateForm';

/** The team's template library: every template, editable; new ones; the defaults back on request. */
export function TemplatesEditor() {
  const templates = useRequest('listTemplates', {}, ['templates']);
  const [editing, setEditing] = useState<TemplateRecord | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  return (
    <section aria-labelledby="templates-title" data-testid="templates">
      <h2 id="templates-title">{i18n.t('templates.title')}</h2>
      <p className="muted">{i18n.t('templates.help')}</p>
      <p className="row">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {i18n.t('templates.add')}
        </button>
        <button type="button" onClick={() => void sendMessage('resetTemplates', {})}>
          {i18n.t('templates.reset')}
        </button>
        <input
          type="search"
          placeholder={i18n.t('templates.search')}
          aria-label={i18n.t('templates.search')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </p>
      {editing !== null && (
        <TemplateForm template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      )}
      <Loadable state={templates}>
        {(list) => (
          <ul className="plain">
            {list
              .filter((t) => matches(t, filter))
              .map((t) => (
                <li key={t.id} data-template-id={t.id}>
                  <p className="row">
                    <strong>{t.title}</strong>
                    <span className="muted">{t.lang.toUpperCase()}</span>
                    <span className="muted small">
                      {[
                        ...t.stages.map((s) => i18n.t(`stage.${s}`)),
                        ...t.sentiments.map((s) => i18n.t(`sentiment.${s}`)),
                        ...t.intents.map((x) => i18n.t(`intent.${x}`)),
                      ].join(' · ')}
                    </span>
                  </p>
                  <p className="template-text">{t.text}</p>
                  <p className="row">
                    <button type="button" onClick={() => setEditing(t)}>
                      {i18n.t('templates.edit')}
                    </button>
                    <button type="button" onClick={() => void sendMessage('deleteTemplate', { id: t.id })}>
                      {i18n.t('options.remove')}
                    </button>
                  </p>
                </li>
              ))}
          </ul>
        )}
      </Loadable>
    </section>
  );
}

function matches(t: TemplateRecord, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  return f === '' || t.title.toLowerCase().includes(f) || t.text.toLowerCase().includes(f);
}
