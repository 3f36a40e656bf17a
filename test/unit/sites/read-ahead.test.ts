import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { toCapture } from '@/utils/sites/types';
import { bulkFacebookSpecs, facebookPageHtml } from '../../fixtures/comment-html';
import { parseHtml } from '../../fixtures/load';

const URL_PAGE = new URL('https://www.facebook.com/tehlembayung');
const NOW = Date.parse('2026-11-25T02:00:00Z');
const COUNT = 300;

describe('reading ahead before a first read', () => {
  test('slices fill the cache; the read then reads nothing again and reads the same', () => {
    const doc = parseHtml(facebookPageHtml(bulkFacebookSpecs(COUNT)));
    const cache = facebookAdapter.createCache();
    let slices = 1;
    // A budget of 0 ms stops at every clock check: many slices, none of them long.
    while (!facebookAdapter.readAhead(doc, URL_PAGE, cache, 0, NOW)) slices++;
    expect(slices).toBeGreaterThan(COUNT / 16 - 1);
    expect(cache.stats).toEqual({ hits: 0, misses: COUNT });
    const reading = facebookAdapter.read(doc, URL_PAGE, cache, NOW);
    expect(cache.stats).toEqual({ hits: COUNT, misses: COUNT });
    const fresh = facebookAdapter.read(doc, URL_PAGE, facebookAdapter.createCache(), NOW);
    expect(toCapture(reading!)).toEqual(toCapture(fresh!));
  });

  test('comments changed or added between slices are read as they are at the read', () => {
    const doc = parseHtml(facebookPageHtml(bulkFacebookSpecs(40)));
    const cache = facebookAdapter.createCache();
    expect(facebookAdapter.readAhead(doc, URL_PAGE, cache, 0, NOW)).toBe(false);
    while (!facebookAdapter.readAhead(doc, URL_PAGE, cache, 1_000, NOW));
    const first = doc.querySelector('[role="article"] div[dir="auto"]');
    if (first) first.textContent = 'Changed after it was read ahead';
    const reading = facebookAdapter.read(doc, URL_PAGE, cache, NOW);
    expect(reading?.comments[0]?.text).toBe('Changed after it was read ahead');
    const fresh = facebookAdapter.read(doc, URL_PAGE, facebookAdapter.createCache(), NOW);
    expect(toCapture(reading!)).toEqual(toCapture(fresh!));
  });

  test('nothing to do when the next read only brings the last one up to date', () => {
    const doc = parseHtml(facebookPageHtml(bulkFacebookSpecs(40)));
    const cache = facebookAdapter.createCache();
    facebookAdapter.read(doc, URL_PAGE, cache, NOW);
    cache.noteMutations([]);
    const { misses } = cache.stats;
    expect(facebookAdapter.readAhead(doc, URL_PAGE, cache, 0, NOW)).toBe(true);
    expect(cache.stats.misses).toBe(misses);
  });
});
