import { browser, i18n } from '#imports';
import { useState } from 'react';
import { Loadable } from '@/components/Loadable';
import { StatsTable } from '@/components/StatsTable';
import { StorageNotice } from '@/components/StorageNotice';
import { useDbStats } from '@/components/use-db-stats';
import { HistoryView } from './history/HistoryView';
import { InsightsView } from './insights/InsightsView';
import { ThisTab } from './ThisTab';
import { TransferView } from './transfer/TransferView';
import { UnansweredView } from './unanswered/UnansweredView';

async function openSidePanel() {
  const win = await browser.windows.getCurrent();
  // Chrome has a side panel API; elsewhere the panel opens as a tab.
  if (browser.sidePanel && win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
  else await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  window.close();
}

const VIEWS = ['thisTab', 'unanswered', 'history', 'insights', 'data'] as const;
type View = (typeof VIEWS)[number];

function viewFromHash(hash: string): View {
  const wanted = hash.replace(/^#/, '');
  return (VIEWS as readonly string[]).includes(wanted) ? (wanted as View) : 'thisTab';
}

/** The same view in a tab: room for a long history, and a file chooser that cannot close it. */
function openInTab(view: View) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#${view}`) });
  window.close();
}

/** Where a manager reviews what happened: this tab, unanswered comments, reply history, insights, data. */
export function PopupApp() {
  // `popup.html#history` opens a view directly: in a tab of its own, and for the benches.
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));
  const stats = useDbStats();
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{i18n.t('popup.title')}</h1>
        <nav role="tablist" aria-label={i18n.t('popup.views')}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={v === view}
              aria-controls={`view-${v}`}
              onClick={() => {
                setView(v);
                history.replaceState(null, '', `#${v}`);
              }}
            >
              {i18n.t(`popup.tabs.${v}`)}
            </button>
          ))}
        </nav>
        <button type="button" className="link" onClick={() => openInTab(view)}>
          {i18n.t('popup.openInTab')}
        </button>
      </header>
      <StorageNotice />
      <section role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`} className="popup-view">
        {view === 'thisTab' && (
          <>
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
          </>
        )}
        {view === 'unanswered' && <UnansweredView />}
        {view === 'history' && <HistoryView />}
        {view === 'insights' && <InsightsView />}
        {view === 'data' && <TransferView />}
      </section>
      <footer className="actions">
        <button type="button" className="primary" onClick={() => void openSidePanel()}>
          {i18n.t('common.openSidePanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('common.openOptions')}
        </button>
        <span className="muted">{i18n.t('common.privacy')}</span>
      </footer>
    </main>
  );
}
