import { createHandlers, memorySelection } from '@/entrypoints/background/handlers';
import { TanggapDb, type TableName } from '@/utils/db/database';
import type { CommentSelection, DbChanged, InsertResult, PageStatus } from '@/utils/messaging/protocol';
import { route } from '@/utils/messaging/route';
import type { RequestName } from '@/utils/messaging/protocol';

/**
 * The real background handlers on a real (fake-indexeddb) Dexie database, wired in place of
 * extension messaging, so UI tests exercise the same validation and queries as the extension.
 */
export function inProcessBackground() {
  const db = new TanggapDb(`ui-${crypto.randomUUID()}`);
  // Like @webext-core/messaging: one listener per message type in a page.
  const listeners = new Map<string, (message: { data: unknown }) => void>();
  const tell = (name: string, data: unknown) => listeners.get(name)?.({ data });
  const changed = (tables: TableName[]) => tell('dbChanged', { tables } satisfies DbChanged);
  const selection = memorySelection((s: CommentSelection) => tell('commentSelected', s));
  const handlers = createHandlers(db, '0.0.0-test', changed, () => 1_700_000_000_000, selection);
  /** The content script of one Facebook tab, as far as extension pages talk to it. */
  const tab = {
    // The tab `fromContent` speaks from.
    id: 1,
    status: {
      url: 'https://www.facebook.com/kopirindang',
      pageId: 'facebook:kopirindang',
      isBrandPage: true,
      recognised: true,
      comments: 0,
    } as PageStatus,
    inserted: [] as Array<{ commentId: string; text: string }>,
    insertResult: { ok: true } as InsertResult,
    revealed: [] as string[],
  };
  const toTab = (name: string, data: unknown, tabId: number): unknown => {
    if (tabId !== tab.id) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (name === 'pageStatus') return tab.status;
    if (name === 'insertReply') {
      tab.inserted.push(data as { commentId: string; text: string });
      return tab.insertResult;
    }
    if (name === 'revealComment') {
      tab.revealed.push((data as { commentId: string }).commentId);
      return true;
    }
    throw new Error(`the content script does not answer ${name}`);
  };
  const self = { id: 'tanggap-test', origin: 'chrome-extension://tanggap-test/' };
  const asPage = { id: self.id, url: `${self.origin}popup.html` };
  const asContent = { id: self.id, url: 'https://www.facebook.com/kopirindang', tab: { id: 1 } };

  return {
    db,
    /** What the content script would send. */
    fromContent: (name: RequestName, data: unknown) => route(name, data, asContent, self, handlers),
    tab,
    /** A keyboard shortcut, as the background passes it on. */
    command: (command: string) => tell('panelCommand', { command }),
    messenger: {
      sendMessage: async (name: RequestName, data: unknown, tabId?: number) =>
        tabId === undefined ? route(name, data, asPage, self, handlers) : toTab(name, data, tabId),
      onMessage: (name: string, listener: (message: { data: unknown }) => void) => {
        if (listeners.has(name)) throw new Error(`only one listener can be set up for ${name}`);
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    },
  };
}
