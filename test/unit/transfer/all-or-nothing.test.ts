import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { GROUPS } from '@/utils/transfer/envelope';
import { importFile } from '@/utils/transfer/import-file';
import { readExport } from '@/utils/transfer/read-export';
import { dump, seedDb, T0 } from './seed';

let source: TanggapDb;
let target: TanggapDb;
beforeEach(async () => {
  source = new TanggapDb(`source-${crypto.randomUUID()}`);
  target = new TanggapDb(`target-${crypto.randomUUID()}`);
  await seedDb(source);
  // The target has a history of its own, which a failed import must leave exactly as it is.
  await seedDb(target, T0 - 86_400_000);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await source.delete();
  await target.delete();
});

async function fileWith(change: (parts: Record<string, Array<Record<string, unknown>>>) => void) {
  const envelope = await readExport(source, [...GROUPS], T0);
  for (const c of envelope.parts.comments!) c.text = `${c.text} (dari file)`;
  change(envelope.parts as never);
  return JSON.stringify(envelope);
}

describe('all or nothing', () => {
  test('one bad row among good ones: nothing is written', async () => {
    const before = await dump(target);
    const file = await fileWith((parts) => (parts.replies![1]!.checkScore = 'tinggi'));
    const outcome = await importFile(target, 'json', file, T0);
    expect(outcome).toMatchObject({ ok: false, total: 1 });
    expect(await dump(target)).toEqual(before);
  });

  test('a write that fails halfway (the disk full, say) undoes the parts written before it', async () => {
    const before = await dump(target);
    const file = await fileWith(() => undefined);
    // Replies are written after pages, posts, comments and tags.
    const table = Object.getPrototypeOf(target.replies) as Table;
    const bulkAdd = table.bulkAdd;
    vi.spyOn(table, 'bulkAdd').mockImplementation(function (
      this: Table,
      ...args: Parameters<Table['bulkAdd']>
    ) {
      if (this.name === 'replies')
        return Promise.reject(new Error('QuotaExceededError')) as ReturnType<Table['bulkAdd']>;
      return bulkAdd.apply(this, args);
    });
    await expect(importFile(target, 'json', file, T0)).rejects.toThrow('QuotaExceededError');
    expect(await dump(target)).toEqual(before);
  });

  test('the same file without the bad row goes in whole', async () => {
    const outcome = await importFile(target, 'json', await fileWith(() => undefined), T0);
    expect(outcome.ok).toBe(true);
    const texts = (await target.comments.toArray()).map((c) => c.text);
    expect(texts.every((t) => t.endsWith('(dari file)'))).toBe(true);
  });
});
