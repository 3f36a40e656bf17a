import { describe, expect, test } from 'vitest';
import { DEMO_URLS, renderDemo } from '@/demo/site/index';
import { facebookAdapter } from '@/utils/sites/facebook';
import { instagramAdapter } from '@/utils/sites/instagram';
import { parseHtml } from '../../fixtures/load';

/** The bundled demo pages (demo/site) are built to the same structures: the adapters read them. */
describe('demo pages', () => {
  test.each([
    ['facebook', DEMO_URLS.facebook],
    ['facebookId', DEMO_URLS.facebookId],
    ['instagram', DEMO_URLS.instagram],
  ] as const)('%s', (name, url) => {
    const now = Date.now();
    const body = renderDemo(new URL(url), now)?.body;
    if (!body) throw new Error(`no demo page for ${url}`);
    const adapter = name === 'instagram' ? instagramAdapter : facebookAdapter;
    const reading = adapter.read(parseHtml(body), new URL(url), undefined, now);
    expect(reading?.comments.length).toBeGreaterThan(20);
    expect(reading?.comments.filter((c) => c.provisional || !c.authorName)).toEqual([]);
    expect(reading?.comments.some((c) => c.byPage && c.depth === 1)).toBe(true);
  });
});
