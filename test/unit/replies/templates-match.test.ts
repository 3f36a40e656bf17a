import { describe, expect, test } from 'vitest';
import type { TemplateRecord } from '../../../utils/db/records';
import { templateMatches } from '../../../utils/replies/templates/match';
import type { ReplySubject } from '../../../utils/replies/types';

const subject = (over: Partial<ReplySubject> = {}): ReplySubject => ({
  text: '',
  authorName: 'Rina',
  platform: 'facebook',
  language: 'id',
  stage: 'curation',
  sentiment: 'negative',
  intents: [],
  createdAt: null,
  mentions: 0,
  ...over,
});

describe('templateMatches', () => {
  const t: TemplateRecord = {
    id: 'id-x',
    lang: 'id',
    title: 'x',
    text: '',
    stages: ['curation'],
    sentiments: [],
    intents: ['complaint', 'urgent'],
    updatedAt: 0,
  };
  test.each([
    [{ stage: 'curation', intents: ['complaint'] }, true],
    [{ stage: 'curation', intents: ['praise', 'urgent'] }, true],
    [{ stage: 'curation', intents: ['complaint'], language: 'mixed' }, true],
    [{ stage: 'curation', intents: ['complaint'], language: 'en' }, false],
    [{ stage: 'creation', intents: ['complaint'] }, false],
    [{ stage: 'curation', intents: [] }, false],
    [{ stage: 'curation', intents: ['complaint'], sentiment: 'positive' }, true],
  ] as const)('%j → %s', (over, out) => {
    expect(templateMatches(t, subject(over))).toBe(out);
  });

  test("a non-empty sentiment list must hold the comment's sentiment", () => {
    const negative = { ...t, sentiments: ['negative' as const] };
    expect(templateMatches(negative, subject({ intents: ['complaint'] }))).toBe(true);
    expect(templateMatches(negative, subject({ intents: ['complaint'], sentiment: 'neutral' }))).toBe(false);
  });

  test('empty lists match anything', () => {
    expect(
      templateMatches({ ...t, stages: [], intents: [] }, subject({ stage: 'creation', intents: ['spam'] })),
    ).toBe(true);
  });
});
