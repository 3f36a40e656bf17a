import type { BrowserContext } from 'playwright-core';
import { askBackground } from '../../scripts/rig/ask-background';
import { firstRunOptions } from '../../scripts/rig/options-page';
import type { Corpus } from './corpus';

const CHUNK = 5_000;

/** Runs in an extension page: puts rows straight into the extension's own IndexedDB. */
async function putRows({ store, json }: { store: string; json: string }): Promise<number> {
  const rows = JSON.parse(json) as unknown[];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('tanggap');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    // The background's Dexie made it: the benchmark never creates a database of its own.
    if (!db.objectStoreNames.contains(store)) throw new Error(`no ${store} store in version ${db.version}`);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
      for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return rows.length;
  } finally {
    db.close();
  }
}

/**
 * Writes the corpus into the built extension's database from one of its pages, in chunks. No
 * request of the product is involved: production builds have no seeding message.
 */
export async function seedExtension(context: BrowserContext, extensionId: string, corpus: Corpus) {
  // The extension opens its options page on install; a page opened meanwhile may be redirected.
  const options = await firstRunOptions(context, `chrome-extension://${extensionId}/options.html`, 15_000);
  await options?.close();
  // The background opens (and so creates) the database on its first request.
  await askBackground(context, extensionId, 'getStats', {});
  const page = await context.newPage();
  // tsx names functions with a __name helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const tables = [
    ['pages', corpus.pages],
    ['comments', corpus.comments],
    ['annotations', corpus.annotations],
    ['replies', corpus.replies],
  ] as const;
  for (const [store, rows] of tables) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      // As one string: Playwright passes a string far faster than 5,000 objects.
      await page.evaluate(putRows, { store, json: JSON.stringify(rows.slice(i, i + CHUNK)) });
    }
  }
  await page.close();
  const stats = await askBackground<{ comments: number; replies: number }>(
    context,
    extensionId,
    'getStats',
    {},
  );
  if (stats.comments !== corpus.comments.length || stats.replies !== corpus.replies.length) {
    throw new Error(`seeded ${stats.comments} comments and ${stats.replies} replies, not the corpus's`);
  }
}
