import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isStale } from '@/bench/db/build';
import { buildCorpus } from '@/bench/db/corpus';
import { BUILT_IN_SAMPLES } from '@/bench/db/samples';
import { corpusEntries, newestId, pickSearches } from '@/bench/db/searches';
import { referenceSearch } from './reference';

describe('bench:db reuses a build only when it is newer than every source', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test.each([
    ['a source changed after the build', 2_000, true],
    ['the build made after the last change', 4_000, false],
  ])('%s', (_, builtAtSeconds, stale) => {
    root = mkdtempSync(join(tmpdir(), 'bench-db-'));
    mkdirSync(join(root, 'utils/db'), { recursive: true });
    writeFileSync(join(root, 'utils/db/records.ts'), 'export {};');
    utimesSync(join(root, 'utils/db/records.ts'), 3_000, 3_000);
    utimesSync(join(root, 'utils/db'), 1_000, 1_000);
    utimesSync(join(root, 'utils'), 1_000, 1_000);
    expect(isStale(builtAtSeconds * 1_000, root)).toBe(stale);
  });
});

describe('bench:db expects what the records say', () => {
  test('each search’s total and first row, and the newest comment', () => {
    const corpus = buildCorpus(BUILT_IN_SAMPLES, { comments: 3_000, replies: 600, now: 1_750_000_000_000 });
    const entries = corpusEntries(corpus);
    // Eight samples make every word common: any share will do here.
    const searches = pickSearches(corpus, entries, { min: 0, max: 1 });
    expect(searches.length).toBeGreaterThan(2);
    for (const s of searches) {
      const filters = { [s.filter.label.toLowerCase()]: s.filter.value };
      const expected = referenceSearch(corpus, { query: s.query, filters });
      expect({ total: s.expectTotal, first: s.expectFirst }).toEqual({
        total: expected.length,
        first: expected[0],
      });
    }
    expect(newestId(entries)).toBe(referenceSearch(corpus, { query: '', filters: {} })[0]);
  });
});
