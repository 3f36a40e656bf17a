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
 * The content script re-reads after every batch of mutations on pages of up to 2,000
 * comments. happy-dom is several times slower than Chrome, so the bounds here are loose;
 * the numbers are printed for the report.
 */
describe('reading a 2,000-comment page', () => {
  test('full read, unchanged re-read, and a re-read after 100 more comments', () => {
    const doc = parseHtml(facebookPageHtml(bulkFacebookSpecs(1_900)));
    const cache = facebookAdapter.createCache();
    let count = 0;
    const full = time(() => {
      count = facebookAdapter.read(doc, URL_PAGE, cache)?.comments.length ?? 0;
    });
    expect(count).toBe(1_900);
    const again = time(() => facebookAdapter.read(doc, URL_PAGE, cache));
    appendFacebookComments(doc, 0, bulkFacebookSpecs(100, 9_600_000_000));
    const afterAppend = time(() => {
      count = facebookAdapter.read(doc, URL_PAGE, cache)?.comments.length ?? 0;
    });
    expect(count).toBe(2_000);
    const uncached = time(() => facebookAdapter.read(doc, URL_PAGE));
    console.info(
      `2,000-comment page (happy-dom): full ${uncached.toFixed(0)} ms; first read of 1,900 ${full.toFixed(0)} ms; ` +
        `unchanged re-read of 1,900 ${again.toFixed(0)} ms; re-read after +100 ${afterAppend.toFixed(0)} ms`,
    );
    expect(again).toBeLessThan(full);
    expect(afterAppend).toBeLessThan(uncached);
  });
});
