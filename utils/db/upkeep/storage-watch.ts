import type { Dexie } from 'dexie';
import {
  describeError,
  storageProblemOf,
  type StorageProblem,
  type StorageProblemKind,
} from './storage-problem';

export interface StorageUsage {
  usage: number;
  quota: number;
}

/** What the popup shows: the current storage problem, if any, and how full storage is. */
export interface StorageStatus {
  problem: StorageProblemKind | null;
  detail: string | null;
  usage?: StorageUsage;
}

interface Watch {
  current: StorageProblem | null;
}

// One per database object: the background's handlers and its start-up code share it
// without either having to pass it around.
const watches = new WeakMap<Dexie, Watch>();

/**
 * Listens for the database's open being blocked or closed by another connection. Call it before
 * the first open: a blocked open waits silently, and nothing else would tell the user why.
 */
export function watchStorage(db: Dexie): Watch {
  const known = watches.get(db);
  if (known) return known;
  const watch: Watch = { current: null };
  watches.set(db, watch);
  db.on('blocked', (event: IDBVersionChangeEvent) => {
    watch.current = {
      problem: 'blocked',
      detail: `Upgrade to version ${(event.newVersion ?? 0) / 10} waits for a connection holding version ${event.oldVersion / 10}`,
    };
  });
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Dexie closes this connection so the other can go on, and reopens it at the next request.
    watch.current = {
      problem: 'blocked',
      detail: `Another connection is ${event.newVersion ? `upgrading to version ${event.newVersion / 10}` : 'deleting the database'}`,
    };
  });
  // Sticky: every successful open (also a reopen) ends a blocked or version problem.
  db.on(
    'ready',
    () => {
      if (watch.current?.problem !== 'quota') watch.current = null;
    },
    true,
  );
  return watch;
}

/** Records the problem an error stands for; returns it, or null for an error that is not about storage. */
export function noteStorageError(db: Dexie, error: unknown): StorageProblem | null {
  const found = storageProblemOf(error);
  if (found) watchStorage(db).current = found;
  return found;
}

/** The database did not open: whatever the error, this Tanggap cannot use the stored data now. */
export function noteOpenError(db: Dexie, error: unknown): StorageProblem {
  // An upgrade that throws rejects the open with its own plain error.
  const found = storageProblemOf(error) ?? { problem: 'version', detail: describeError(error) };
  watchStorage(db).current = found;
  return found;
}

/** A write went through: whatever quota problem there was is over. */
export function noteStoredOk(db: Dexie): void {
  const watch = watchStorage(db);
  if (watch.current?.problem === 'quota') watch.current = null;
}

/** The current problem (never touching the database, which may be what is stuck) and the usage. */
export async function storageStatus(
  db: Dexie,
  estimate: () => Promise<StorageEstimate> = defaultEstimate,
): Promise<StorageStatus> {
  const current = watchStorage(db).current;
  const status: StorageStatus = { problem: current?.problem ?? null, detail: current?.detail ?? null };
  const usage = await estimate().catch(() => ({}) as StorageEstimate);
  if (typeof usage.usage === 'number' && typeof usage.quota === 'number') {
    status.usage = { usage: usage.usage, quota: usage.quota };
  }
  return status;
}

function defaultEstimate(): Promise<StorageEstimate> {
  // Not every browser (nor the unit tests' DOM) has the Storage API.
  return globalThis.navigator?.storage?.estimate?.() ?? Promise.resolve({});
}
