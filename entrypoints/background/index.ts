import { browser, defineBackground } from '#imports';
import { TanggapDb, type TableName } from '@/utils/db/database';
import { onMessage, sendMessage } from '@/utils/messaging/messenger';
import { requests, type RequestName } from '@/utils/messaging/protocol';
import { route } from '@/utils/messaging/route';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  const db = new TanggapDb();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  const changed = (tables: TableName[]) => {
    // No open extension page means no receiver: that is fine.
    sendMessage('dbChanged', { tables }).catch(() => undefined);
  };
  const handlers = createHandlers(db, browser.runtime.getManifest().version, changed);

  for (const name of Object.keys(requests) as RequestName[]) {
    onMessage(name, (message) => route(name, message.data, message.sender, self, handlers));
  }

  // The toolbar button opens the popup; the popup opens the side panel on request.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
