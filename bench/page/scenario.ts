import type { BrowserContext, CDPSession } from 'playwright-core';
import { bareBaseline, instrumentPage } from './instrument';
import { traceCpu } from './cpu-trace';
import { moreComments } from './fixture';

export interface ScenarioFigures {
  /** From the end of DOMContentLoaded until every comment carries its mark. */
  allMarkedMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Main-thread task time from navigation until the page is idle after its first load. */
  loadTaskMs: number;
  /** Main-thread task time per 100 comments appended ("View more comments"), page's own work included. */
  perHundredAppendedMs: number;
  /** The same as main-thread CPU time (thread time), which machine load does not inflate. */
  perHundredAppendedCpuMs: number;
  heapUsedMb: number;
}

export interface Scenario {
  url: string;
  /** What marks a handled comment: our badge, or the baseline's bare element. */
  marker: string;
  bare: boolean;
}

const BATCH = 100;

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/** Waits until the main thread has been nearly idle for a while; returns its task seconds so far. */
async function settle(cdp: CDPSession): Promise<number> {
  let last = await metric(cdp, 'TaskDuration');
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await metric(cdp, 'TaskDuration');
    // Under 1% busy: only the bench's own polling is left.
    if (now - last < 0.0025) return now;
    last = now;
  }
  return last;
}

/** One page load of `count` comments, then `batches` appends of 100, measured in the page. */
export async function runScenario(
  context: BrowserContext,
  scenario: Scenario,
  count: number,
  batches: number,
): Promise<ScenarioFigures> {
  const page = await context.newPage();
  // tsx keeps function names with a __name helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const targets = Array.from({ length: batches + 1 }, (_, b) => count + b * BATCH);
  await page.addInitScript(instrumentPage, { marker: scenario.marker, targets });
  if (scenario.bare) await page.addInitScript(bareBaseline);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(scenario.url, { waitUntil: 'domcontentloaded' });
  const reached = (target: number) =>
    page.waitForFunction(
      (n: number) =>
        (window as never as { __bench: { reachedAt: Record<number, number> } }).__bench.reachedAt[n],
      target,
      { timeout: 30_000 },
    );

  await reached(count);
  const allMarkedMs = await page.evaluate((n) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const at = (window as never as { __bench: { reachedAt: Record<number, number> } }).__bench.reachedAt[n]!;
    return at - nav.domContentLoadedEventEnd;
  }, count);

  // Appends are measured from a settled page: what the first load still does after its last
  // badge (storing to the background) is counted in loadTaskMs, not charged to the appends.
  const loadTaskMs = (await settle(cdp)) * 1000;
  const before = await metric(cdp, 'TaskDuration');
  const cpuMs = await traceCpu(cdp, async () => {
    for (let b = 0; b < batches; b++) {
      const target = count + (b + 1) * BATCH;
      await page.evaluate(
        (html) => {
          const list = document.querySelector('.comments')!;
          const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
          for (const el of [...parsed.body.children]) list.append(document.importNode(el, true));
        },
        moreComments(BATCH, b),
      );
      await reached(target);
      // Let trailing work (our batching to the background) land inside the measurement.
      await page.waitForTimeout(400);
    }
  });
  const perHundredAppendedMs = (((await metric(cdp, 'TaskDuration')) - before) * 1000) / batches;

  await cdp.send('HeapProfiler.collectGarbage');
  const heapUsedMb = (await metric(cdp, 'JSHeapUsedSize')) / 1024 / 1024;
  const longTasks = await page.evaluate(
    () => (window as never as { __bench: { longTasks: number[] } }).__bench.longTasks,
  );
  await page.close();
  return {
    allMarkedMs,
    loadTaskMs,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    perHundredAppendedMs,
    perHundredAppendedCpuMs: cpuMs / batches,
    heapUsedMb,
  };
}
