import { i18n } from '#imports';
import { useState, type FormEvent } from 'react';
import { Loadable } from '@/components/Loadable';
import { useRequest } from '@/components/use-request';
import { sendMessage } from '@/utils/messaging/messenger';

/** The pages Tanggap may work on. Empty on first run, and the page says so first. */
export function BrandPagesEditor() {
  const pages = useRequest('brandPages', {}, ['settings']);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await sendMessage('addBrandPage', { url });
      setUrl('');
    } catch {
      setError(i18n.t('options.invalidPage'));
    }
  };

  return (
    <section aria-labelledby="brand-pages">
      <h2 id="brand-pages">{i18n.t('options.brandPages')}</h2>
      <Loadable state={pages}>
        {(list) => (
          <>
            {list.length === 0 ? (
              <p className="callout" data-testid="first-run">
                {i18n.t('options.firstRun')}
              </p>
            ) : (
              <p className="muted">{i18n.t('options.brandPagesHelp')}</p>
            )}
            <ul className="plain" data-testid="brand-pages">
              {list.map((page) => (
                <li key={page.id}>
                  <strong>{page.url}</strong>{' '}
                  <span className="muted">· {i18n.t(`platform.${page.platform}`)}</span>{' '}
                  <button type="button" onClick={() => void sendMessage('removeBrandPage', { id: page.id })}>
                    {i18n.t('options.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </Loadable>
      <form className="row" onSubmit={(event) => void add(event)}>
        <label>
          {i18n.t('options.pageUrl')}{' '}
          <input
            type="url"
            required
            value={url}
            placeholder="https://www.facebook.com/…"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {i18n.t('options.addPage')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
