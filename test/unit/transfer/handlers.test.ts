import { afterEach, describe, expect, test } from 'vitest';
import { splitText } from '@/utils/transfer/chunks';
import type { ExportStarted, ImportOutcome } from '@/utils/transfer/outcome';
import { inProcessBackground } from '../in-process-background';
import { dump, seedDb } from './seed';

let backgrounds: Array<ReturnType<typeof inProcessBackground>> = [];
afterEach(async () => {
  for (const bg of backgrounds) await bg.db.delete();
  backgrounds = [];
});

/** A background on its own database, asked the way the popup asks it. */
function start() {
  const bg = inProcessBackground();
  backgrounds.push(bg);
  const ask = <T>(name: string, data: unknown) => bg.messenger.sendMessage(name as never, data) as Promise<T>;
  return { bg, ask };
}

async function exportedFile(ask: ReturnType<typeof start>['ask']): Promise<string> {
  const started = await ask<ExportStarted>('exportStart', {
    format: 'json',
    groups: ['history', 'templates', 'voice'],
  });
  expect(started.files).toEqual([{ stem: 'tanggap', extension: 'json', chunks: 1 }]);
  return ask<string>('exportChunk', { exportId: started.exportId, file: 0, index: 0 });
}

describe('export and import through the background, in pieces', () => {
  test('a file sent in pieces is written once the last piece is in', async () => {
    const from = start();
    await seedDb(from.bg.db);
    const file = await exportedFile(from.ask);

    const to = start();
    const pieces = splitText(file, Math.ceil(file.length / 3));
    expect(pieces).toHaveLength(3);
    const { importId } = await to.ask<{ importId: string }>('importStart', { kind: 'json' });
    for (const [index, text] of pieces.entries()) await to.ask('importChunk', { importId, index, text });
    const outcome = await to.ask<ImportOutcome>('importFinish', { importId, chunks: 3 });
    expect(outcome.ok).toBe(true);
    expect(await dump(to.bg.db)).toEqual(await dump(from.bg.db));
  });

  test('a missing or repeated piece stops the import, and nothing is written', async () => {
    const from = start();
    await seedDb(from.bg.db);
    const pieces = splitText(await exportedFile(from.ask), 5_000);
    const to = start();
    const before = await dump(to.bg.db);

    const { importId } = await to.ask<{ importId: string }>('importStart', { kind: 'json' });
    await to.ask('importChunk', { importId, index: 0, text: pieces[0] });
    await expect(to.ask('importChunk', { importId, index: 2, text: pieces[2] })).rejects.toThrow(
      /interrupted/,
    );
    await expect(to.ask('importFinish', { importId, chunks: pieces.length })).rejects.toThrow(/interrupted/);
    // A new import replaces an unfinished one: the old pieces are no longer taken.
    const again = await to.ask<{ importId: string }>('importStart', { kind: 'json' });
    await expect(to.ask('importChunk', { importId, index: 1, text: pieces[1] })).rejects.toThrow(
      /interrupted/,
    );
    await expect(to.ask('importFinish', { importId: again.importId, chunks: 1 })).rejects.toThrow(
      /interrupted/,
    );
    expect(await dump(to.bg.db)).toEqual(before);
  });

  test('the problems come back with the answer; the database is not touched', async () => {
    const { bg, ask } = start();
    const { importId } = await ask<{ importId: string }>('importStart', { kind: 'templatesCsv' });
    await ask('importChunk', { importId, index: 0, text: 'id,lang,title,text\r\na,xx,A,Halo' });
    expect(await ask<ImportOutcome>('importFinish', { importId, chunks: 1 })).toEqual({
      ok: false,
      total: 1,
      problems: [{ place: { row: 2, column: 'lang' }, code: 'oneOf', values: ['"id", "en"'] }],
    });
    expect(await bg.db.templates.count()).toBe(0);
  });

  test.each([
    ['an unknown export group', 'exportStart', { format: 'json', groups: ['everything'] }],
    ['an export of nothing', 'exportStart', { format: 'csv', tables: [] }],
    ['an unknown import kind', 'importStart', { kind: 'xlsx' }],
    [
      'a piece beyond the size of one message',
      'importChunk',
      { importId: 'x', index: 0, text: 'x'.repeat(4_000_001) },
    ],
    ['an extra field', 'importFinish', { importId: 'x', chunks: 1, force: true }],
    ['more pieces than a file may have', 'importChunk', { importId: 'x', index: 120, text: '' }],
  ])('refuses %s', async (_, name, data) => {
    const { ask } = start();
    await expect(ask(name, data)).rejects.toThrow(/invalid data/);
  });
});
