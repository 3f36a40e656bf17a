import { browser, defineBackground } from '#imports';
import { TanggapDb, type TableName } from '@/utils/db/database';
import { readSetting } from '@/utils/db/settings';
import { onMessage, sendMessage } from '@/utils/messaging/messenger';
import { requests, type RequestName } from '@/utils/messaging/protocol';
import { route } from '@/utils/messaging/route';
import { createHandlers, memorySelection } from './handlers';
import { listenCommands } from './commands';
import { startUpkeep } from './upkeep-handlers';

export default defineBackground(() => {
  const db = new TanggapDb();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  const tellTabs = async () => {
    const ids = (await readSetting(db, 'brandPages')).map((p) => p.id);
    // Tabs without our content script just do not answer.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendMessage('brandPagesChanged', { ids }, tab.id).catch(() => undefined);
    }
  };
  const changed = (tables: TableName[]) => {
    // No open extension page means no receiver: that is fine.
    sendMessage('dbChanged', { tables }).catch(() => undefined);
    if (tables.includes('settings')) void tellTabs();
  };
  const selection = memorySelection((selected) => {
    // Called while the click that chose the comment still counts as a user gesture, which
    // sidePanel.open requires: nothing may be awaited before it.
    if (selected.tabId !== null) browser.sidePanel?.open({ tabId: selected.tabId }).catch(() => undefined);
    sendMessage('commentSelected', selected).catch(() => undefined);
  });
  const handlers = createHandlers(db, browser.runtime.getManifest().version, changed, Date.now, selection);
  listenCommands();
  // Opens the database now, so a full disk or a blocked upgrade is known before anyone asks.
  const upkeep = startUpkeep(db, changed);

  for (const name of Object.keys(requests) as RequestName[]) {
    onMessage(name, (message) =>
      upkeep.guard(name, () => route(name, message.data, message.sender, self, handlers)),
    );
  }

  // First run: the user chooses their brand pages before Tanggap does anything.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  // The toolbar button opens the popup; the popup opens the side panel on request.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
