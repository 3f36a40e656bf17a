import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { annotationHistory, setManualTag, storeAutoTags, UnknownComment } from '@/utils/db/annotations';
import { TanggapDb } from '@/utils/db/database';
import type { AutoTag } from '@/utils/db/records';

let db: TanggapDb;
const PAGE = 'facebook:kopirindang';

beforeEach(() => {
  db = new TanggapDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function tag(over: Partial<AutoTag> = {}): AutoTag {
  return {
    stage: 'curation',
    stageConfidence: 0.7,
    sentiment: 'negative',
    sentimentScore: -0.6,
    intents: ['complaint'],
    language: 'id',
    cues: { stage: ['blm nyampe'], sentiment: ['kecewa'] },
    ...over,
  };
}

describe('annotations', () => {
  test('an unchanged automatic tag is not appended to the history twice', async () => {
    await storeAutoTags(db, PAGE, [{ commentId: 'c1', tag: tag() }], 1);
    await storeAutoTags(db, PAGE, [{ commentId: 'c1', tag: tag({ stageConfidence: 0.8 }) }], 2);
    expect(await annotationHistory(db, 'c1')).toHaveLength(1);
    await storeAutoTags(db, PAGE, [{ commentId: 'c1', tag: tag({ sentiment: 'neutral' }) }], 3);
    expect((await annotationHistory(db, 'c1')).map((e) => e.at)).toEqual([1, 3]);
  });

  test('a manual correction wins over the engine, survives re-analysis, and is returned to the content script', async () => {
    await storeAutoTags(db, PAGE, [{ commentId: 'c1', tag: tag() }], 1);
    const record = await setManualTag(db, { commentId: 'c1', field: 'stage', value: 'creation' }, 'Rina', 5);
    expect(record).toMatchObject({ stage: 'creation', sentiment: 'negative', source: 'manual' });
    expect(record.manual.stage).toEqual({ value: 'creation', by: 'Rina', at: 5 });

    const manual = await storeAutoTags(
      db,
      PAGE,
      [{ commentId: 'c1', tag: tag({ stage: 'consumption' }) }],
      9,
    );
    expect(manual.c1?.stage?.value).toBe('creation');
    const stored = await db.annotations.get('c1');
    expect(stored).toMatchObject({ stage: 'creation', source: 'manual' });
    expect(stored?.auto.stage).toBe('consumption');

    const history = await annotationHistory(db, 'c1');
    expect(history.map((e) => [e.kind, e.by, e.at])).toEqual([
      ['auto', 'tanggap', 1],
      ['manual', 'Rina', 5],
      ['auto', 'tanggap', 9],
    ]);
  });

  test('sentiment and stage corrections are kept apart', async () => {
    await storeAutoTags(db, PAGE, [{ commentId: 'c1', tag: tag() }], 1);
    await setManualTag(db, { commentId: 'c1', field: 'sentiment', value: 'positive' }, 'Rina', 2);
    const record = await setManualTag(
      db,
      { commentId: 'c1', field: 'stage', value: 'collaboration' },
      'Budi',
      3,
    );
    expect(record).toMatchObject({ stage: 'collaboration', sentiment: 'positive' });
    expect(record.manual.sentiment?.by).toBe('Rina');
  });

  test('correcting a comment with no tag is a clear error and writes nothing', async () => {
    await expect(
      setManualTag(db, { commentId: 'nope', field: 'stage', value: 'curation' }, 'R', 1),
    ).rejects.toThrow(UnknownComment);
    expect(await db.annotationHistory.count()).toBe(0);
  });
});
