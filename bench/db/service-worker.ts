import type { BrowserContext, Page } from 'playwright-core';

async function onExtensionPage<T>(
  context: BrowserContext,
  extensionId: string,
  act: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  try {
    return await act(page);
  } finally {
    await page.close();
  }
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle: its next message
 * starts it again, with an empty memory (no search index, no cached rows).
 */
export async function stopServiceWorkers(context: BrowserContext, extensionId: string): Promise<void> {
  await onExtensionPage(context, extensionId, async (page) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  });
}

/** Starts the service worker again with a ping, as a content script's message would. */
export async function wakeServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await onExtensionPage(context, extensionId, (page) =>
    page.evaluate(() => chrome.runtime.sendMessage({ id: 1, type: 'ping', data: {}, timestamp: Date.now() })),
  );
}
