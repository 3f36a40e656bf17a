import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { waitForStatus } from '../../scripts/rig/status';
import type { ReplyRecord } from '../../utils/db/records';
import type { CommentSelection } from '../../utils/messaging/protocol';
import { DEFAULT_VOICE } from '../../utils/replies/voice';
import { askBackground, badgeFor } from './page-helpers';
import { chooseBrandPages, extensionPage, startRig, type Rig } from './rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
  await chooseBrandPages(rig);
  await askBackground(rig, 'setModeratorName', { name: 'Ayu Bestari' });
  await askBackground(rig, 'setBrandVoice', {
    ...DEFAULT_VOICE,
    brandName: 'Kopi Rindang',
    channels: { ...DEFAULT_VOICE.channels, whatsapp: '0812-0000-1111' },
    products: ['Kopi Susu', 'Americano', 'Oat Latte'],
  });
});
afterAll(async () => {
  await rig?.close();
});

/** The tab the last "Suggest a reply" came from, as the background saw it. */
async function selectedTab(): Promise<number> {
  const selection = await askBackground<CommentSelection | null>(rig, 'currentSelection', {});
  if (selection?.tabId == null) throw new Error('no comment was selected from a tab');
  return selection.tabId;
}

/** "Suggest a reply" from a comment's badge menu, as a moderator clicks it. */
async function suggestReplyFor(page: Page, text: string): Promise<string> {
  await expect.poll(() => badgeFor(page, text), { timeout: 15_000 }).not.toBeNull();
  const { commentId } = (await badgeFor(page, text))!;
  const badge = page.locator(`tanggap-badge[data-comment-id="${commentId}"]`);
  await badge.locator('button.badge').click();
  await badge.getByRole('menuitem', { name: 'Suggest a reply' }).click();
  return commentId;
}

/** The side panel's page in a tab of its own: pinned to a tab, or following the selections. */
async function openPanel(tabId?: number): Promise<Page> {
  const panel = await rig.browser.context.newPage();
  await panel.goto(`${extensionPage(rig, 'sidepanel')}${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return panel;
}

async function latestReply(): Promise<ReplyRecord | undefined> {
  return (await askBackground<ReplyRecord[]>(rig, 'recentReplies', { limit: 1 }))[0];
}

describe('the reply assistant on the demo pages', () => {
  test('Facebook: a complaint chosen from its badge gets a suggestion, which goes into the reply box and is logged; the posted answer marks it answered', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await waitForStatus(page);
    const text = 'Pesan 2 kopi susu yg dateng 2 americano. Salah order lagi, udh kedua kalinya bulan ini 😤';
    const commentId = await suggestReplyFor(page, text);
    const panel = await openPanel(await selectedTab());

    await expect
      .poll(() => panel.getByTestId('selected-comment').textContent(), { timeout: 15_000 })
      .toContain('Salah order lagi');
    const suggestions = panel.getByTestId('suggestions').getByRole('button');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    await suggestions.first().click();
    const draft = await panel.getByLabel('Your reply').inputValue();
    expect(draft).toMatch(/Kak/);
    expect(draft).not.toMatch(/[{}]/);
    await panel.getByRole('button', { name: 'Insert into reply box' }).click();
    await panel.getByTestId('inserted').waitFor({ timeout: 10_000 });

    // In the thread's own editor, focused, not sent.
    const box = page
      .locator('[role="article"]', { hasText: 'Salah order lagi' })
      .locator('[contenteditable="true"][role="textbox"]')
      .first();
    await expect.poll(() => box.textContent()).toContain(draft.slice(0, 40));
    const logged = await latestReply();
    expect(logged).toMatchObject({ commentId, text: draft, agent: 'Ayu Bestari', answeredAt: null });
    expect(logged?.templateId).toBeTruthy();

    // The moderator sends it on the page; once the brand's reply shows, the comment is answered.
    await box.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await latestReply())?.answeredAt ?? null, { timeout: 15_000 })
      .not.toBeNull();
    expect((await latestReply())?.responseMs).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  test('Instagram: with the panel open, choosing a comment shows it; Insert makes it a reply to that comment', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.instagram);
    await waitForStatus(page);
    const panel = await openPanel();
    const commentId = await suggestReplyFor(page, 'Ready stok di outlet Bintaro gak min?');
    // The panel follows the selection to its tab, and lists that page's unanswered comments.
    await panel.getByTestId('queue').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => panel.getByTestId('selected-comment').textContent(), { timeout: 15_000 })
      .toContain('outlet Bintaro');
    await panel.getByRole('button', { name: 'Insert into reply box' }).click();
    await panel.getByTestId('inserted').waitFor({ timeout: 10_000 });
    const draft = await panel.getByLabel('Your reply').inputValue();
    const value = await page.locator('textarea[aria-label="Add a comment…"]').inputValue();
    // Instagram's own way of replying: the comment's author mentioned first.
    expect(value).toMatch(/^@\S+ /);
    expect(value).toContain(draft);
    expect((await latestReply())?.commentId).toBe(commentId);
    await panel.close();
    await page.close();
  });

  test('a placeholder left without a value blocks Insert', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    await waitForStatus(page);
    await suggestReplyFor(page, '😍😍');
    const panel = await openPanel(await selectedTab());
    const draft = panel.getByLabel('Your reply');
    await draft.waitFor({ timeout: 15_000 });
    await draft.fill('Halo Kak {name}, terima kasih! ^AB');
    const insert = panel.getByRole('button', { name: 'Insert into reply box' });
    expect(await insert.isDisabled()).toBe(true);
    await panel.getByTestId('missing').getByRole('textbox').fill('Sari');
    await panel.getByTestId('missing').getByRole('button', { name: 'Fill' }).click();
    expect(await draft.inputValue()).toBe('Halo Kak Sari, terima kasih! ^AB');
    expect(await insert.isDisabled()).toBe(false);
    await panel.close();
    await page.close();
  });
});
