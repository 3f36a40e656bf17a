import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entryMatcher, fold, newestFirst, type HistoryEntry } from '@/utils/db/history/filters';
import { intentBits } from '@/utils/db/history/filters';
import { patchEntries } from '@/utils/db/history/patch-entries';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 'facebook:1',
  time: 1_000,
  dated: true,
  hay: fold('Rina Wulandari\nPaket saya belum sampai min'),
  pageId: 'facebook:kopirindang',
  platform: 'facebook',
  stage: 'curation',
  sentiment: 'negative',
  intents: intentBits(['complaint', 'urgent']),
  answered: false,
  byPage: false,
  ...over,
});

describe('folding text for search', () => {
  test.each([
    ['PROMO Hari Ini', 'promo hari ini'],
    ['Café', 'cafe'],
    ['𝐌𝐀𝐍𝐓𝐀𝐏', 'mantap'],
    ['ＰＲＯＭＯ', 'promo'],
    ['Belum SAMPAI 😡', 'belum sampai 😡'],
  ])('%s is searched as %s', (text, folded) => expect(fold(text)).toBe(folded));
});

describe('which entries a search keeps', () => {
  test.each([
    ['words in any order and case', { query: 'SAMPAI paket' }, true],
    ['a word that is not there', { query: 'paket ongkir' }, false],
    ['the author', { query: 'wulandari' }, true],
    ['its page', { filters: { pageId: 'facebook:kopirindang' } }, true],
    ['another page', { filters: { pageId: 'facebook:tehlembayung' } }, false],
    ['another platform', { filters: { platform: 'instagram' as const } }, false],
    ['its stage', { filters: { stage: 'curation' as const } }, true],
    ['another sentiment', { filters: { sentiment: 'positive' as const } }, false],
    ['one of its intents', { filters: { intent: 'urgent' as const } }, true],
    ['an intent it lacks', { filters: { intent: 'praise' as const } }, false],
    ['unanswered', { filters: { answered: 'unanswered' as const } }, true],
    ['answered', { filters: { answered: 'answered' as const } }, false],
    ['a range holding its time, bounds included', { filters: { from: 1_000, to: 1_000 } }, true],
    ['a range after it', { filters: { from: 1_001 } }, false],
  ])('%s', (_, q, kept) => {
    const matches = entryMatcher({
      query: 'query' in q ? q.query! : '',
      filters: 'filters' in q ? q.filters! : {},
    });
    expect(matches(entry())).toBe(kept);
  });

  test('the brand’s own comment is never unanswered', () => {
    expect(entryMatcher({ query: '', filters: { answered: 'unanswered' } })(entry({ byPage: true }))).toBe(
      false,
    );
  });
});

const arbEntry = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  time: fc.integer({ min: 0, max: 50 }),
  dated: fc.boolean(),
});

describe('patching the sorted entries', () => {
  test('gives what sorting the changed list from scratch gives', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbEntry, { selector: (e) => e.id }),
        fc.array(fc.tuple(arbEntry, fc.boolean())),
        (base, edits) => {
          const entries = base.map((e) => entry(e)).sort(newestFirst);
          const changes = new Map(edits.map(([e, remove]) => [e.id, remove ? null : entry(e)]));
          const byId = new Map(entries.map((e) => [e.id, e]));
          for (const [id, e] of changes)
            if (e) byId.set(id, e);
            else byId.delete(id);
          const expected = [...byId.values()].sort(newestFirst).map((e) => [e.id, e.time, e.dated]);
          expect(patchEntries(entries, changes).map((e) => [e.id, e.time, e.dated])).toEqual(expected);
        },
      ),
    );
  });
});
