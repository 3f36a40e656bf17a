import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { readSetting } from '@/utils/db/settings';
import { logReply } from '@/utils/db/replies';
import { storeCapture } from '@/utils/db/store-capture';
import { importFile } from '@/utils/transfer/import-file';
import { readExport } from '@/utils/transfer/read-export';
import { GROUPS } from '@/utils/transfer/envelope';
import { sampleCapture } from '../capture-fixture';
import { dump, seedDb, T0 } from './seed';

let source: TanggapDb;
let target: TanggapDb;
beforeEach(() => {
  source = new TanggapDb(`export-${crypto.randomUUID()}`);
  target = new TanggapDb(`import-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const exportJson = async (db: TanggapDb, groups = [...GROUPS]) =>
  JSON.stringify(await readExport(db, groups, T0));

describe('JSON export and import', () => {
  test('into an empty profile, the import reproduces the database exactly', async () => {
    await seedDb(source);
    // Numbers with a gap (an old reply and tag event removed): they must come over as they are.
    await source.replies.delete(1);
    await source.annotationHistory.delete(2);
    const file = await exportJson(source);
    const outcome = await importFile(target, 'json', file, T0 + 100);
    expect(outcome.ok).toBe(true);
    expect(await dump(target)).toEqual(await dump(source));
    // Who the moderator is and which pages they watch stay with their own browser.
    expect(await readSetting(target, 'moderatorName')).toBe('');
    expect(await readSetting(target, 'brandPages')).toEqual([]);
  });

  test('the envelope says what it is, and holds only the chosen parts', async () => {
    await seedDb(source);
    const envelope = JSON.parse(await exportJson(source, ['templates', 'voice']));
    expect(envelope).toMatchObject({ format: 'tanggap', version: 1, exportedAt: new Date(T0).toISOString() });
    expect(Object.keys(envelope.parts).sort()).toEqual(['brandVoice', 'responseTargets', 'templates']);
    expect(Object.keys(JSON.parse(await exportJson(source, ['history'])).parts).sort()).toEqual([
      'annotationHistory',
      'annotations',
      'comments',
      'pages',
      'posts',
      'replies',
    ]);
  });

  test('counts what was added, updated and unchanged; importing the same file again changes nothing', async () => {
    await seedDb(source);
    const file = await exportJson(source);
    const first = await importFile(target, 'json', file, T0);
    expect(first).toMatchObject({
      ok: true,
      counts: {
        comments: { added: 5, updated: 0, unchanged: 0 },
        replies: { added: 2, updated: 0, unchanged: 0 },
        brandVoice: { added: 1, updated: 0, unchanged: 0 },
        // The defaults went in first, as on first use: only the edited one and the team's own differ.
        templates: { added: 1, updated: 1 },
      },
    });
    const before = await dump(target);
    const again = await importFile(target, 'json', file, T0);
    expect(again).toMatchObject({
      ok: true,
      counts: {
        comments: { added: 0, updated: 0, unchanged: 5 },
        replies: { added: 0, updated: 0, unchanged: 2 },
      },
    });
    expect(await dump(target)).toEqual(before);
  });

  test("a colleague's replies join ours: same numbers, different replies, none overwritten", async () => {
    await seedDb(source);
    await storeCapture(target, sampleCapture(2), T0);
    const own = await logReply(
      target,
      { commentId: 'facebook:1001', templateId: null, text: 'Balasan kami', checkScore: null },
      'Sari',
      T0 + 50,
    );
    expect(own.id).toBe(1);
    const outcome = await importFile(target, 'json', await exportJson(source, ['history']), T0);
    expect(outcome).toMatchObject({ ok: true, counts: { replies: { added: 2, updated: 0, unchanged: 0 } } });
    const texts = (await target.replies.toArray()).map((r) => r.text).sort();
    expect(texts).toEqual(['-- cek DM ya', 'Balasan kami', 'Halo Kak, maaf ya ^AB']);
    expect((await target.replies.get(1))?.text).toBe('Balasan kami');
  });

  test('an edited record replaces the stored one with the same key', async () => {
    await seedDb(source);
    await importFile(target, 'json', await exportJson(source), T0);
    const envelope = JSON.parse(await exportJson(source));
    envelope.parts.comments[0].text = 'diedit di file';
    envelope.parts.replies[1].answeredAt = T0 + 9_000;
    const outcome = await importFile(target, 'json', JSON.stringify(envelope), T0);
    expect(outcome).toMatchObject({
      ok: true,
      counts: {
        comments: { added: 0, updated: 1, unchanged: 4 },
        replies: { added: 0, updated: 1, unchanged: 1 },
      },
    });
    expect((await target.comments.get(envelope.parts.comments[0].id))?.text).toBe('diedit di file');
    expect(await target.replies.count()).toBe(2);
  });
});
