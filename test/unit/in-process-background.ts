import { createHandlers } from '@/entrypoints/background/handlers';
import { TanggapDb, type TableName } from '@/utils/db/database';
import type { DbChanged } from '@/utils/messaging/protocol';
import { route } from '@/utils/messaging/route';
import type { RequestName } from '@/utils/messaging/protocol';

/**
 * The real background handlers on a real (fake-indexeddb) Dexie database, wired in place of
 * extension messaging, so UI tests exercise the same validation and queries as the extension.
 */
export function inProcessBackground() {
  const db = new TanggapDb(`ui-${crypto.randomUUID()}`);
  const listeners = new Set<(message: { data: DbChanged }) => void>();
  const changed = (tables: TableName[]) => listeners.forEach((l) => l({ data: { tables } }));
  const handlers = createHandlers(db, '0.0.0-test', changed, () => 1_700_000_000_000);
  const self = { id: 'tanggap-test', origin: 'chrome-extension://tanggap-test/' };
  const asPage = { id: self.id, url: `${self.origin}popup.html` };
  const asContent = { id: self.id, url: 'https://www.facebook.com/kopirindang', tab: { id: 1 } };

  return {
    db,
    /** What the content script would send. */
    fromContent: (name: RequestName, data: unknown) => route(name, data, asContent, self, handlers),
    messenger: {
      sendMessage: (name: RequestName, data: unknown) => route(name, data, asPage, self, handlers),
      onMessage: (name: string, listener: (message: { data: DbChanged }) => void) => {
        if (name !== 'dbChanged') throw new Error(`extension pages only listen for dbChanged, not ${name}`);
        // Like @webext-core/messaging: one listener per message type in a page.
        if (listeners.size > 0) throw new Error(`only one listener can be set up for ${name}`);
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
