import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Main-thread CPU time of the page while a trace runs: the thread time (`tdur`) of every
 * top-level task on the renderer's main thread. Unlike wall-clock task time it does not grow
 * when other processes compete for the machine, so two runs on a busy machine still compare.
 */
export async function traceCpu(cdp: CDPSession, during: () => Promise<void>): Promise<number> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline,devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const perThread = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread)) continue;
    perThread.set(thread, (perThread.get(thread) ?? 0) + (e.tdur ?? 0));
  }
  // The page under test is the busiest renderer; others (an idle extension page) barely run.
  return Math.max(0, ...perThread.values()) / 1000;
}
