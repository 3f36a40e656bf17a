import type { BrowserContext, Page } from 'playwright-core';

/**
 * The options page the extension opens by itself on first run, or a new one. Opening a second
 * copy while the first is loading makes Chromium redirect one of them, so wait for it first.
 */
export async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/options.html`;
  const opened = await firstRunOptions(context, url, 15_000);
  if (opened) return opened;
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The options tab the extension opened by itself; Chromium may reuse the blank first tab for it. */
export async function firstRunOptions(
  context: BrowserContext,
  url: string,
  timeout: number,
): Promise<Page | null> {
  for (const end = Date.now() + timeout; Date.now() < end;) {
    const open = context.pages().find((p) => p.url() === url);
    if (open) return open;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Chooses brand pages the way a user does: on the options page, one address at a time. */
export async function chooseBrandPages(
  context: BrowserContext,
  extensionId: string,
  urls: readonly string[],
) {
  const page = await optionsPage(context, extensionId);
  await page.waitForLoadState();
  const list = page.getByTestId('brand-pages').locator('li');
  await page.getByTestId('brand-pages').waitFor({ state: 'attached' });
  for (const url of urls) {
    const before = await list.count();
    await page.locator('input[type="url"]').fill(url);
    await page.locator('form button[type="submit"]').first().click();
    await list.nth(before).waitFor({ timeout: 10_000 });
  }
}
