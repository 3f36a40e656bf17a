/**
 * Runs in the page's own world before anything else (addInitScript): counts long tasks and
 * records when the number of inserted `marker` elements first reaches each target. Counting
 * added nodes costs far less than querying the page on every mutation.
 */
export function instrumentPage(args: { marker: string; targets: number[] }): void {
  const bench = { longTasks: [] as number[], reachedAt: {} as Record<number, number>, count: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const wanted = new Set(args.targets);
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) {
        if (node.nodeName.toLowerCase() !== args.marker) continue;
        bench.count++;
        if (wanted.has(bench.count)) bench.reachedAt[bench.count] = performance.now();
      }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The bare baseline: one querySelectorAll and one appended element per comment, and the same
 * for comments added later. It starts when a content script at document_idle would: after
 * DOMContentLoaded, once the page is idle.
 */
export function bareBaseline(): void {
  const mark = (article: Element) => {
    const el = document.createElement('bare-mark');
    el.textContent = '•';
    article.querySelector('div[dir="auto"]')?.after(el);
  };
  const run = () => {
    for (const article of document.querySelectorAll('[role="article"]')) mark(article);
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof Element && node.matches('[role="article"]')) {
            mark(node);
            for (const inner of node.querySelectorAll('[role="article"]')) mark(inner);
          }
    }).observe(document.body, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', () => setTimeout(run, 0));
}
