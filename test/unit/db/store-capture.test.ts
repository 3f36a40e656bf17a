import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { readStats } from '@/utils/db/queries';
import type { AnnotationEvent } from '@/utils/db/records';
import { storeCapture } from '@/utils/db/store-capture';
import { sampleCapture } from '../capture-fixture';

let db: TanggapDb;

beforeEach(() => {
  db = new TanggapDb(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('storeCapture on IndexedDB', () => {
  test('stores a page, its posts and comments, and marks comments the page answered', async () => {
    const result = await storeCapture(db, sampleCapture(3), 1_000);
    expect(result).toEqual({ posts: 1, comments: 4, newComments: 4 });
    expect(await readStats(db)).toMatchObject({ pages: 1, posts: 1, comments: 4 });
    expect((await db.comments.get('facebook:1000'))?.answeredAt).toBe(1_000);
    expect((await db.comments.get('facebook:1001'))?.answeredAt).toBeNull();
  });

  test('upserts by id: a second sighting keeps firstSeenAt and answeredAt, updates the rest', async () => {
    await storeCapture(db, sampleCapture(3), 1_000);
    const again = sampleCapture(5);
    again.comments[0]!.text = 'diedit';
    const result = await storeCapture(db, again, 2_000);
    expect(result.newComments).toBe(2);
    const first = await db.comments.get('facebook:1000');
    expect(first).toMatchObject({ text: 'diedit', firstSeenAt: 1_000, lastSeenAt: 2_000, answeredAt: 1_000 });
    expect(await db.comments.count()).toBe(6);
  });

  test('a failing batch leaves the database as it was', async () => {
    await storeCapture(db, sampleCapture(2), 1_000);
    const broken = sampleCapture(4);
    // An object IndexedDB cannot store makes the bulkPut fail after the page was written.
    (broken.comments[3] as unknown as { text: unknown }).text = () => 'not cloneable';
    await expect(storeCapture(db, broken, 2_000)).rejects.toThrow();
    expect(await db.comments.count()).toBe(3);
    expect((await db.pages.get('facebook:kopirindang'))?.lastSeenAt).toBe(1_000);
  });
});

describe('answers and provisional ids', () => {
  test('a page reply arriving in a later batch marks its parent answered', async () => {
    const capture = sampleCapture(2);
    const reply = capture.comments.pop()!;
    await storeCapture(db, capture, 1_000);
    expect((await db.comments.get('facebook:1000'))?.answeredAt).toBeNull();
    await storeCapture(db, { ...capture, comments: [reply] }, 2_000);
    expect((await db.comments.get('facebook:1000'))?.answeredAt).toBe(2_000);
    expect((await db.comments.get('facebook:1001'))?.answeredAt).toBeNull();
  });

  test('when the real id appears, the provisional record and its tags move to it', async () => {
    const first = sampleCapture(1);
    first.comments[0] = { ...first.comments[0]!, id: 'facebook:provisional:abc', provisional: true };
    await storeCapture(db, first, 1_000);
    await db.annotationHistory.add({
      commentId: 'facebook:provisional:abc',
      kind: 'manual',
      field: 'stage',
      value: 'creation',
      by: 'R',
      at: 1,
    } as AnnotationEvent);

    const second = sampleCapture(1);
    second.comments[0] = {
      ...second.comments[0]!,
      id: 'facebook:1000',
      provisionalId: 'facebook:provisional:abc',
    };
    await storeCapture(db, second, 2_000);
    expect(await db.comments.get('facebook:provisional:abc')).toBeUndefined();
    expect(await db.comments.get('facebook:1000')).toBeTruthy();
    expect(await db.annotationHistory.where('commentId').equals('facebook:1000').count()).toBe(1);
  });
});
