import type { BrowserContext, Page } from 'playwright-core';

/** A tab the size of the popup. */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // tsx names functions with a __name helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  // Chrome's largest popup: the 760 px body and its padding fit.
  await page.setViewportSize({ width: 800, height: 600 });
  return page;
}

export interface FirstPaint {
  /** From navigation start of popup.html#history until the first history row was painted. */
  firstRowMs: number;
  firstContentfulPaintMs: number;
  firstRowId: string;
}

/** Runs in the popup: when the first history row was painted (Element Timing), and which it is. */
function readFirstPaint(): Promise<FirstPaint> {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list
        .getEntries()
        .find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'history-row');
      if (!entry) return;
      observer.disconnect();
      const timing = entry as PerformanceEntry & { renderTime: number; loadTime: number };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const row = document.querySelector('[data-testid="history-row"]');
      resolve({
        firstRowMs: timing.renderTime || timing.loadTime,
        firstContentfulPaintMs: fcp,
        firstRowId: row?.getAttribute('data-comment-id') ?? '',
      });
    }).observe({ type: 'element', buffered: true });
  });
}

/** Opens the popup on its history in a new tab and reads when the first row appeared. */
export async function measureFirstPaint(context: BrowserContext, extensionId: string): Promise<FirstPaint> {
  const page = await newPage(context);
  await page.goto(`chrome-extension://${extensionId}/popup.html#history`, { waitUntil: 'commit' });
  const shown = await Promise.race([
    page.evaluate(readFirstPaint),
    page.waitForTimeout(20_000).then(() => null),
  ]);
  await page.close();
  if (!shown) {
    throw new Error(
      'No history row within 20 s: does PopupApp open the history view for popup.html#history?',
    );
  }
  return shown;
}

export interface Search {
  query: string;
  filter: { label: string; value: string };
  expectTotal: number;
  expectFirst: string;
}

/**
 * Runs in the popup: types a query and picks a filter (clearing the last one) as one change
 * (React batches them), then
 * waits until the list shows the expected total and first row, plus the frame that paints them.
 */
async function timeSearch(s: Search): Promise<number> {
  const list = document.querySelector('[data-testid="history-list"]')!;
  const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
  const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${s.filter.label}"]`)!;
  const set = (el: HTMLInputElement | HTMLSelectElement, value: string, event: string) => {
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(event, { bubbles: true }));
  };
  const done = () =>
    list.getAttribute('data-total') === String(s.expectTotal) &&
    list.getAttribute('aria-busy') !== 'true' &&
    (s.expectTotal === 0 ||
      list.querySelector('[data-testid="history-row"]')?.getAttribute('data-comment-id') === s.expectFirst);
  const start = performance.now();
  // The previous search's filter goes: each search has just its own.
  for (const other of document.querySelectorAll<HTMLSelectElement>('.history-filters select')) {
    if (other !== select && other.value !== '') set(other, '', 'change');
  }
  set(select, s.filter.value, 'change');
  set(input, s.query, 'input');
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    if (done()) resolve();
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}

/** An open popup on the history, for searches. */
export async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await newPage(context);
  await page.goto(`chrome-extension://${extensionId}/popup.html#history`);
  await page.getByTestId('history-row').first().waitFor({ timeout: 20_000 });
  return page;
}

/** What the list shows now, for an error message. */
function listState(): string {
  const list = document.querySelector('[data-testid="history-list"]');
  const first = list?.querySelector('[data-testid="history-row"]')?.getAttribute('data-comment-id');
  const count = document.querySelector('[data-testid="history-count"]')?.textContent;
  return `total ${list?.getAttribute('data-total')}, busy ${list?.getAttribute('aria-busy')}, first ${first}, "${count}"`;
}

export async function measureSearch(page: Page, search: Search): Promise<number> {
  return Promise.race([
    page.evaluate(timeSearch, search),
    page.waitForTimeout(30_000).then(async () => {
      const shown = await page.evaluate(listState);
      throw new Error(`search ${JSON.stringify(search)} not shown in 30 s; the list shows ${shown}`);
    }),
  ]);
}
