import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import { useRequest } from '@/components/use-request';
import { sendMessage } from '@/utils/messaging/messenger';
import type { ResponseTargets as Targets } from '@/utils/replies/types';
import { Field } from './BrandVoiceEditor';

/** How long a comment may wait: the side panel's queue marks later ones as late. */
export function ResponseTargets() {
  const settings = useRequest('getSettings', {}, ['settings']);
  if (settings.status !== 'ready') return null;
  return <TargetsForm stored={settings.value.responseTargets} />;
}

function TargetsForm({ stored }: { stored: Targets }) {
  const [targets, setTargets] = useState(stored);
  const [saved, setSaved] = useState<boolean | string>(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sendMessage('setResponseTargets', targets);
      setSaved(true);
    } catch (error) {
      setSaved(String(error));
    }
  };
  const minutes = (key: keyof Targets) => (
    <input
      type="number"
      min={1}
      max={10080}
      value={targets[key]}
      onChange={(e) => {
        setTargets({ ...targets, [key]: Number(e.target.value) });
        setSaved(false);
      }}
    />
  );
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="targets-title">
      <h2 id="targets-title">{i18n.t('targets.title')}</h2>
      <Field label={i18n.t('targets.complaints')}>{minutes('complaintMinutes')}</Field>
      <Field label={i18n.t('targets.others')}>{minutes('otherMinutes')}</Field>
      <p className="row">
        <button type="submit">{i18n.t('options.save')}</button>
        {saved === true && <span role="status">{i18n.t('options.saved')}</span>}
        {typeof saved === 'string' && (
          <span role="alert" className="error">
            {saved}
          </span>
        )}
      </p>
    </form>
  );
}
