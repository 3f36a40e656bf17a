import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import { useRequest } from '@/components/use-request';
import { sendMessage } from '@/utils/messaging/messenger';

/** The name manual tags carry, so a team can see who changed what. */
export function ModeratorName() {
  const settings = useRequest('getSettings', {}, ['settings']);
  const stored = settings.status === 'ready' ? settings.value.moderatorName : '';
  // null until the user types: shows the stored name as it loads.
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const name = draft ?? stored;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await sendMessage('setModeratorName', { name });
    setSaved(true);
  };

  return (
    <form className="row" onSubmit={(event) => void save(event)}>
      <label>
        {i18n.t('options.moderatorName')}{' '}
        <input
          value={name}
          maxLength={80}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit">{i18n.t('options.save')}</button>
      {saved && <span role="status">{i18n.t('options.saved')}</span>}
    </form>
  );
}
