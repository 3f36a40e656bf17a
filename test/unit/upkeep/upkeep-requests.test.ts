import type { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { startUpkeep } from '@/entrypoints/background/upkeep-handlers';
import { TanggapDb, type TableName } from '@/utils/db/database';
import { toJsonPayload } from '@/utils/messaging/json-payload';
import type { RequestName } from '@/utils/messaging/protocol';
import { route } from '@/utils/messaging/route';
import { sampleCapture } from '../capture-fixture';

const DAY = 86_400_000;
const self = { id: 'tanggap-test', origin: 'chrome-extension://tanggap-test/' };
const asPage = { id: self.id, url: `${self.origin}options.html` };
const asContent = { id: self.id, url: 'https://www.facebook.com/kopirindang', tab: { id: 1 } };

let dbs: TanggapDb[] = [];
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

/** The background as index.ts wires it: real handlers, every request through the upkeep guard. */
function background(db = new TanggapDb(`upkeep-${crypto.randomUUID()}`)) {
  dbs.push(db);
  const clock = { now: Date.UTC(2026, 5, 1) };
  const changes: TableName[][] = [];
  const changed = (tables: TableName[]) => void changes.push(tables);
  const handlers = createHandlers(db, 'test', changed, () => clock.now);
  const upkeep = startUpkeep(db, changed, () => clock.now);
  const ask = (name: RequestName, data: unknown, from = asPage) =>
    upkeep.guard(name, () => route(name, data, from, self, handlers));
  const store = () => {
    const capture = sampleCapture(3);
    const tags = capture.comments.map((c) => ({
      commentId: c.id,
      tag: {
        stage: 'consumption' as const,
        stageConfidence: 0.5,
        sentiment: 'neutral' as const,
        sentimentScore: 0,
        intents: [],
        language: 'id' as const,
        cues: { stage: [], sentiment: [] },
      },
    }));
    return ask('storeCapture', toJsonPayload({ ...capture, tags }), asContent);
  };
  return { db, clock, changes, upkeep, ask, store };
}

/** The browser refusing every write, as a full disk does. */
function fullDisk(db: Dexie) {
  const disk = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            disk.full
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return disk;
}

describe('storage trouble through the requests', () => {
  test('a capture that does not fit fails clearly, keeps what was stored, and the popup says why', async () => {
    const db = new TanggapDb(`full-${crypto.randomUUID()}`);
    const disk = fullDisk(db);
    const bg = background(db);
    await bg.upkeep.opened;
    await bg.store();
    const before = await db.comments.toArray();

    disk.full = true;
    const error = await bg.store().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageProblem', problem: 'quota' });
    expect((error as Error).message).toMatch(/storage is full.*Free some disk space/);
    expect(await db.comments.toArray()).toEqual(before);
    expect(await bg.ask('storageStatus', {})).toMatchObject({ problem: 'quota', detail: /QuotaExceeded/ });

    // Space is back: the content script's next send goes through and the notice goes away.
    disk.full = false;
    await bg.store();
    expect(await bg.ask('storageStatus', {})).toMatchObject({ problem: null, detail: null });
  });

  test('an error that is not about storage passes through unchanged', async () => {
    const bg = background();
    await expect(bg.ask('setRetention', { months: -1 })).rejects.toThrow(/invalid data/);
    expect(await bg.ask('storageStatus', {})).toMatchObject({ problem: null });
  });

  test('the status answers while the upgrade waits for another connection', async () => {
    const name = `held-${crypto.randomUUID()}`;
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('settings', { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
    });
    const bg = background(new TanggapDb(name));
    await expect
      .poll(async () => (await bg.ask('storageStatus', {})) as object)
      .toMatchObject({
        problem: 'blocked',
      });
    old.close();
    await bg.upkeep.opened;
    expect(await bg.ask('storageStatus', {})).toMatchObject({ problem: null });
  });
});

describe('retention through the requests', () => {
  test('preview counts, purgeNow deletes by the saved setting and tells open pages', async () => {
    const bg = background();
    await bg.upkeep.opened;
    await bg.store();
    bg.clock.now += 100 * DAY;
    expect(await bg.ask('retentionPreview', { months: 0 })).toBeNull();
    expect(await bg.ask('retentionPreview', { months: 6 })).toMatchObject({ threads: 0 });
    expect(await bg.ask('retentionPreview', { months: 3 })).toMatchObject({ threads: 3, comments: 4 });
    // Nothing is deleted until the setting is saved.
    expect(await bg.ask('purgeNow', {})).toBeNull();
    expect(await bg.db.comments.count()).toBe(4);

    expect(await bg.ask('setRetention', { months: 3 })).toEqual({ months: 3, lastPurge: null });
    bg.changes.length = 0;
    expect(await bg.ask('purgeNow', {})).toMatchObject({ threads: 3, comments: 4, posts: 1 });
    expect(await bg.db.comments.count()).toBe(0);
    expect(bg.changes).toEqual([['comments', 'annotations', 'annotationHistory', 'posts']]);
    expect(await bg.ask('retention', {})).toMatchObject({ months: 3, lastPurge: { comments: 4 } });
  });

  test('only extension pages may purge', async () => {
    const bg = background();
    await expect(bg.ask('purgeNow', {}, asContent)).rejects.toThrow(/not accepted/);
  });

  test('runs once opened, and again after a store once a day has passed', async () => {
    const bg = background();
    await bg.upkeep.opened;
    await bg.ask('setRetention', { months: 1 });
    await bg.store();
    bg.clock.now += 40 * DAY;
    // This store's own comments are new again; nothing else is stored, so nothing goes.
    await bg.store();
    await expect.poll(() => bg.ask('retention', {})).toMatchObject({ lastPurge: { comments: 0 } });

    // Another page's comments, then two months of quiet, then any store.
    await bg.db.comments.put({
      ...(await bg.db.comments.get('facebook:1000'))!,
      id: 'facebook:other',
      parentId: null,
    });
    bg.clock.now += 60 * DAY;
    await bg.db.comments.update('facebook:other', { lastSeenAt: bg.clock.now - 45 * DAY });
    await bg.store();
    await expect.poll(() => bg.db.comments.get('facebook:other')).toBeUndefined();
  });
});
