import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { listTemplates } from '@/utils/db/templates';
import { importFile } from '@/utils/transfer/import-file';
import { readCsv, readExport } from '@/utils/transfer/read-export';
import { readTemplatesCsv } from '@/utils/transfer/read-templates-csv';
import { dump, seedDb, T0 } from './seed';

let source: TanggapDb;
let target: TanggapDb;
beforeEach(() => {
  source = new TanggapDb(`tpl-source-${crypto.randomUUID()}`);
  target = new TanggapDb(`tpl-target-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const HEADER = 'id,lang,title,text,stages,sentiments,intents,cues,updatedAt';
const problemsOf = (csv: string) => {
  const read = readTemplatesCsv(csv, T0);
  return read.ok ? [] : read.problems;
};

describe('templates CSV import', () => {
  test('our own templates CSV reads back into the same library', async () => {
    await seedDb(source);
    const outcome = await importFile(target, 'templatesCsv', await readCsv(source, 'templates'), T0);
    expect(outcome).toMatchObject({ ok: true, counts: { templates: { added: 1, updated: 1 } } });
    expect(await listTemplates(target)).toEqual(await listTemplates(source));
  });

  test('a sheet typed by hand: semicolons (Excel in Indonesian), columns in another order, labels and time left out', () => {
    const csv =
      'title;id;text;lang\r\nOngkir;ongkir;"{{greeting} {{honorific}, ongkir gratis; ya! {{signature}";id\r\n;;;\r\n';
    expect(readTemplatesCsv(csv, T0)).toEqual({
      ok: true,
      value: [
        {
          id: 'ongkir',
          lang: 'id',
          title: 'Ongkir',
          text: '{{greeting} {{honorific}, ongkir gratis; ya! {{signature}',
          stages: [],
          sentiments: [],
          intents: [],
          updatedAt: T0,
        },
      ],
    });
  });

  test.each([
    [
      'an unknown label',
      `${HEADER}\r\na,id,A,Halo,curation; buying,,,,`,
      { row: 2, column: 'stages' },
      'oneOf',
    ],
    [
      'an unknown placeholder',
      `${HEADER}\r\na,id,A,Halo {{nama},,,,,`,
      { row: 2, column: 'text' },
      'invalid',
    ],
    ['a language we do not write', `${HEADER}\r\na,fr,A,Bonjour,,,,,`, { row: 2, column: 'lang' }, 'oneOf'],
    ['an empty title', `${HEADER}\r\na,id,,Halo,,,,,`, { row: 2, column: 'title' }, 'tooShort'],
    [
      'a date nobody can read',
      `${HEADER}\r\na,id,A,Halo,,,,,kemarin`,
      { row: 2, column: 'updatedAt' },
      'format',
    ],
    [
      'the same id twice',
      `${HEADER}\r\na,id,A,Halo,,,,,\r\nb,id,B,Hai,,,,,\r\na,en,A2,Hi,,,,,`,
      { row: 4, column: 'id' },
      'duplicateRow',
    ],
    ['a row with too few cells', `${HEADER}\r\na,id,A,Halo`, { row: 2, column: null }, 'columnCount'],
    [
      'an unknown column',
      `${HEADER},catatan\r\na,id,A,Halo,,,,,,x`,
      { row: 1, column: 'catatan' },
      'unknownColumn',
    ],
    ['a missing column', 'id,lang,title\r\na,id,A', { row: 1, column: null }, 'missingColumn'],
    ['a quote never closed', `${HEADER}\r\na,id,A,"Halo,,,,,`, { row: 2, column: null }, 'csvSyntax'],
  ])('%s is reported at its row and column', (_, csv, place, code) => {
    expect(problemsOf(csv)).toContainEqual(expect.objectContaining({ place, code }));
  });

  test('rows are numbered as the spreadsheet shows them, a multi-line cell being one row', () => {
    const csv = `${HEADER}\r\na,id,A,"Halo\nbaris dua",,,,,\r\nb,id,B,Halo,curation,sedih,,,`;
    expect(problemsOf(csv)).toEqual([
      {
        place: { row: 3, column: 'sentiments' },
        code: 'oneOf',
        values: ['"positive", "neutral", "negative"'],
      },
    ]);
  });

  test('every problem of the file at once, and nothing written', async () => {
    await seedDb(target);
    const before = await dump(target);
    const csv = `${HEADER}\r\nok,id,Baik,Halo,,,,,\r\nx,fr,,Halo {{nama},,,,,\r\nok,id,Lagi,Halo,,,,,`;
    const outcome = await importFile(target, 'templatesCsv', csv, T0);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.place)).toEqual([
      { row: 3, column: 'lang' },
      { row: 3, column: 'title' },
      { row: 3, column: 'text' },
      { row: 4, column: 'id' },
    ]);
    expect(await dump(target)).toEqual(before);
  });

  test('a team merges libraries: templates with a known id are replaced, new ones added, none removed', async () => {
    await seedDb(target);
    const mine = (await readExport(target, ['templates'], T0)).parts.templates!;
    const csv = `${HEADER}\r\nteam-promo,id,Promo baru,"{{greeting} {{honorific}, promo baru! {{signature}",,,,,\r\nbaru,en,New,"{{greeting}, hello {{signature}",,,,,`;
    const outcome = await importFile(target, 'templatesCsv', csv, T0);
    expect(outcome).toMatchObject({
      ok: true,
      counts: { templates: { added: 1, updated: 1, unchanged: 0 } },
    });
    const after = await listTemplates(target);
    expect(after).toHaveLength(mine.length + 1);
    expect(after.find((t) => t.id === 'team-promo')?.title).toBe('Promo baru');
  });
});
