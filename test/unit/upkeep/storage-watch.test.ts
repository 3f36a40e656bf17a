import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { storageProblemOf } from '@/utils/db/upkeep/storage-problem';
import {
  noteOpenError,
  noteStorageError,
  noteStoredOk,
  storageStatus,
  watchStorage,
} from '@/utils/db/upkeep/storage-watch';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A connection that holds version 1 open and, like an old page, ignores requests to close. */
function holdVersion1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10); // Dexie's version 1 is native version 10.
    request.onupgradeneeded = () => request.result.createObjectStore('settings', { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const noEstimate = () => Promise.resolve({});

describe('storage status', () => {
  test('an upgrade blocked by another connection is reported, and clears once it goes through', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    names.push(name);
    const old = await holdVersion1(name);
    const db = new TanggapDb(name);
    watchStorage(db);
    const opening = db.open();
    await expect.poll(async () => (await storageStatus(db, noEstimate)).problem).toBe('blocked');
    expect((await storageStatus(db, noEstimate)).detail).toMatch(/version 2 waits .* version 1/);
    // The other page closes: the upgrade goes on and the problem is over.
    old.close();
    await opening;
    expect(await storageStatus(db, noEstimate)).toEqual({ problem: null, detail: null });
    db.close();
  });

  test('a full quota stays reported until a write succeeds', async () => {
    const db = new TanggapDb(`quota-${crypto.randomUUID()}`);
    names.push(db.name);
    const found = noteStorageError(
      db,
      new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError')),
    );
    expect(found?.problem).toBe('quota');
    // Reopening does not free space.
    await db.open();
    expect((await storageStatus(db, noEstimate)).problem).toBe('quota');
    noteStoredOk(db);
    expect((await storageStatus(db, noEstimate)).problem).toBeNull();
    db.close();
  });

  test('other errors leave the status alone; usage comes from the Storage API', async () => {
    const db = new TanggapDb(`other-${crypto.randomUUID()}`);
    expect(noteStorageError(db, new Error('invalid data'))).toBeNull();
    const estimate = () => Promise.resolve({ usage: 900, quota: 1000 });
    expect(await storageStatus(db, estimate)).toEqual({
      problem: null,
      detail: null,
      usage: { usage: 900, quota: 1000 },
    });
    // A browser without it, or one that fails, just gives no usage.
    const failing = () => Promise.reject(new Error('no'));
    expect(await storageStatus(db, failing)).toEqual({ problem: null, detail: null });
  });

  test('an upgrade that fails is a version problem, and the old data stays as it was', async () => {
    const name = `failed-upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const current = new TanggapDb(name);
    await current.settings.put({ key: 'moderatorName', value: 'Ayu' });
    current.close();
    // A next version whose upgrade throws (a bug, or bad data it did not expect).
    class Next extends TanggapDb {
      constructor() {
        super(name);
        this.version(this.verno + 1)
          .stores({})
          .upgrade(() => {
            throw new Error('bug in upgrade');
          });
      }
    }
    const db = new Next();
    watchStorage(db);
    await db.open().catch((error: unknown) => noteOpenError(db, error));
    expect(await storageStatus(db, noEstimate)).toEqual({
      problem: 'version',
      detail: 'Error: bug in upgrade',
    });
    // Every later request fails the same way, through Dexie's "database closed".
    const later = await db.settings.count().catch((e: unknown) => e);
    expect(storageProblemOf(later)?.problem).toBe('version');
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(current.verno);
    expect(await again.table('settings').toArray()).toEqual([{ key: 'moderatorName', value: 'Ayu' }]);
    again.close();
  });
});
