import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { toCsv, unescapeCell } from '@/utils/transfer/csv-cells';
import { readCsv } from '@/utils/transfer/read-export';
import { seedDb } from './seed';

/** The cells a spreadsheet would show, header first. */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV cells', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+62 812 0000', "'+62 812 0000"],
    ['-- cek DM ya', "'-- cek DM ya"],
    ['@kopirindang halo', "'@kopirindang halo"],
    ['\tdi awal ada tab', "'\tdi awal ada tab"],
    // papaparse's own pattern lets this one through: a line break after the formula.
    ['=HYPERLINK("https://evil.example")\nklik', '\'=HYPERLINK("https://evil.example")\nklik'],
    ['kopi = enak', 'kopi = enak'],
    ['Halo, "Kak"', 'Halo, "Kak"'],
    ['baris 1\nbaris 2', 'baris 1\nbaris 2'],
    ['😤 salah order', '😤 salah order'],
  ])('%j is shown as %j, and reads back as it was', (text, shown) => {
    const [, row] = cells(toCsv(['text'], [[text]]));
    expect(row).toEqual([shown]);
    expect(unescapeCell(shown)).toBe(text);
  });

  test('numbers, booleans and empty values stay what they are: a negative score is a number, not a formula', () => {
    const [, row] = cells(toCsv(['a', 'b', 'c', 'd'], [[-0.7, true, null, 0]]));
    expect(row).toEqual(['-0.7', 'true', '', '0']);
  });
});

describe('CSV export of the database', () => {
  let db: TanggapDb;
  beforeEach(async () => {
    db = new TanggapDb(`csv-${crypto.randomUUID()}`);
    await seedDb(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  test('comments with their tags: a header row, a row per comment, lists joined, formulas defused', async () => {
    const [header, ...rows] = cells(await readCsv(db, 'comments'));
    expect(header).toEqual(
      expect.arrayContaining(['id', 'text', 'stage', 'sentiment', 'intents', 'tagSource']),
    );
    expect(rows).toHaveLength(5);
    const col = (name: string) => header!.indexOf(name);
    const row = (id: string) => rows.find((r) => r[col('id')] === id)!;
    expect(row('facebook:1000')[col('text')]).toBe(
      'Pesan 2 kopi susu, yg dateng "americano" 😤\nSalah order lagi',
    );
    expect(row('facebook:1000')[col('intents')]).toBe('complaint, urgent');
    expect(row('facebook:1001')[col('text')]).toBe('\'=HYPERLINK("https://evil.example","klik")');
    // The moderator's correction is the comment's sentiment now.
    expect(row('facebook:1002')[col('sentiment')]).toBe('positive');
    expect(row('facebook:1002')[col('tagSource')]).toBe('manual');
    expect(row('facebook:1002')[col('createdAt')]).toBe('2023-11-14T21:13:20.000Z');
  });

  test('replies and templates', async () => {
    const [replyHeader, ...replies] = cells(await readCsv(db, 'replies'));
    expect(replies).toHaveLength(2);
    expect(replies[1]![replyHeader!.indexOf('text')]).toBe("'-- cek DM ya");
    expect(replies[0]![replyHeader!.indexOf('checkScore')]).toBe('0.92');

    const [templateHeader, ...templates] = cells(await readCsv(db, 'templates'));
    expect(templateHeader).toEqual([
      'id',
      'lang',
      'title',
      'text',
      'stages',
      'sentiments',
      'intents',
      'cues',
      'updatedAt',
    ]);
    const promo = templates.find((t) => t[0] === 'team-promo')!;
    expect(promo.slice(1, 8)).toEqual([
      'id',
      "'@promo, minggu ini",
      '{{greeting} {{honorific} {{name?}, promo "minggu ini" ada di {{brand}! {{signature}',
      'curation, creation',
      'positive',
      'purchase_intent, question',
      'promo, diskon',
    ]);
  });
});
