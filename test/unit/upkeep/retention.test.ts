import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { writeSetting } from '@/utils/db/settings';
import { purgeIfDue, retentionCutoff, retentionState } from '@/utils/db/upkeep/retention';
import { sampleCapture } from '../capture-fixture';
import { storeCapture } from '@/utils/db/store-capture';

const DAY = 86_400_000;

describe('retention cutoff', () => {
  test.each([
    { months: 1, now: '2026-05-15T10:00:00Z', cutoff: '2026-04-15T10:00:00Z' },
    // The day is clamped to the shorter month, not carried into the next one.
    { months: 1, now: '2026-03-31T00:00:00Z', cutoff: '2026-02-28T00:00:00Z' },
    { months: 12, now: '2028-02-29T12:00:00Z', cutoff: '2027-02-28T12:00:00Z' },
    { months: 6, now: '2026-01-10T00:00:00Z', cutoff: '2025-07-10T00:00:00Z' },
    { months: 24, now: '2026-06-01T00:00:00Z', cutoff: '2024-06-01T00:00:00Z' },
  ])('$months months before $now', ({ months, now, cutoff }) => {
    expect(retentionCutoff(months, Date.parse(now))).toBe(Date.parse(cutoff));
  });

  // Whatever the settings table holds, only a whole number of months in range ever deletes.
  test.each([0, -1, 1.5, 121, Number.NaN, '6', null, undefined])('%s keeps everything', (months) => {
    expect(retentionCutoff(months, Date.UTC(2026, 0, 1))).toBeNull();
  });
});

describe('scheduled purge', () => {
  let db: TanggapDb;
  const start = Date.UTC(2026, 5, 1);
  beforeEach(async () => {
    db = new TanggapDb(`retention-${crypto.randomUUID()}`);
    // Three comments and the page's reply, last seen four months before `start`.
    await storeCapture(db, sampleCapture(3), start - 120 * DAY);
  });
  afterEach(async () => {
    await db.delete();
  });

  test('keeps everything until a number of months is set', async () => {
    expect(await purgeIfDue(db, start)).toBeNull();
    expect(await db.comments.count()).toBe(4);
    expect(await retentionState(db)).toEqual({ months: 0, lastPurge: null });
  });

  test('runs at start, then at most once a day', async () => {
    await writeSetting(db, 'retentionMonths', 6);
    expect(await purgeIfDue(db, start)).toMatchObject({ threads: 0 });
    await writeSetting(db, 'retentionMonths', 3);
    // Within the day nothing runs, even with a shorter setting.
    expect(await purgeIfDue(db, start + DAY - 1)).toBeNull();
    expect(await db.comments.count()).toBe(4);
    const next = await purgeIfDue(db, start + DAY);
    expect(next).toMatchObject({ threads: 3, comments: 4 });
    expect(await db.comments.count()).toBe(0);
    expect(await retentionState(db)).toEqual({ months: 3, lastPurge: { ...next, at: start + DAY } });
  });

  test('a stored value that is not a number of months is shown and treated as keep everything', async () => {
    await db.settings.put({ key: 'retentionMonths', value: 'six' });
    expect(await purgeIfDue(db, start)).toBeNull();
    expect(await db.comments.count()).toBe(4);
    expect((await retentionState(db)).months).toBe(0);
  });
});
