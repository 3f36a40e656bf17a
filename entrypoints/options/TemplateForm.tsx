import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import { INTENTS, SENTIMENTS, STAGES } from '@/utils/analysis/labels';
import type { TemplateRecord } from '@/utils/db/records';
import { sendMessage } from '@/utils/messaging/messenger';
import { PLACEHOLDERS } from '@/utils/replies/fill';
import { Field } from './BrandVoiceEditor';

const blank = (): TemplateRecord => ({
  id: `custom-${crypto.randomUUID()}`,
  lang: 'id',
  title: '',
  text: '{greeting} {honorific} {name?}, \n\n{signature}',
  stages: [],
  sentiments: [],
  intents: [],
  updatedAt: 0,
});

/** Edits one template; the background validates it (an unknown placeholder is refused with its name). */
export function TemplateForm({ template, onDone }: { template: TemplateRecord | null; onDone: () => void }) {
  const [draft, setDraft] = useState<TemplateRecord>(template ?? blank());
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sendMessage('saveTemplate', { ...draft, updatedAt: Date.now() });
      onDone();
    } catch (e) {
      setError(String(e));
    }
  };
  const toggle = <K extends 'stages' | 'sentiments' | 'intents'>(
    key: K,
    value: TemplateRecord[K][number],
  ) => {
    const list = draft[key] as string[];
    setDraft({ ...draft, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };
  const checks = <K extends 'stages' | 'sentiments' | 'intents'>(
    key: K,
    values: readonly TemplateRecord[K][number][],
    prefix: string,
  ) => (
    <fieldset className="row">
      <legend>{i18n.t(`templates.${key}`)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            checked={(draft[key] as string[]).includes(v)}
            onChange={() => toggle(key, v)}
          />{' '}
          {(i18n.t as (k: string) => string)(`${prefix}.${v}`)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <form className="card" onSubmit={(e) => void save(e)} data-testid="template-form">
      <Field label={i18n.t('templates.name')}>
        <input
          value={draft.title}
          maxLength={120}
          required
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </Field>
      <Field label={i18n.t('templates.language')}>
        <select
          value={draft.lang}
          onChange={(e) => setDraft({ ...draft, lang: e.target.value as 'id' | 'en' })}
        >
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </Field>
      <Field
        label={i18n.t('templates.text')}
        help={i18n.t('templates.placeholders', [PLACEHOLDERS.map((p) => `{${p}}`).join(' '), '{name?}'])}
      >
        <textarea
          rows={5}
          value={draft.text}
          required
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
      </Field>
      <Field label={i18n.t('templates.cues')} help={i18n.t('templates.cuesHelp')}>
        <input
          value={(draft.cues ?? []).join(', ')}
          onChange={(e) =>
            setDraft({
              ...draft,
              cues: e.target.value
                .split(',')
                .map((c) => c.trim())
                .filter((c) => c !== ''),
            })
          }
        />
      </Field>
      {checks('stages', STAGES, 'stage')}
      {checks('sentiments', SENTIMENTS, 'sentiment')}
      {checks('intents', INTENTS, 'intent')}
      <p className="row">
        <button type="submit" className="primary">
          {i18n.t('options.save')}
        </button>
        <button type="button" onClick={onDone}>
          {i18n.t('templates.cancel')}
        </button>
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </p>
    </form>
  );
}
