import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import v1 from '../../../fixtures/db/v1.json';
import v2 from '../../../fixtures/db/v2.json';

/** A database one schema version left behind: its rows, and what opening it with today's Tanggap adds. */
interface DbFixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
  /** Per table, the fields each row (found by primary key) gains or changes on upgrade; new rows too. */
  upgraded: Record<string, Record<string, unknown>[]>;
}

/**
 * Every released schema, copied here as it was released (never imported from database.ts, which
 * moves on). A new version: add its schema and fixture here, and its additions to the older
 * fixtures' `upgraded`.
 */
const RELEASED: { version: number; schema: Record<string, string>; fixture: DbFixture }[] = [
  {
    version: 1,
    schema: {
      pages: 'id, platform, lastSeenAt',
      posts: 'id, pageId, lastSeenAt',
      comments: 'id, pageId, postId, parentId, authorUrl, createdAt, lastSeenAt, answeredAt',
      annotations: 'commentId, pageId, stage, sentiment, source, at, *intents',
      annotationHistory: '++id, commentId, at',
      replies: '++id, commentId, pageId, insertedAt, templateId',
      templates: 'id, lang, updatedAt',
      settings: 'key',
    },
    fixture: v1 as DbFixture,
  },
  {
    version: 2,
    schema: {
      pages: 'id, platform, lastSeenAt',
      posts: 'id, pageId, lastSeenAt',
      comments: 'id, pageId, postId, parentId, authorUrl, createdAt, lastSeenAt, answeredAt',
      annotations: 'commentId, pageId, stage, sentiment, source, at, *intents',
      annotationHistory: '++id, commentId, at',
      replies: '++id, commentId, pageId, insertedAt, templateId, answeredAt',
      templates: 'id, lang, updatedAt',
      settings: 'key',
    },
    fixture: v2 as DbFixture,
  },
];

const keyOf = (schema: string) => schema.split(',')[0]!.trim().replace(/^\+\+/, '');
const byKey = (rows: Record<string, unknown>[], key: string) => new Map(rows.map((r) => [r[key], r]));

let opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

/** Creates the database exactly as `version` of Tanggap did, fills it with the fixture, closes it. */
async function storeOld({ version, schema, fixture }: (typeof RELEASED)[number], name: string) {
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.transaction('rw', Object.keys(schema), async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('released database versions', () => {
  test('every version up to the current one has a fixture', () => {
    const current = new TanggapDb(`verno-${crypto.randomUUID()}`);
    expect(RELEASED.map((r) => r.version)).toEqual(Array.from({ length: current.verno }, (_, i) => i + 1));
    for (const { version, fixture } of RELEASED) expect(fixture.version).toBe(version);
  });

  test('the latest schema copied here is the one TanggapDb declares', async () => {
    const current = new TanggapDb(`schema-${crypto.randomUUID()}`);
    opened.push(current);
    await current.open();
    const declared = Object.fromEntries(
      current.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(declared).toEqual(RELEASED.at(-1)!.schema);
  });

  test.each(RELEASED)('a version $version database opens with nothing lost', async (released) => {
    const { schema, fixture } = released;
    // A fixture with an empty table would let a lost table go unnoticed.
    for (const table of Object.keys(schema)) expect(fixture.tables[table]?.length, table).toBeGreaterThan(0);

    const name = `v${released.version}-${crypto.randomUUID()}`;
    await storeOld(released, name);
    const db = new TanggapDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(RELEASED.at(-1)!.version);

    for (const table of db.tables) {
      const key = keyOf(schema[table.name] ?? table.schema.primKey.src);
      const stored = byKey(await table.toArray(), key);
      const before = byKey(fixture.tables[table.name] ?? [], key);
      const added = byKey(fixture.upgraded[table.name] ?? [], key);
      const expected = new Map(before);
      for (const [k, fields] of added) expected.set(k, { ...before.get(k), ...fields });
      // Exactly the rows expected, each with every field it had plus the upgrade's.
      expect([...stored.keys()].sort(), table.name).toEqual([...expected.keys()].sort());
      for (const [k, row] of expected) expect(stored.get(k), `${table.name} ${String(k)}`).toEqual(row);
    }
  });

  test.each(RELEASED)(
    'version $version: new rows after the upgrade do not reuse old ids',
    async (released) => {
      const name = `ids-${released.version}-${crypto.randomUUID()}`;
      await storeOld(released, name);
      const db = new TanggapDb(name);
      opened.push(db);
      const oldIds = released.fixture.tables.replies!.map((r) => r.id as number);
      const id = await db.replies.add({
        ...(released.fixture.tables.replies![0] as object as Parameters<typeof db.replies.add>[0]),
        id: undefined,
      });
      expect(oldIds).not.toContain(id);
      expect(id).toBeGreaterThan(Math.max(...oldIds));
    },
  );
});
