import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { bulkFacebookSpecs, facebookPageHtml } from '../../fixtures/comment-html';
import { appendFacebookComments } from '../../fixtures/dom-changes';
import { parseHtml } from '../../fixtures/load';

const URL_PAGE = new URL('https://www.facebook.com/tehlembayung');

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The content script re-reads after every batch of mutations on pages of up to 2,000 comments.
 * happy-dom is far slower than Chrome and this machine is shared, so only the work saved is
 * asserted (cache hits); the times are printed for the record.
 */
describe('reading a 2,000-comment page', () => {
  test('full read, unchanged re-read, and a re-read after 100 more comments', () => {
    const doc = parseHtml(facebookPageHtml(bulkFacebookSpecs(1_900)));
    const cache = facebookAdapter.createCache();
    let count = 0;
    const first = time(() => {
      count = facebookAdapter.read(doc, URL_PAGE, cache)?.comments.length ?? 0;
    });
    expect(count).toBe(1_900);
    const again = time(() => facebookAdapter.read(doc, URL_PAGE, cache));
    expect(cache.stats).toEqual({ hits: 1_900, misses: 1_900 });
    appendFacebookComments(doc, 0, bulkFacebookSpecs(100, 9_600_000_000));
    const afterAppend = time(() => {
      count = facebookAdapter.read(doc, URL_PAGE, cache)?.comments.length ?? 0;
    });
    expect(count).toBe(2_000);
    expect(cache.stats).toEqual({ hits: 3_800, misses: 2_000 });
    const fresh = time(() => facebookAdapter.read(doc, URL_PAGE, facebookAdapter.createCache()));
    const unchanged = time(() => facebookAdapter.read(doc, URL_PAGE, cache));
    console.info(
      `2,000 comments, happy-dom: full read ${fresh.toFixed(0)} ms (first, cold: ${first.toFixed(0)} ms for 1,900); ` +
        `unchanged re-read ${unchanged.toFixed(0)} ms (1,900: ${again.toFixed(0)} ms); after +100 ${afterAppend.toFixed(0)} ms`,
    );
  });
});
