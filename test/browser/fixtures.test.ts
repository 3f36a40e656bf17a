import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForStatus } from '../../scripts/rig/status';
import { FIXTURES, fixtureHtml, type FixtureName } from '../fixtures/load';
import { badgeCounts, badgeFor } from './page-helpers';
import { chooseBrandPages, startRig, type Rig } from './rig';

let rig: Rig;
const served = new Map<string, FixtureName>();

/** Each fixture at its own address; the Indonesian page shares the English one's, so it gets a query. */
function addressOf(name: FixtureName): string {
  if (name === 'facebook-page-id.html') return `${FIXTURES[name]}?fixture=id`;
  // Served on the brand page's own address, so Tanggap would act there if it recognised the layout.
  if (name === 'unrecognised-layout.html') return 'https://www.facebook.com/tehlembayung?fixture=unknown';
  return FIXTURES[name];
}

beforeAll(async () => {
  rig = await startRig();
  for (const name of Object.keys(FIXTURES) as FixtureName[]) served.set(addressOf(name), name);
  rig.server.route((url) => {
    const name = served.get(url.href);
    return name ? { status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(name) } : null;
  });
  await chooseBrandPages(rig, [
    'https://www.facebook.com/tehlembayung',
    'https://www.instagram.com/tehlembayung/',
  ]);
});
afterAll(async () => {
  await rig?.close();
});

describe('the built extension on the saved fixture pages', () => {
  test.each([
    ['facebook-page-en.html', '[role="article"]', 7],
    ['facebook-page-id.html', '[role="article"]', 4],
    ['facebook-post-dialog.html', '[role="article"]', 4],
    ['instagram-post.html', 'li', 4],
  ] as const)('%s: every comment gets exactly one badge', async (name, selector, comments) => {
    const page = await rig.browser.context.newPage();
    await page.goto(addressOf(name));
    const status = await waitForStatus(page);
    expect(status.comments).toBe(comments);
    await expect.poll(() => badgeCounts(page, selector)).toEqual({ comments, wrong: 0 });
    await page.close();
  });

  test('a price question is tagged consumption, with the question icon', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(addressOf('facebook-page-en.html'));
    await waitForStatus(page);
    await expect
      .poll(() => badgeFor(page, 'How much is the large size?'))
      .toMatchObject({
        stage: 'consumption',
        intents: expect.arrayContaining(['question']),
      });
    await page.close();
  });

  test('the unrecognised layout is left exactly as it was', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(addressOf('unrecognised-layout.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator('tanggap-badge, tanggap-status, tanggap-summary').count()).toBe(0);
    await page.close();
  });

  test('no request left the machine', () => {
    expect(rig.browser.network.leaks).toEqual([]);
  });
});
