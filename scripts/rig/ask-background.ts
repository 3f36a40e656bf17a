import type { BrowserContext } from 'playwright-core';

/** Calls the background the way our extension pages do, from one of them (a popup page opened for it). */
export async function askBackground<T>(
  context: BrowserContext,
  extensionId: string,
  type: string,
  data: unknown,
): Promise<T> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  );
  await page.close();
  if (!reply || reply.err) throw new Error(`background refused ${type}: ${JSON.stringify(reply?.err)}`);
  return reply.res as T;
}
