import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_URLS, renderDemo } from '../../demo/site/index';
import { firstRunOptions } from '../../scripts/rig/options-page';
import { waitForStatus } from '../../scripts/rig/status';
import { askBackground, badgeCounts, badgeFor } from './page-helpers';
import { chooseBrandPages, extensionPage, startRig, type Rig } from './rig';

let rig: Rig;
const FB_COMMENT = '[role="article"]';
const IG_COMMENT = 'li';

beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('before the user chooses brand pages', () => {
  test('first run opens the options page, which asks for the brand pages', async () => {
    const options = await firstRunOptions(rig.browser.context, extensionPage(rig, 'options'), 15_000);
    expect(options, 'the options page opened by itself').toBeTruthy();
    await expect.poll(() => options!.getByTestId('first-run').count(), { timeout: 10_000 }).toBe(1);
  });

  test('nothing happens on Facebook or Instagram pages', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await page.waitForTimeout(1_500);
    expect(await page.locator('tanggap-badge, tanggap-status, tanggap-summary').count()).toBe(0);
    await page.close();
  });
});

describe('on the demo brand pages', () => {
  beforeAll(async () => {
    await chooseBrandPages(rig);
  });

  test('every comment and reply on the Facebook page gets exactly one badge, and each post a summary', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    const status = await waitForStatus(page);
    await expect.poll(() => page.locator('tanggap-badge').count()).toBe(status.comments);
    expect(await badgeCounts(page, FB_COMMENT)).toEqual({ comments: status.comments, wrong: 0 });
    expect(await page.locator('tanggap-summary').count()).toBe(await page.locator('[aria-posinset]').count());
    await page.close();
  });

  test.each([
    ['😍😍', 'consumption', 'positive', []],
    [
      'Pesan 2 kopi susu yg dateng 2 americano. Salah order lagi, udh kedua kalinya bulan ini 😤',
      'curation',
      'negative',
      ['complaint'],
    ],
    [
      'Tolong segera ditanggapi min!! Saya pesan oat latte tapi yang datang susu sapi, anak saya alergi dan sekarang bentol2 dan sesak. Mohon tanggung jawab',
      null,
      'negative',
      ['urgent', 'complaint'],
    ],
  ] as const)('"%s" is tagged %s, %s', async (text, stage, sentiment, intents) => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await waitForStatus(page);
    await expect.poll(() => badgeFor(page, text)).not.toBeNull();
    const badge = (await badgeFor(page, text))!;
    if (stage) expect(badge.stage).toBe(stage);
    expect(badge.sentiment).toBe(sentiment);
    for (const intent of intents) expect(badge.intents).toContain(intent);
    expect(badge.source).toBe('auto');
    await page.close();
  });

  test('hovering a badge shows why', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await waitForStatus(page);
    const badge = page.locator('tanggap-badge').first();
    await badge.hover();
    await expect.poll(() => badge.locator('[role="tooltip"]').textContent()).toMatch(/Why:|No strong cues/);
    await page.close();
  });

  test('a manual change survives a reload, and the history holds the automatic and the manual tag', async () => {
    const text = 'Nyimak dulu';
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await waitForStatus(page);
    await expect.poll(() => badgeFor(page, text)).not.toBeNull();
    const before = (await badgeFor(page, text))!;
    const target = before.stage === 'collaboration' ? 'Creation' : 'Collaboration';
    const host = page.locator(`tanggap-badge[data-comment-id="${before.commentId}"]`);
    await host.locator('button.badge').click();
    await host.getByRole('menuitemradio', { name: target }).click();
    await expect
      .poll(() => badgeFor(page, text))
      .toMatchObject({ source: 'manual', stage: target.toLowerCase() });

    await page.reload();
    await waitForStatus(page);
    await expect
      .poll(() => badgeFor(page, text), { timeout: 10_000 })
      .toMatchObject({ source: 'manual', stage: target.toLowerCase(), commentId: before.commentId });

    const history = await askBackground<Array<{ kind: string; by: string }>>(rig, 'annotationHistory', {
      commentId: before.commentId,
    });
    expect(history.map((e) => e.kind)).toEqual(['auto', 'manual']);
    expect(history[0]!.by).toBe('tanggap');
    await page.close();
  });

  test('when the page re-renders a thread and drops our badges, they come back, never doubled', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    const status = await waitForStatus(page);
    await expect.poll(() => page.locator('tanggap-badge').count()).toBe(status.comments);
    // What React does on a re-render: fresh nodes for the same comments, without our elements.
    await page.evaluate(() => {
      const post = document.querySelector('[aria-posinset]')!;
      for (const badge of post.querySelectorAll('tanggap-badge, tanggap-summary')) badge.remove();
      for (const article of [...post.querySelectorAll(':scope [role="article"]')].filter(
        (a) => !a.parentElement?.closest('[role="article"]'),
      )) {
        article.replaceWith(article.cloneNode(true));
      }
    });
    await expect.poll(() => badgeCounts(page, FB_COMMENT)).toEqual({ comments: status.comments, wrong: 0 });
    expect(await page.locator('tanggap-summary').count()).toBe(await page.locator('[aria-posinset]').count());
    await page.close();
  });

  test('comments that load later get their badges', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    const first = await waitForStatus(page);
    await page.locator('[data-demo-reveal]').first().click();
    await expect
      .poll(() => page.locator('tanggap-status').getAttribute('data-comments'))
      .not.toBe(String(first.comments));
    const after = Number(await page.locator('tanggap-status').getAttribute('data-comments'));
    expect(after).toBeGreaterThan(first.comments);
    await expect.poll(() => badgeCounts(page, FB_COMMENT)).toEqual({ comments: after, wrong: 0 });
    await page.close();
  });

  test('every comment and reply on the Instagram post gets exactly one badge', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.instagram);
    const status = await waitForStatus(page);
    expect(status.comments).toBeGreaterThanOrEqual(50);
    await expect.poll(() => badgeCounts(page, IG_COMMENT)).toEqual({ comments: status.comments, wrong: 0 });
    await page.close();
  });

  test('a layout it does not recognise: it touches nothing, and the popup says so', async () => {
    rig.server.route((url) =>
      url.pathname === '/kopirindang/redesign'
        ? {
            status: 200,
            contentType: 'text/html',
            body: '<main><h1>Kopi Rindang</h1><p>A layout from the future.</p></main>',
          }
        : null,
    );
    const page = await rig.browser.context.newPage();
    await page.goto('https://www.facebook.com/kopirindang/redesign');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    const popup = await rig.browser.context.newPage();
    await popup.goto(extensionPage(rig, 'popup'));
    await page.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.getByTestId('layout-unknown').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await page.close();
    rig.server.route(null);
  });

  test('navigating to the brand page without a reload starts Tanggap there', async () => {
    rig.server.route((url) =>
      url.pathname === '/someone.else' ? renderDemo(new URL(DEMO_URLS.facebook), Date.now()) : null,
    );
    const page = await rig.browser.context.newPage();
    await page.goto('https://www.facebook.com/someone.else');
    await page.waitForTimeout(1_500);
    expect(await page.locator('tanggap-badge').count()).toBe(0);
    // What the site's router does: a new address, no new document.
    await page.evaluate(() => history.pushState({}, '', '/kopirindang'));
    const status = await waitForStatus(page);
    await expect.poll(() => page.locator('tanggap-badge').count()).toBe(status.comments);
    await page.evaluate(() => history.pushState({}, '', '/someone.else'));
    await expect
      .poll(() => page.locator('tanggap-badge, tanggap-status').count(), { timeout: 10_000 })
      .toBe(0);
    await page.close();
    rig.server.route(null);
  });

  test('no request left the machine', () => {
    expect(rig.browser.network.leaks).toEqual([]);
  });
});
