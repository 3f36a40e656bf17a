import { EXTENSION_DIR, launchWithExtension } from '../scripts/rig/launch';
import { startDemoServer } from '../scripts/rig/server';
import { ensureBuilt } from './db/build';
import { buildCorpus } from './db/corpus';
import { measureFirstPaint, measureSearch, openHistory } from './db/measure';
import { benchSamples } from './db/samples';
import { seedExtension } from './db/seed';
import { corpusEntries, newestId, pickSearches } from './db/searches';
import { stopServiceWorkers, wakeServiceWorker } from './db/service-worker';

/**
 * `npm run bench:db`: the built extension in real Chromium with 100,000 comments (tagged) and
 * 20,000 replies in its IndexedDB. Measures the popup's reply history:
 * - first paint: navigation start of popup.html#history until the first row is painted (Element
 *   Timing), with the background running but its search index not built yet (the first opening
 *   since it started), with the index built, and, for reference, with the background stopped
 *   (Chromium stops it after 30 s idle; its start-up is then part of the wait);
 * - filtered search: a query and a filter at once, until the list shows the right total and
 *   first row, index built; and the first search while the index is still being built.
 * Ends with one JSON line.
 */
const COMMENTS = 100_000;
const REPLIES = 20_000;
const RUNS = 7;
const TARGETS = { firstPaintMs: 150, searchMs: 100 };

const build = ensureBuilt(EXTENSION_DIR);
const { samples, source } = benchSamples();
const corpus = buildCorpus(samples, { comments: COMMENTS, replies: REPLIES, now: Date.now() });
const entries = corpusEntries(corpus);
const searches = pickSearches(corpus, entries);
if (searches.length < 3) throw new Error(`only ${searches.length} searches found in the corpus`);
const newest = newestId(entries);

const server = await startDemoServer();
const browser = await launchWithExtension({ port: server.port, headless: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const figures = {
  stopped: [] as number[],
  unindexed: [] as number[],
  indexed: [] as number[],
  fcp: [] as number[],
  search: [] as number[],
};
let firstSearchMs = Number.NaN;
let seedMs = 0;
try {
  const seedStart = performance.now();
  await seedExtension(browser.context, browser.extensionId, corpus);
  seedMs = performance.now() - seedStart;

  const firstPaint = async (into: number[]) => {
    const paint = await measureFirstPaint(browser.context, browser.extensionId);
    if (paint.firstRowId !== newest) throw new Error(`first row ${paint.firstRowId}, expected ${newest}`);
    into.push(paint.firstRowMs);
    return paint;
  };
  for (let i = 0; i < RUNS; i++) {
    await stopServiceWorkers(browser.context, browser.extensionId);
    await firstPaint(figures.stopped);
    // Running, but the history not opened since it started: no index yet.
    await stopServiceWorkers(browser.context, browser.extensionId);
    await wakeServiceWorker(browser.context, browser.extensionId);
    await firstPaint(figures.unindexed);
  }

  // The first search right after opening waits for the index, which is being built.
  await stopServiceWorkers(browser.context, browser.extensionId);
  await wakeServiceWorker(browser.context, browser.extensionId);
  const page = await openHistory(browser.context, browser.extensionId);
  firstSearchMs = await measureSearch(page, searches[0]!);
  // Twice through: each search differs from the one before, so none is answered from the last.
  for (const search of [...searches.slice(1), ...searches])
    figures.search.push(await measureSearch(page, search));
  for (let i = 0; i < RUNS; i++) figures.fcp.push((await firstPaint(figures.indexed)).firstContentfulPaintMs);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}

const result = {
  comments: COMMENTS,
  replies: REPLIES,
  samples: source,
  build,
  runs: RUNS,
  seedS: seedMs / 1000,
  firstPaintMs: median(figures.unindexed),
  firstPaintIndexedMs: median(figures.indexed),
  firstPaintBackgroundStoppedMs: median(figures.stopped),
  firstContentfulPaintMs: median(figures.fcp),
  searchMs: median(figures.search),
  searchMaxMs: Math.max(...figures.search),
  firstSearchWhileIndexBuildsMs: firstSearchMs,
  searches: searches.map((s) => ({
    query: s.query,
    filter: `${s.filter.label}=${s.filter.value}`,
    rows: s.expectTotal,
  })),
  targets: TARGETS,
};
const verdict = (value: number, target: number) =>
  `target ≤ ${target} ms: ${value <= target ? 'PASS' : 'FAIL'}`;
const line = (name: string, value: number, target?: number) =>
  console.log(
    `${name.padEnd(46)} ${value.toFixed(1).padStart(8)} ms${target === undefined ? '' : `   ${verdict(value, target)}`}`,
  );
console.log(
  `bench:db — ${COMMENTS} comments, ${REPLIES} replies (${source}), median of ${RUNS} runs; build ${build}, seeded in ${result.seedS.toFixed(1)} s`,
);
line('history first paint, index not built yet', result.firstPaintMs, TARGETS.firstPaintMs);
line('history first paint, index built', result.firstPaintIndexedMs, TARGETS.firstPaintMs);
line('  first contentful paint (page shell)', result.firstContentfulPaintMs);
line('history first paint, background stopped (ref.)', result.firstPaintBackgroundStoppedMs);
line(`filtered search (median of ${figures.search.length})`, result.searchMs, TARGETS.searchMs);
line('  slowest filtered search', result.searchMaxMs);
line('first search, index still building', result.firstSearchWhileIndexBuildsMs);
for (const s of result.searches) console.log(`  search "${s.query}" + ${s.filter}: ${s.rows} rows`);
console.log(JSON.stringify(result));
