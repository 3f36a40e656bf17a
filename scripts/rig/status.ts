import type { Page } from 'playwright-core';

export interface ContentStatus {
  kind: string;
  comments: number;
  text: string;
}

/**
 * Waits until the content script's status chip has settled on a reading of the page, and returns
 * it: proof that the extension's content script ran there.
 */
export async function waitForStatus(page: Page, timeout = 20_000): Promise<ContentStatus> {
  const host = page.locator('tanggap-status[data-kind]');
  await host.waitFor({ state: 'attached', timeout });
  return host.evaluate((el) => ({
    kind: el.getAttribute('data-kind') ?? '',
    comments: Number(el.getAttribute('data-comments') ?? 0),
    text: el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
  }));
}
