/** Microseconds per comment of several engines, timed fairly on the same rows in one process. */
import { performance } from 'node:perf_hooks';
import { median } from './metrics';

export interface SpeedOptions {
  /** Timed passes per engine; the median is reported. */
  passes: number;
  /** A pass repeats the rows until it lasts at least this long, so tiny files time well. */
  minPassMs: number;
  /** Untimed warm-up per engine before timing (default minPassMs). The content script runs
   * the engine on every comment of a long feed, so the steady state is what users get: a few
   * hundred ms lets every engine's JIT and caches settle, all engines alike. */
  warmMs?: number;
}

/** Engine order of pass `p`: the list rotated by p, so no engine always runs first or last. */
export function rotation<T>(list: readonly T[], p: number): T[] {
  const k = list.length === 0 ? 0 : p % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function timePass<I>(items: readonly I[], run: (item: I) => number, reps: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const item of items) sink += run(item);
  const ms = performance.now() - t0;
  // Consume the results so the work cannot be optimised away.
  if (Number.isNaN(sink) && ms < 0) throw new Error('unreachable');
  return ms;
}

/** Rows per turn when the engines take turns within a pass. */
const CHUNK = 32;

/**
 * Warms the engines up with untimed passes (which also size the repetitions), then times
 * `passes` passes, the engines interleaved chunk by chunk, and returns each engine's median
 * µs per comment over the passes.
 */
export function measureSpeed<I>(
  items: readonly I[],
  runners: Readonly<Record<string, (item: I) => number>>,
  options: SpeedOptions,
): Record<string, number> {
  const names = Object.keys(runners);
  if (items.length === 0) return Object.fromEntries(names.map((n) => [n, 0]));
  const reps: Record<string, number> = {};
  const samples: Record<string, number[]> = {};
  // Warm-up: the engines take turns, one pass over the rows each, until every one has run for
  // warmMs, so all reach the timed passes equally warm. A pass is sized from the engine's
  // last (warmest) warm-up pass.
  const warmMs = Math.max(options.warmMs ?? 0, options.minPassMs);
  const spent: Record<string, number> = {};
  const last: Record<string, number> = {};
  for (const name of names) {
    spent[name] = 0;
    samples[name] = [];
  }
  for (let round = 0; round < 1 || names.some((n) => (spent[n] ?? 0) < warmMs); round++) {
    for (const name of rotation(names, round)) {
      const run = runners[name];
      if (!run || (round > 0 && (spent[name] ?? 0) >= warmMs)) continue;
      const ms = timePass(items, run, 1);
      spent[name] = (spent[name] ?? 0) + ms;
      last[name] = ms;
    }
  }
  // Every engine repeats each chunk the same number of times: a chunk's first run is cold (the
  // other engines just ran), its repeats warm, so equal repeats give every engine the same mix.
  // The count is what the fastest engine needs for a pass of minPassMs.
  let common = 1;
  for (const name of names) {
    common = Math.max(common, Math.ceil(options.minPassMs / Math.max(last[name] ?? 0, 0.001)));
  }
  for (const name of names) reps[name] = common;
  // Engines take turns chunk by chunk (order rotating per chunk and pass), so a busy machine
  // slows them alike instead of whichever engine happened to run during the busy spell.
  const chunks: I[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  for (let p = 0; p < options.passes; p++) {
    const totals: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    chunks.forEach((chunk, c) => {
      for (const name of rotation(names, p + c)) {
        const run = runners[name];
        if (run) totals[name] = (totals[name] ?? 0) + timePass(chunk, run, reps[name] ?? 1);
      }
    });
    for (const name of names) {
      samples[name]?.push(((totals[name] ?? 0) * 1000) / (items.length * (reps[name] ?? 1)));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n] ?? [0])]));
}
