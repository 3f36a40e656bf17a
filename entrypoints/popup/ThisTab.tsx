import { browser, i18n } from '#imports';
import { useEffect, useState } from 'react';
import { brandUrlFromId } from '@/utils/brand-pages';
import { sendMessage } from '@/utils/messaging/messenger';
import type { PageStatus } from '@/utils/messaging/protocol';

type TabState =
  { kind: 'loading' } | { kind: 'none' } | { kind: 'status'; status: PageStatus; tabId: number };

/** Asks the content script in the active tab what it sees; it answers only on Facebook and Instagram. */
async function askActiveTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'none' };
  try {
    const status = await sendMessage('pageStatus', {}, tab.id);
    return status ? { kind: 'status', status, tabId: tab.id } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}

export function ThisTab() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const refresh = () => void askActiveTab().then(setState);
  useEffect(refresh, []);

  if (state.kind === 'loading') return null;
  if (state.kind === 'none') return <p className="muted">{i18n.t('popup.notBrandSite')}</p>;
  const { status } = state;
  const annotate = async () => {
    const url = status.pageId ? brandUrlFromId(status.pageId) : null;
    if (!url) return;
    await sendMessage('addBrandPage', { url });
    // The content script hears of the change from the background; ask again once it has started.
    setTimeout(refresh, 600);
  };
  return (
    <section aria-label={i18n.t('popup.thisTab')} data-testid="this-tab">
      {status.isBrandPage && !status.recognised && (
        <p role="alert" className="error" data-testid="layout-unknown">
          {i18n.t('popup.layoutUnknown')}
        </p>
      )}
      {status.isBrandPage && status.recognised && (
        <p>
          {i18n.t('popup.isBrand')} {i18n.t('popup.commentsHere', [String(status.comments)])}
        </p>
      )}
      {!status.isBrandPage && (
        <div className="row">
          <span className="muted">{i18n.t('popup.notBrand')}</span>
          {status.pageId && (
            <button type="button" className="primary" onClick={() => void annotate()}>
              {i18n.t('popup.annotateThis')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
