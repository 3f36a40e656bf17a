import type { Table } from 'dexie';
import type { TanggapDb } from '../db/database';
import type { AnnotationEvent, ReplyRecord } from '../db/records';
import { readSetting, writeSetting } from '../db/settings';
import { DEFAULT_TEMPLATES } from '../replies/templates';
import { PART_KEYS, SETTING_PARTS, TABLE_PARTS, type Part, type Parts } from './envelope';
import { eventIdentity, replyIdentity } from './identity';
import { sameValue } from './same-value';

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}
export type ImportCounts = Partial<Record<Part, Counts>>;

/**
 * Writes an import in one transaction: every part or, if anything fails (a full disk, say),
 * none. Records merge by key: a new key is added, a known one replaced, nothing deleted, so a
 * team can pass one template library around.
 */
export async function applyImport(db: TanggapDb, parts: Parts): Promise<ImportCounts> {
  const tables = [...TABLE_PARTS.map((p) => db.table(p)), db.settings];
  return db.transaction('rw', tables, async () => {
    const counts: ImportCounts = {};
    // The defaults go in first, as on first use, so they do not later land on top of the import.
    if (parts.templates && !(await readSetting(db, 'templatesSeeded'))) {
      await db.templates.bulkPut(DEFAULT_TEMPLATES);
      await writeSetting(db, 'templatesSeeded', true);
    }
    for (const part of TABLE_PARTS) {
      const records = parts[part];
      if (!records) continue;
      counts[part] =
        part === 'replies'
          ? await mergeNumbered(db.table(part), records as ReplyRecord[], replyIdentity)
          : part === 'annotationHistory'
            ? await mergeNumbered(db.table(part), records as AnnotationEvent[], eventIdentity)
            : await mergeKeyed(db.table(part), records, PART_KEYS[part]);
    }
    for (const part of SETTING_PARTS) {
      const value = parts[part];
      if (value === undefined) continue;
      const old = await db.settings.get(part);
      counts[part] = count(
        old === undefined ? 'added' : sameValue(old.value, value) ? 'unchanged' : 'updated',
      );
      await writeSetting(db, part, value as never);
    }
    return counts;
  });
}

function count(kind: keyof Counts): Counts {
  return { added: 0, updated: 0, unchanged: 0, [kind]: 1 };
}

async function mergeKeyed(table: Table, records: readonly object[], key: string): Promise<Counts> {
  const counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  const old = await table.bulkGet(records.map((r) => (r as Record<string, unknown>)[key] as string));
  const changed = records.filter((record, i) => {
    const kind = old[i] === undefined ? 'added' : sameValue(old[i], record) ? 'unchanged' : 'updated';
    counts[kind]++;
    return kind !== 'unchanged';
  });
  await table.bulkPut(changed);
  return counts;
}

/**
 * Replies and tag events carry numbers each browser gives out by itself: a stored record with
 * the same identity keeps its number; a new one keeps the file's number when it is free here
 * (so a copy into an empty profile is exact) and gets a new one otherwise.
 */
async function mergeNumbered<T extends { id?: number }>(
  table: Table<T, number>,
  records: readonly T[],
  identity: (record: T) => string,
): Promise<Counts> {
  const counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  const stored = await table.toArray();
  const byIdentity = new Map(stored.map((r) => [identity(r), r]));
  const taken = new Set(stored.map((r) => r.id));
  const updates: T[] = [];
  const additions: T[] = [];
  for (const { id, ...rest } of records) {
    const record = rest as T;
    const old = byIdentity.get(identity(record));
    if (old) {
      const { id: oldId, ...oldRest } = old;
      if (sameValue(oldRest, record)) counts.unchanged++;
      else {
        counts.updated++;
        updates.push({ ...record, id: oldId });
      }
      continue;
    }
    counts.added++;
    if (id !== undefined && !taken.has(id)) {
      taken.add(id);
      additions.push({ ...record, id });
    } else additions.push(record);
  }
  await table.bulkPut(updates);
  // Numbered ones first: an unnumbered one must not take a number the file gives another.
  await table.bulkAdd(additions.filter((r) => r.id !== undefined));
  await table.bulkAdd(additions.filter((r) => r.id === undefined));
  return counts;
}
