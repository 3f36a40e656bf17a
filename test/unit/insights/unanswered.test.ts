import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import { unansweredAcrossPages } from '@/utils/db/insights/unanswered';
import { NOW, daysAgo, storeComments } from './build';

let db: TanggapDb;
beforeEach(() => {
  db = new TanggapDb(`unanswered-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('unanswered across pages', () => {
  test('complaints, questions and negative comments without an answer, on every page', async () => {
    await db.pages.bulkAdd([
      {
        id: 'facebook:kopirindang',
        platform: 'facebook',
        url: 'https://www.facebook.com/kopirindang',
        name: 'Kopi Rindang',
        firstSeenAt: NOW,
        lastSeenAt: NOW,
      },
    ]);
    await storeComments(db, [
      { id: 'complaint', intents: ['complaint'], sentiment: 'negative' },
      { id: 'question', intents: ['question'], page: 'instagram:kopirindang' },
      { id: 'both', intents: ['complaint', 'question', 'urgent'] },
      { id: 'negative', sentiment: 'negative' },
      { id: 'urgent', intents: ['urgent'] },
      // Not asking for anything, answered already, or the page's own.
      { id: 'praise', intents: ['praise'], sentiment: 'positive' },
      { id: 'answered', intents: ['complaint'], answeredAt: daysAgo(0) },
      { id: 'ours', intents: ['question'], byPage: true },
      { id: 'untagged', tagged: false },
      // Others piling on under the complaint.
      { id: 'r1', parentId: 'complaint', intents: ['complaint'], answeredAt: daysAgo(0) },
      { id: 'r2', parentId: 'complaint' },
    ]);
    const found = await unansweredAcrossPages(db);
    const byId = new Map(found.map((e) => [e.comment.id, e]));
    expect([...byId.keys()].sort()).toEqual(['both', 'complaint', 'negative', 'question', 'urgent']);
    expect(found).toHaveLength(5);
    expect(byId.get('complaint')).toMatchObject({ replies: 2, pageName: 'Kopi Rindang' });
    expect(byId.get('complaint')!.tag.intents).toEqual(['complaint']);
    // A page never stored by itself is named by its id.
    expect(byId.get('question')).toMatchObject({ replies: 0, pageName: 'instagram:kopirindang' });
  });

  test('a comment corrected to negative by a moderator is in; corrected away from negative it is out', async () => {
    await storeComments(db, [
      { id: 'sarcasm', sentiment: 'positive' },
      { id: 'misread', sentiment: 'negative' },
    ]);
    await db.annotations.update('sarcasm', { sentiment: 'negative', source: 'manual' });
    await db.annotations.update('misread', { sentiment: 'neutral', source: 'manual' });
    const found = await unansweredAcrossPages(db);
    expect(found.map((e) => e.comment.id)).toEqual(['sarcasm']);
  });
});
