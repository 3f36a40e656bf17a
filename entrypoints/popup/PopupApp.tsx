import { browser, i18n } from '#imports';
import { Loadable } from '@/components/Loadable';
import { StatsTable } from '@/components/StatsTable';
import { useDbStats } from '@/components/use-db-stats';
import { ThisTab } from './ThisTab';

async function openSidePanel() {
  const win = await browser.windows.getCurrent();
  // Chrome has a side panel API; elsewhere the panel opens as a tab.
  if (browser.sidePanel && win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
  else await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  window.close();
}

export function PopupApp() {
  const stats = useDbStats();
  return (
    <main>
      <h1>{i18n.t('popup.title')}</h1>
      <ThisTab />
      <Loadable state={stats}>
        {(value) =>
          value.comments === 0 ? (
            <p className="muted">{i18n.t('common.nothingYet')}</p>
          ) : (
            <StatsTable stats={value} />
          )
        }
      </Loadable>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void openSidePanel()}>
          {i18n.t('common.openSidePanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('common.openOptions')}
        </button>
      </div>
      <p className="muted">{i18n.t('common.privacy')}</p>
    </main>
  );
}
