/**
 * Runs in the page's own world before anything else (addInitScript): counts long tasks and
 * records when the number of elements matching a selector first reaches a target.
 */
export function instrumentPage(): void {
  const w = window as unknown as {
    __bench: { longTasks: number[]; reachedAt: Record<string, number> };
    __benchWatch: (selector: string, target: number) => void;
  };
  w.__bench = { longTasks: [], reachedAt: {} };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  w.__benchWatch = (selector, target) => {
    const key = `${selector}#${target}`;
    const check = () => {
      if (w.__bench.reachedAt[key] === undefined && document.querySelectorAll(selector).length >= target) {
        w.__bench.reachedAt[key] = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    check();
  };
}

/** The bare baseline: one querySelectorAll and one appended element per comment, also for later ones. */
export function bareBaseline(): void {
  const mark = (article: Element) => {
    const text = article.querySelector('div[dir="auto"]');
    const el = document.createElement('bare-mark');
    el.textContent = '•';
    text?.after(el);
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
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
