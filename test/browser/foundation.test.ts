import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { waitForStatus, type ContentStatus } from '../../scripts/rig/status';
import { chooseBrandPages, extensionPage, startRig, type Rig } from './rig';

let rig: Rig;
const seen: Record<'facebook' | 'instagram', ContentStatus | null> = { facebook: null, instagram: null };

beforeAll(async () => {
  rig = await startRig();
  await chooseBrandPages(rig);
});

afterAll(async () => {
  await rig?.close();
});

describe('the built extension in Chromium', () => {
  test.each([
    ['facebook', DEMO_URLS.facebook],
    ['instagram', DEMO_URLS.instagram],
  ] as const)('its content script reads the demo %s page', async (site, url) => {
    const page = await rig.browser.context.newPage();
    await page.goto(url);
    const status = await waitForStatus(page);
    expect(status.kind).toBe('ok');
    expect(status.comments).toBeGreaterThanOrEqual(50);
    // The page was served by our server under the real host name, so the real match pattern fired.
    expect(new URL(page.url()).hostname).toBe(new URL(url).hostname);
    // The tab stays open: its content script keeps storing what it reads.
    seen[site] = status;
  });

  // The side panel works on one page's comments: test/browser/replies.test.ts drives it.
  test.each(['popup', 'options'] as const)(
    'the %s page opens and shows the database the content script filled',
    async (name) => {
      expect(seen.facebook && seen.instagram, 'the content-script tests run first').toBeTruthy();
      const expected = (seen.facebook?.comments ?? 0) + (seen.instagram?.comments ?? 0);
      const page = await rig.browser.context.newPage();
      await page.goto(extensionPage(rig, name));
      await expect
        .poll(() => page.getByTestId('stat-comments').textContent(), { timeout: 10_000 })
        .toBe(String(expected));
      await expect.poll(() => page.getByTestId('stat-pages').textContent()).toBe('2');
      await page.close();
    },
  );

  test('no request left the machine', () => {
    expect(rig.server.requests.length).toBeGreaterThan(0);
    expect(rig.browser.network.leaks).toEqual([]);
  });
});
